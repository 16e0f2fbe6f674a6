import { describe, expect, it } from 'vitest';
import type { PushChannel } from '../../../src-preload/contract';
import { RendererOutbox } from './renderer-outbox';

function outbox() {
  const sent: { channel: PushChannel; payload: unknown }[] = [];
  const box = new RendererOutbox({
    push: (channel, payload) => void sent.push({ channel, payload }),
    reload: () => {},
  });
  return { box, sent };
}

describe('RendererOutbox', () => {
  it('holds commands until the page is ready, then delivers them in order', () => {
    const { box, sent } = outbox();
    box.push('call:command', { action: 'answer' });
    box.push('notice:show', { level: 'warning', message: 'refused' });
    box.push('settings:changed', {} as never);
    expect(sent).toEqual([]);
    box.markReady();
    expect(sent.map((s) => s.channel)).toEqual(['call:command', 'notice:show']);
  });

  it('holds only the newest dial request, so links clicked before the page was ready dial once', () => {
    const { box, sent } = outbox();
    box.push('dial:request', { target: '1001', source: 'link' });
    box.push('notice:show', { level: 'warning', message: 'refused' });
    box.push('dial:request', { target: '1002', source: 'link' });
    box.push('dial:request', { target: '1003', source: 'command-line' });
    box.markReady();
    expect(sent).toEqual([
      { channel: 'notice:show', payload: { level: 'warning', message: 'refused' } },
      { channel: 'dial:request', payload: { target: '1003', source: 'command-line' } },
    ]);
  });

  it('holds again while the page reloads, and delivers at once while it is ready', () => {
    const { box, sent } = outbox();
    box.markReady();
    box.push('dial:request', { target: '1001', source: 'link' });
    box.push('dial:request', { target: '1002', source: 'link' });
    expect(sent).toHaveLength(2);
    box.markLoading();
    box.push('dial:request', { target: '1003', source: 'link' });
    box.push('dial:request', { target: '1004', source: 'link' });
    expect(sent).toHaveLength(2);
    box.markReady();
    expect(sent.at(-1)).toEqual({
      channel: 'dial:request',
      payload: { target: '1004', source: 'link' },
    });
    expect(sent).toHaveLength(3);
  });
});
