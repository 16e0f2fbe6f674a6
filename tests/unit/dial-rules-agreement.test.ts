/**
 * One table for the dial rules: what the dial field (the renderer's `normaliseDialTarget`) and
 * main's link parser (`parseCallLink`, fed the same input as a `tel:`/`sip:` link) accept and
 * refuse, and what they dial. Both go through `src-preload/dial-rules/`; this test is what
 * keeps them from drifting apart again. Every row where they differ says why, on purpose.
 */
import { describe, expect, it } from 'vitest';
import { parseCallLink, parseDialInput } from '../../src-main/services/links/tel-link';
import { DialError, normaliseDialTarget } from '../../src-renderer/sip/dial-target';

/** A normalised target, or null for "refused". */
type Outcome = string | null;

interface Row {
  name: string;
  country: string;
  /** What the user types in the dial field. */
  typed: string;
  /** The same thing as a link, as a web page or mail would carry it. */
  link: string;
  field: Outcome;
  linked: Outcome;
  /** Required when `field` and `linked` differ: the deliberate reason. */
  why?: string;
}

const same = (
  name: string,
  country: string,
  typed: string,
  link: string,
  result: Outcome,
): Row => ({
  name,
  country,
  typed,
  link,
  field: result,
  linked: result,
});

const rows: Row[] = [
  // Extensions and short codes: dialled as their digits, separators dropped.
  same('extension', 'US', '1002', 'tel:1002', '1002'),
  same('extension with a space', 'US', '10 01', 'tel:10%2001', '1001'),
  same('emergency short code', 'US', '911', 'tel:911', '911'),
  same('six-digit extension', 'DE', '123456', 'tel:123456', '123456'),
  // National numbers read in the default country, dialled in E.164.
  same('German national number', 'DE', '030 1234567', 'tel:030 1234567', '+49301234567'),
  same('German formatting', 'DE', '030/123 45-67', 'tel:030/123 45-67', '+49301234567'),
  same('international prefix 00', 'DE', '0049 30 1234567', 'tel:0049-30-1234567', '+49301234567'),
  same('US national, parentheses', 'US', '(202) 555-0123', 'tel:(202)555-0123', '+12025550123'),
  same('US national, dots', 'US', '202.555.0123', 'tel:202.555.0123', '+12025550123'),
  same('7 digits in the US', 'US', '1234567', 'tel:1234567', null),
  same('national number, unknown country', 'ZZ', '030 1234567', 'tel:0301234567', null),
  // International numbers.
  same('international', 'DE', '+1 202 555 0123', 'tel:+1-202-555-0123', '+12025550123'),
  same('international from the US', 'US', '+44 20 7946 0958', 'tel:+442079460958', '+442079460958'),
  same(
    'international, unknown country',
    'ZZ',
    '+49 30 1234567',
    'tel:+49301234567',
    '+49301234567',
  ),
  // Main used to pass these on and the dial field then refused them: one rule now.
  same('not a possible number', 'US', '+1 555 0100', 'tel:+1-555-0100', null),
  same('too few international digits', 'US', '+12', 'tel:+12', null),
  same('too many international digits', 'US', '+1234567890123456', 'tel:+1234567890123456', null),
  same('too many digits', 'DE', '1'.repeat(21), `tel:${'1'.repeat(21)}`, null),
  // Not numbers at all.
  same('empty', 'US', '', 'tel:', null),
  same('bare plus', 'US', '+', 'tel:+', null),
  same('two pluses', 'US', '++4930123', 'tel:++4930123', null),
  same('plus inside', 'US', '555+0100', 'tel:555+0100', null),
  same('vanity letters', 'US', '1-800-FLOWERS', 'tel:1-800-FLOWERS', null),
  same('a word', 'US', 'alice', 'tel:alice', null),
  same('markup', 'US', '<script>alert(1)</script>', 'tel:<script>alert(1)</script>', null),
  same('too long', 'US', '1'.repeat(300), `tel:${'1'.repeat(300)}`, null),
  // Hostile characters: control, direction, invisible, look-alike digits.
  same('inner line break', 'US', '10\r\n02', 'tel:10%0D%0A02', null),
  same('NUL', 'US', '1002\u0000', 'tel:1002%00', null),
  same('RTL override', 'DE', '+49 30\u202e1234567', 'tel:+4930%E2%80%AE1234567', null),
  same('zero-width space', 'US', '10\u200b02', 'tel:10\u200b02', null),
  same('fullwidth digits', 'US', '\uff11\uff10\uff10\uff12', 'tel:\uff11\uff10\uff10\uff12', null),
  same(
    'Arabic-Indic digits',
    'US',
    '\u0661\u0660\u0660\u0662',
    'tel:%D9%A1%D9%A0%D9%A0%D9%A2',
    null,
  ),
  same('mathematical digits', 'US', '\u{1d7d7}\u{1d7d8}', 'tel:\u{1d7d7}\u{1d7d8}', null),
  // SIP addresses: scheme and host lower-cased, user kept.
  same(
    'SIP URI',
    'US',
    'sip:1002@softphone.test',
    'sip:1002@softphone.test',
    'sip:1002@softphone.test',
  ),
  same('bare address', 'US', 'alice@example.com', 'sip:alice@example.com', 'sip:alice@example.com'),
  same(
    'case',
    'US',
    'SIP:Alice@PBX.Example.com',
    'SIP:Alice@PBX.Example.com',
    'sip:Alice@pbx.example.com',
  ),
  same(
    'port',
    'US',
    'alice@pbx.example.com:5060',
    'sip:alice@pbx.example.com:5060',
    'sip:alice@pbx.example.com:5060',
  ),
  same(
    'sips and IPv6',
    'US',
    'sips:bob@[2001:db8::1]',
    'sips:bob@[2001:db8::1]',
    'sips:bob@[2001:db8::1]',
  ),
  same(
    'number as SIP user',
    'US',
    '+4930123@softphone.test',
    'sip:+4930123@softphone.test',
    'sip:+4930123@softphone.test',
  ),
  same(
    'Replaces header',
    'US',
    'sip:1002@softphone.test?Replaces=abc%3Bto-tag%3D1',
    'sip:1002@softphone.test?Replaces=abc%3Bto-tag%3D1',
    null,
  ),
  same('password', 'US', 'sip:alice:secret@example.com', 'sip:alice:secret@example.com', null),
  same(
    'two at signs',
    'US',
    'alice@evil.example@good.example',
    'sip:alice@evil.example@good.example',
    null,
  ),
  same('quote in user', 'US', "o'brien@example.com", "sip:o'brien@example.com", null),
  same(
    'display name',
    'US',
    '"Mallory" <sip:1006@softphone.test>',
    'sip:"Mallory" <sip:1006@softphone.test>',
    null,
  ),
  same('no user', 'US', 'sip:@softphone.test', 'sip:@softphone.test', null),
  same('bad IPv4', 'US', 'alice@1.2.3.999', 'sip:alice@1.2.3.999', null),
  same('bad port', 'US', 'alice@example.com:99999', 'sip:alice@example.com:99999', null),
  same('Cyrillic host', 'US', 'alice@ex\u0430mple.com', 'sip:alice@ex\u0430mple.com', null),
  same(
    'long address',
    'US',
    `${'a'.repeat(300)}@example.com`,
    `sip:${'a'.repeat(300)}@example.com`,
    null,
  ),

  // ---- deliberate differences ----
  {
    name: 'star code',
    country: 'US',
    typed: '*97',
    link: 'tel:*97',
    field: '*97',
    linked: null,
    why: 'service codes (*72 forwards calls) are never dialled from a link; the user may type them',
  },
  {
    name: 'hash code',
    country: 'DE',
    typed: '#21#',
    link: 'tel:%2321%23',
    field: '#21#',
    linked: null,
    why: 'as above',
  },
  {
    name: 'star code as SIP user',
    country: 'US',
    typed: '*97@pbx.example.com',
    link: 'sip:*97@pbx.example.com',
    field: 'sip:*97@pbx.example.com',
    linked: null,
    why: 'as above',
  },
  {
    name: 'post-dial digits',
    country: 'DE',
    typed: '+49 30 1234567,,1234',
    link: 'tel:+49-30-1234567,,1234',
    field: null,
    linked: '+49301234567',
    why: 'a link may carry a PIN sent after answer (postDial); the field has the keypad for that',
  },
  {
    name: 'extension parameter',
    country: 'DE',
    typed: '+49 30 1234567;ext=42',
    link: 'tel:+49-30-1234567;ext=42',
    field: null,
    linked: '+49301234567',
    why: 'as above: ;ext= becomes postDial',
  },
  {
    name: 'transport parameter',
    country: 'US',
    typed: 'sip:1002@softphone.test;transport=tcp',
    link: 'sip:1002@softphone.test;transport=tcp',
    field: null,
    linked: 'sip:1002@softphone.test',
    why: 'a link parser drops harmless URI parameters; a typed address has none to drop',
  },
  {
    name: 'percent-escape',
    country: 'US',
    typed: 'al%69ce@example.com',
    link: 'sip:al%69ce@example.com',
    field: null,
    linked: 'sip:alice@example.com',
    why: 'links are percent-decoded once (RFC 3986); typed text is taken literally',
  },
  {
    name: 'no-break space',
    country: 'DE',
    typed: '030\u00a01234567',
    link: 'tel:030\u00a01234567',
    field: '+49301234567',
    linked: null,
    why: 'copied text may hold typographic spaces; a link must be plain ASCII (RFC 3966)',
  },
];

