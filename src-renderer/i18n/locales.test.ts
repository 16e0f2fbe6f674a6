import { describe, expect, it } from 'vitest';
import { de } from './de';
import { en } from './en';

function keys(value: object, prefix = ''): string[] {
  return Object.entries(value).flatMap(([key, item]) =>
    typeof item === 'object' && item !== null
      ? keys(item, `${prefix}${key}.`)
      : [`${prefix}${key}`],
  );
}

describe('locales', () => {
  it('German has exactly the English keys, none empty', () => {
    expect(keys(de).sort()).toEqual(keys(en).sort());
    expect(keys(de).filter((key) => !key)).toEqual([]);
  });
});
