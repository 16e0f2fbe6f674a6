import { describe, expect, it, vi } from 'vitest';
import { nextTick, ref } from 'vue';
import { postDialSteps, sendPostDialWhenAnswered } from './post-dial';

describe('postDialSteps', () => {
  it.each([
    ['42', [{ tones: '42' }]],
    [',,1234#', [{ pauseMs: 4000 }, { tones: '1234#' }]],
    ['1,2', [{ tones: '1' }, { pauseMs: 2000 }, { tones: '2' }]],
  ])('%s', (input, steps) => {
    expect(postDialSteps(input)).toEqual(steps);
  });
});

describe('sendPostDialWhenAnswered', () => {
  it('waits for the answer, then sends the digits with their pauses', async () => {
    const phase = ref<string | undefined>('dialing');
    const send = vi.fn();
    const sleep = vi.fn(async () => undefined);
    sendPostDialWhenAnswered(() => phase.value, send, ',42', sleep);
    await nextTick();
    expect(send).not.toHaveBeenCalled();
    phase.value = 'active';
    await nextTick();
    await Promise.resolve();
    await Promise.resolve();
    expect(sleep).toHaveBeenCalledWith(2000);
    expect(send).toHaveBeenCalledWith('42');
  });

  it('sends nothing when the call ends unanswered', async () => {
    const phase = ref<string | undefined>('dialing');
    const send = vi.fn();
    sendPostDialWhenAnswered(() => phase.value, send, '42');
    phase.value = 'ended';
    await nextTick();
    phase.value = 'active';
    await nextTick();
    expect(send).not.toHaveBeenCalled();
  });
});
