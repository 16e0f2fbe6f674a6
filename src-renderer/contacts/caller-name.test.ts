import { describe, expect, it } from 'vitest';
import { callerLabel, callerName } from './caller-name';

describe('callerName', () => {
  it.each([
    [undefined, undefined, {}, undefined],
    [undefined, 'Bob Example', { name: 'Bob Example' }, 'Bob Example'],
    ['Bob Builder', undefined, { name: 'Bob Builder' }, 'Bob Builder'],
    ['Bob Example', 'bob example', { name: 'Bob Example' }, 'Bob Example'],
    [
      'Bob Builder',
      'Bob Example',
      { name: 'Bob Builder', pbxName: 'Bob Example' },
      'Bob Builder (Bob Example)',
    ],
  ])('contact %s, PBX %s', (contact, pbx, expected, label) => {
    expect(callerName(contact, pbx)).toEqual(expected);
    expect(callerLabel(callerName(contact, pbx))).toBe(label);
  });
});
