import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { NoticeSchema } from './channels';

const valid = (notice: unknown) => v.safeParse(NoticeSchema, notice).success;

describe('NoticeSchema', () => {
  it('accepts a plain notice and one with a refusal, a cause and parameters', () => {
    expect(valid({ level: 'info', message: 'Saved.' })).toBe(true);
    expect(
      valid({
        level: 'warning',
        message: 'Ignored --dial "x": …',
        refusal: {
          code: 'dialIgnored',
          params: { value: 'x' },
          cause: { code: 'linkTooLong', params: { max: 256 } },
        },
      }),
    ).toBe(true);
  });

  it.each([
    ['an unknown code', { code: 'noSuchRefusal' }],
    ['a code from the prototype', { code: 'toString' }],
    ['a parameter that is not text or a number', { code: 'sipRouting', params: { name: {} } }],
    ['a parameter that is not finite', { code: 'linkTooLong', params: { max: Infinity } }],
    ['an overlong parameter', { code: 'sipRouting', params: { name: 'x'.repeat(513) } }],
    ['a parameter with a strange name', { code: 'sipRouting', params: { 'a b': 'x' } }],
    [
      'too many parameters',
      { code: 'sipRouting', params: Object.fromEntries([...'abcdefghi'].map((k) => [k, k])) },
    ],
    [
      'a cause of a cause',
      { code: 'selection', cause: { code: 'dialIgnored', cause: { code: 'linkEmpty' } } },
    ],
    ['a cause with an unknown code', { code: 'selection', cause: { code: 'nope' } }],
  ])('refuses %s', (_name, refusal) => {
    expect(valid({ level: 'warning', message: 'x', refusal })).toBe(false);
  });
});