function field(row: Row): Outcome {
  try {
    return normaliseDialTarget(row.typed, row.country).target;
  } catch (error) {
    if (error instanceof DialError) return null;
    throw error;
  }
}

function linked(row: Row): Outcome {
  const result = parseCallLink(row.link, { defaultCountry: row.country });
  return result.ok ? result.action.target : null;
}

describe('the dial field and the link parser apply one set of dial rules', () => {
  it.each(rows)('$name', (row) => {
    expect({ field: field(row), linked: linked(row) }).toEqual({
      field: row.field,
      linked: row.linked,
    });
  });

  it('explains every row where the two differ', () => {
    for (const row of rows) {
      if (row.field !== row.linked) expect(row.why, row.name).toMatch(/\w{3,}/);
      else expect(row.why, row.name).toBeUndefined();
    }
  });

  it('dials what main hands over unchanged: its target is already normalised', () => {
    for (const row of rows) {
      const target = linked(row);
      if (target === null) continue;
      expect(normaliseDialTarget(target, row.country).target, row.name).toBe(target);
    }
  });

  it('without a country, main passes national digits on and the field normalises them', () => {
    const result = parseCallLink('tel:030-1234567');
    expect(result).toMatchObject({ ok: true, action: { target: '0301234567' } });
    if (!result.ok) return;
    expect(normaliseDialTarget(result.action.target, 'DE').target).toBe('+49301234567');
  });

  it('holds the command line (--dial) to the dial field, service codes included', () => {
    for (const row of rows) {
      if (/[,;%\u00a0]|^sips?:.*;/i.test(row.typed)) continue; // link-only syntax, see the rows above
      const result = parseDialInput(row.typed, {
        allowServiceCodes: true,
        defaultCountry: row.country,
      });
      expect(result.ok ? result.action.target : null, row.name).toBe(field(row));
    }
  });
});
