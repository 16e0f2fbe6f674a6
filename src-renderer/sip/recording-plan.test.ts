import { describe, expect, it } from 'vitest';
import {
  diffSources,
  formatElapsed,
  planRecording,
  recordingSources,
  type RecordingFacts,
} from './recording-plan';

const base: RecordingFacts = {
  phase: 'active',
  recordEveryCall: false,
  recording: false,
  failed: false,
  onPbx: false,
};

describe('planRecording', () => {
  it.each([
    ['nothing asked for', {}, 'none'],
    ['Record pressed', { toggled: true }, 'start'],
    ['Record every call, answered', { recordEveryCall: true }, 'start'],
    ['Record every call, still ringing', { recordEveryCall: true, phase: 'ringing' }, 'none'],
    ['Record every call, dialling', { recordEveryCall: true, phase: 'dialing' }, 'none'],
    ['Record every call, early media', { recordEveryCall: true, phase: 'early' }, 'none'],
    [
      'Record every call but turned off on this call',
      { recordEveryCall: true, toggled: false },
      'none',
    ],
    ['recording, put on hold', { toggled: true, recording: true, phase: 'held' }, 'none'],
    ['recording, Record off', { toggled: false, recording: true }, 'stop'],
    [
      'recording, hung up or transferred',
      { toggled: true, recording: true, phase: 'ended' },
      'stop',
    ],
    ['recording already', { toggled: true, recording: true }, 'none'],
    ['after a write error', { toggled: true, failed: true }, 'none'],
    ['the PBX records', { toggled: true, onPbx: true }, 'none'],
    ['the PBX records, every call', { recordEveryCall: true, onPbx: true }, 'none'],
  ] as const)('%s', (_name, facts, step) => {
    expect(planRecording({ ...base, ...facts })).toBe(step);
  });
});

describe('recordingSources', () => {
  it('mixes the microphone and the far end', () => {
    expect(recordingSources({ microphone: 'mic', remote: 'far' })).toEqual(['mic', 'far']);
  });
  it('takes the conference mix in place of the microphone, so a 3-way call records everyone', () => {
    expect(recordingSources({ microphone: 'mic', conferenceMix: 'mix', remote: 'far' })).toEqual([
      'mix',
      'far',
    ]);
  });
  it('records what there is before the far end sends audio', () => {
    expect(recordingSources({ microphone: 'mic' })).toEqual(['mic']);
    expect(recordingSources({})).toEqual([]);
  });
});

describe('diffSources', () => {
  it('a device switch swaps only the microphone', () => {
    expect(diffSources(['mic1', 'far'], ['mic2', 'far'])).toEqual({
      add: ['mic2'],
      remove: ['mic1'],
    });
  });
  it('nothing to do when unchanged (hold keeps the receiver track)', () => {
    expect(diffSources(['mic', 'far'], ['mic', 'far'])).toEqual({ add: [], remove: [] });
  });
  it('joining a conference replaces the microphone with the mix', () => {
    expect(diffSources(['mic', 'far'], ['mix', 'far'])).toEqual({ add: ['mix'], remove: ['mic'] });
  });
});

describe('formatElapsed', () => {
  it.each([
    [0, '0:00'],
    [999, '0:00'],
    [61_000, '1:01'],
    [3_600_000 + 5_000, '1:00:05'],
    [-5, '0:00'],
  ])('%d ms', (ms, text) => expect(formatElapsed(ms)).toBe(text));
});
