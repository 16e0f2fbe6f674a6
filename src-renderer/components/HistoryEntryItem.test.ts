// @vitest-environment happy-dom
import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import type { HistoryEntry } from '../../src-preload/contract';
import { i18n } from '../i18n';
import HistoryEntryItem from './HistoryEntryItem.vue';

const entry: HistoryEntry = {
  id: 'c1',
  accountId: 'a1',
  direction: 'incoming',
  number: '1002',
  name: 'Bob Example',
  startedAt: new Date(2026, 11, 2, 9, 3, 7).getTime(),
  answeredAt: new Date(2026, 11, 2, 9, 3, 9).getTime(),
  endedAt: new Date(2026, 11, 2, 9, 4, 14).getTime(),
  outcome: 'answered',
  seen: true,
};

const render = (props: { entry: HistoryEntry; contact?: string; lineName?: string }) =>
  mount(HistoryEntryItem, { props, global: { plugins: [i18n] } });
const labels = (wrapper: ReturnType<typeof render>) =>
  wrapper.findAll('button').map((button) => button.attributes('aria-label'));

describe('HistoryEntryItem', () => {
  it('shows number, name, line, outcome and duration, and names Delete uniquely', () => {
    const wrapper = render({ entry, lineName: 'Support' });
    const text = wrapper.text();
    for (const part of ['Bob Example', '1002', 'Incoming · Answered', '1:05', 'On line Support'])
      expect(text).toContain(part);
    expect(labels(wrapper)).toEqual([
      'Call Bob Example',
      expect.stringMatching(/^Delete call with Bob Example at Dec 2, 09:03:07/),
    ]);
  });

  it('offers Recording only when the entry has one, and asks for that recording', async () => {
    expect(render({ entry }).text()).not.toContain('Recording');
    const wrapper = render({ entry: { ...entry, recordingId: 'rec-7' } });
    const recording = wrapper.get('button');
    expect(recording.text()).toBe('Recording');
    expect(recording.attributes('aria-label')).toMatch(
      /^Recording of the call with Bob Example at /,
    );
    await recording.trigger('click');
    expect(wrapper.emitted('openRecording')).toEqual([['rec-7']]);
  });

  it("puts the contact's name first, the PBX's name beside it when it differs", () => {
    const text = render({ entry, contact: 'Robert (work)' }).text();
    expect(text.indexOf('Robert (work)')).toBeLessThan(text.indexOf('Bob Example'));
  });

  it('an entry already named "Contact (PBX name)" is shown once, not with itself beside', () => {
    const named = { ...entry, name: 'Robert (Bob Example)' };
    const text = render({ entry: named, contact: 'Robert' }).text();
    expect(text).toContain('Robert (Bob Example)');
    expect(text.split('Robert')).toHaveLength(2);
  });
});
