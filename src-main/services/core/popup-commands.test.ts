import { describe, expect, it, vi } from 'vitest';
import type { CallCommand } from '../../../src-preload/contract';
import { createPopupCommands } from './popup-commands';

function setup(ringing: string[]) {
  const deps = {
    dismiss: vi.fn(),
    commandFor: (callId: string, action: 'answer' | 'decline'): CallCommand | null =>
      ringing.includes(callId) ? { action, callId } : null,
    push: vi.fn(),
    showWindow: vi.fn(),
  };
  return { deps, press: createPopupCommands(deps) };
}

describe('createPopupCommands', () => {
  it('answers a ringing call and brings up the main window', () => {
    const { deps, press } = setup(['c1']);
    press('c1', 'answer');
    expect(deps.push).toHaveBeenCalledWith({ action: 'answer', callId: 'c1' });
    expect(deps.showWindow).toHaveBeenCalledOnce();
  });

  it('declines without showing the window', () => {
    const { deps, press } = setup(['c1']);
    press('c1', 'decline');
    expect(deps.push).toHaveBeenCalledWith({ action: 'decline', callId: 'c1' });
    expect(deps.showWindow).not.toHaveBeenCalled();
  });

  it('ignores a press for a call that no longer rings, and dismisses on close', () => {
    const { deps, press } = setup([]);
    press('c1', 'answer');
    press('c1', 'dismiss');
    expect(deps.push).not.toHaveBeenCalled();
    expect(deps.dismiss).toHaveBeenCalledWith('c1');
  });
});
