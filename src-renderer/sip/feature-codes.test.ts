import { describe, expect, it } from 'vitest';
import { featureCodeFor, type FeatureCodes, type ServerFeature } from './feature-codes';

const codes: FeatureCodes = {
  dndOn: '*78',
  dndOff: '*79',
  forwardAllOn: '*72',
  forwardAllOff: '*73',
  forwardBusyOn: '*90',
  forwardNoAnswerOn: '*92',
};

describe('featureCodeFor', () => {
  const cases: [string, ServerFeature, FeatureCodes | undefined, string | undefined][] = [
    ['DND on', { feature: 'dnd', on: true }, codes, '*78'],
    ['DND off', { feature: 'dnd', on: false }, codes, '*79'],
    ['DND without codes', { feature: 'dnd', on: true }, {}, undefined],
    ['no profile', { feature: 'dnd', on: true }, undefined, undefined],
    ['only an on code: off has none', { feature: 'dnd', on: false }, { dndOn: '*78' }, undefined],
    ['forward always', { feature: 'forward', mode: 'always', target: '1003' }, codes, '*721003'],
    ['forward busy', { feature: 'forward', mode: 'busy', target: '1003' }, codes, '*901003'],
    [
      'forward no answer',
      { feature: 'forward', mode: 'noAnswer', target: '1003' },
      codes,
      '*921003',
    ],
    ['forward off', { feature: 'forward', mode: 'off' }, codes, '*73'],
    [
      'a number with separators',
      { feature: 'forward', mode: 'always', target: '+49 (30) 123-45' },
      codes,
      '*72+493012345',
    ],
    [
      'a SIP address cannot follow a code',
      { feature: 'forward', mode: 'always', target: 'bob@example.com' },
      codes,
      undefined,
    ],
    ['an empty target', { feature: 'forward', mode: 'always', target: '' }, codes, undefined],
    [
      'no code for busy',
      { feature: 'forward', mode: 'busy', target: '1003' },
      { forwardAllOn: '*72' },
      undefined,
    ],
  ];
  it.each(cases)('%s', (_name, change, given, expected) => {
    expect(featureCodeFor(change, given)).toBe(expected);
  });
});
