import { describe, expect, it } from 'vitest';
import { decideIncoming, forwardUri, type IncomingFacts } from './incoming-policy';

const base: IncomingFacts = {
  globalDnd: false,
  dndCode: 486,
  line: {},
  liveCalls: 0,
  maxLiveCalls: 8,
};
const to = 'sip:1003@softphone.test';
const fwd = (mode: 'off' | 'always' | 'busy' | 'noAnswer', noAnswerSeconds = 20) => ({
  forwarding: { mode, target: '1003', noAnswerSeconds },
});

describe('decideIncoming', () => {
  const cases: [string, Partial<IncomingFacts>, ReturnType<typeof decideIncoming>][] = [
    ['nothing set: rings', {}, { action: 'ring' }],
    [
      'global DND: refused with the DND code',
      { globalDnd: true, dndCode: 480 },
      { action: 'refuse', status: 480, reason: 'dnd' },
    ],
    [
      'line DND',
      { line: { doNotDisturb: true }, dndCode: 603 },
      { action: 'refuse', status: 603, reason: 'dnd' },
    ],
    ['DND defaults to 486', { globalDnd: true }, { action: 'refuse', status: 486, reason: 'dnd' }],
    ['forward always', { line: fwd('always'), forwardUri: to }, { action: 'forward', uri: to }],
    [
      'forward always beats DND',
      { globalDnd: true, line: fwd('always'), forwardUri: to },
      { action: 'forward', uri: to },
    ],
    ['forward always without a valid target: rings', { line: fwd('always') }, { action: 'ring' }],
    ['forward off keeps ringing', { line: fwd('off'), forwardUri: to }, { action: 'ring' }],
    ['when busy, idle: rings', { line: fwd('busy'), forwardUri: to }, { action: 'ring' }],
    [
      'when busy, in a call: forwarded',
      { line: fwd('busy'), forwardUri: to, liveCalls: 1 },
      { action: 'forward', uri: to },
    ],
    [
      'when busy loses to DND',
      { line: { ...fwd('busy'), doNotDisturb: true }, forwardUri: to, liveCalls: 1 },
      { action: 'refuse', status: 486, reason: 'dnd' },
    ],
    ['too many calls: busy', { liveCalls: 8 }, { action: 'refuse', status: 486, reason: 'busy' }],
    [
      'too many calls but busy forwarding',
      { liveCalls: 8, line: fwd('busy'), forwardUri: to },
      { action: 'forward', uri: to },
    ],
    [
      'no answer: rings with a timer',
      { line: fwd('noAnswer', 7), forwardUri: to },
      { action: 'ring', forwardAfterMs: 7000, forwardUri: to },
    ],
    [
      'intercom hint, box ticked',
      { line: { autoAnswer: { intercom: true } }, answerAfterHint: 0 },
      { action: 'ring', answerAfterMs: 0 },
    ],
    ['intercom hint, box not ticked: rings', { answerAfterHint: 0 }, { action: 'ring' }],
    [
      'intercom box ticked, no hint: rings',
      { line: { autoAnswer: { intercom: true } } },
      { action: 'ring' },
    ],
    [
      'answer every call after 3 s',
      { line: { autoAnswer: { intercom: false, allAfterSeconds: 3 } } },
      { action: 'ring', answerAfterMs: 3000 },
    ],
    [
      'the sooner of hint and every call',
      { line: { autoAnswer: { intercom: true, allAfterSeconds: 3 } }, answerAfterHint: 5 },
      { action: 'ring', answerAfterMs: 3000 },
    ],
    [
      'never auto-answers while another call is live',
      {
        liveCalls: 1,
        line: { autoAnswer: { intercom: true, allAfterSeconds: 0 } },
        answerAfterHint: 0,
      },
      { action: 'ring' },
    ],
    [
      'auto-answer and no-answer forwarding together',
      {
        line: { ...fwd('noAnswer', 10), autoAnswer: { intercom: false, allAfterSeconds: 2 } },
        forwardUri: to,
      },
      { action: 'ring', forwardAfterMs: 10_000, forwardUri: to, answerAfterMs: 2000 },
    ],
  ];
  it.each(cases)('%s', (_name, facts, expected) => {
    expect(decideIncoming({ ...base, ...facts })).toEqual(expected);
  });
});

describe('forwardUri', () => {
  const cases: [string, string | undefined][] = [
    ['1003', 'sip:1003@softphone.test'],
    [' 1003 ', 'sip:1003@softphone.test'],
    ['+49 30 1234567', 'sip:+49301234567@softphone.test'],
    ['sip:bob@example.com', 'sip:bob@example.com'],
    ['', undefined],
    ['   ', undefined],
    ['1-800-FLOWERS', undefined],
    ['sip:1002@softphone.test;maddr=203.0.113.1', undefined],
    ['1003\r\nX-Evil: 1', undefined],
    ['<sip:x>', undefined],
  ];
  it.each(cases)('%j -> %s', (target, expected) => {
    expect(forwardUri(target, 'softphone.test', 'DE')).toBe(expected);
  });
});
