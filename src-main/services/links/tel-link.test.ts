import { describe, expect, it } from 'vitest';
import { refusalInEnglish, type Refusal } from '../../../src-preload/i18n/refusals';
import { describeUntrusted } from './link-text';
import { parseCallLink, parseDialInput, type DialAction } from './tel-link';

type Accepted = [link: string, expected: Omit<DialAction, 'kind'>];

const accepted: Accepted[] = [
  ['tel:+12025550100', { target: '+12025550100', scheme: 'tel', display: '+12025550100' }],
  ['tel:+1-202-555-0100', { target: '+12025550100', scheme: 'tel', display: '+1-202-555-0100' }],
  ['tel:+1.555.010.0000', { target: '+15550100000', scheme: 'tel', display: '+1.555.010.0000' }],
  [
    'tel:+1%20(555)%20010-0000',
    { target: '+15550100000', scheme: 'tel', display: '+1 (555) 010-0000' },
  ],
  ['TEL:+49 30 1234567', { target: '+49301234567', scheme: 'tel', display: '+49 30 1234567' }],
  ['tel:%2B4930123', { target: '+4930123', scheme: 'tel', display: '+4930123' }],
  ['tel:0301234567', { target: '0301234567', scheme: 'tel', display: '0301234567' }],
  ['tel:1001', { target: '1001', scheme: 'tel', display: '1001' }],
  ['tel://+12025550100', { target: '+12025550100', scheme: 'tel', display: '+12025550100' }],
  ['  tel:1001  ', { target: '1001', scheme: 'tel', display: '1001' }],
  [
    'tel:+1-202-555-0100;ext=42',
    { target: '+12025550100', scheme: 'tel', display: '+1-202-555-0100 ext. 42', postDial: '42' },
  ],
  [
    'tel:863-1234;phone-context=+1-914-555',
    { target: '8631234', scheme: 'tel', display: '863-1234' },
  ],
  ['tel:7042;phone-context=example.com', { target: '7042', scheme: 'tel', display: '7042' }],
  [
    'tel:+12025550100;isub=1411;npdi;rn=+12025550199',
    { target: '+12025550100', scheme: 'tel', display: '+12025550100' },
  ],
  [
    'tel:+12025550100,,1234%23',
    {
      target: '+12025550100',
      scheme: 'tel',
      display: '+12025550100, then ,,1234#',
      postDial: ',,1234#',
    },
  ],
  [
    'tel:+12025550100p1234',
    {
      target: '+12025550100',
      scheme: 'tel',
      display: '+12025550100, then ,1234',
      postDial: ',1234',
    },
  ],
  ['tel:+12025550100,,', { target: '+12025550100', scheme: 'tel', display: '+12025550100' }],
  ['callto:+12025550100', { target: '+12025550100', scheme: 'callto', display: '+12025550100' }],
  ['callto://+12025550100', { target: '+12025550100', scheme: 'callto', display: '+12025550100' }],
  ['callto://+12025550100/', { target: '+12025550100', scheme: 'callto', display: '+12025550100' }],
  [
    'sip:alice@example.com',
    { target: 'sip:alice@example.com', scheme: 'sip', display: 'alice@example.com' },
  ],
  [
    'SIP:Alice@PBX.Example.COM',
    { target: 'sip:Alice@pbx.example.com', scheme: 'sip', display: 'Alice@pbx.example.com' },
  ],
  [
    'sips:bob@example.com:5061',
    { target: 'sips:bob@example.com:5061', scheme: 'sips', display: 'bob@example.com:5061' },
  ],
  [
    'sip:+12025550100@pbx.example.com;user=phone',
    {
      target: 'sip:+12025550100@pbx.example.com',
      scheme: 'sip',
      display: '+12025550100@pbx.example.com',
    },
  ],
  [
    'sip:alice@example.com;transport=tls',
    { target: 'sip:alice@example.com', scheme: 'sip', display: 'alice@example.com' },
  ],
  [
    'sip:alice@example.com;transport=WSS;gr',
    { target: 'sip:alice@example.com', scheme: 'sip', display: 'alice@example.com' },
  ],
  [
    'sip:1001@192.0.2.10',
    { target: 'sip:1001@192.0.2.10', scheme: 'sip', display: '1001@192.0.2.10' },
  ],
  [
    'sip:1001@[2001:db8::1]:5060',
    { target: 'sip:1001@[2001:db8::1]:5060', scheme: 'sip', display: '1001@[2001:db8::1]:5060' },
  ],
  [
    'sip:al%69ce@example.com',
    { target: 'sip:alice@example.com', scheme: 'sip', display: 'alice@example.com' },
  ],
  [
    'sip:alice@xn--bcher-kva.example',
    {
      target: 'sip:alice@xn--bcher-kva.example',
      scheme: 'sip',
      display: 'alice@xn--bcher-kva.example',
    },
  ],
  [
    'sip:alice@example.com?',
    { target: 'sip:alice@example.com', scheme: 'sip', display: 'alice@example.com' },
  ],
];

describe('parseCallLink accepts well-formed links', () => {
  it.each(accepted)('%s', (link, expected) => {
    expect(parseCallLink(link)).toEqual({ ok: true, action: { kind: 'dial', ...expected } });
  });
});

type Refused = [name: string, link: string, reason: RegExp];

const refused: Refused[] = [
  // Command-line injection (CVE-2018-1000006 style): the link text carries switches.
  ['argv injection, space', 'tel:123 --inspect=9229', /letters/],
  ['argv injection, gpu launcher', 'tel:123" --gpu-launcher="cmd /c calc" --x="', /letters/],
  ['argv injection, encoded quote', 'tel:123%22%20--gpu-launcher=calc', /letters/],
  ['argv injection in sip user', 'sip:a%20--inspect@example.com', /user part/],
  ['argv injection via host', 'sip:alice@example.com --renderer-cmd-prefix=calc', /host/],
  ['quote in number', 'tel:"+12025550100"', /not a phone number/],
  ['single quote in sip user', "sip:o'brien@example.com", /user part/],
  // Control characters, literal and encoded.
  ['newline', 'tel:123\n--inspect', /control character/],
  ['carriage return', 'tel:123\r', /control character/],
  ['NUL', 'tel:123\u0000456', /control character/],
  ['tab', 'tel:123\t456', /control character/],
  ['encoded newline', 'tel:123%0A456', /control character/],
  ['encoded NUL in sip user', 'sip:alice%00@example.com', /control character/],
  ['encoded CRLF header injection', 'sip:alice@example.com;x=%0D%0AVia:evil', /control character/],
  // Text direction and invisible characters.
  ['RTL override', 'tel:+1555\u202e0010', /text-direction/],
  ['encoded RTL override', 'tel:+1555%E2%80%AE0010', /text-direction/],
  ['LTR isolate', 'sip:alice\u2066@example.com', /text-direction/],
  ['zero-width space', 'tel:+1555\u200b0100', /invisible/],
  ['byte-order mark', '\ufefftel:+12025550100', /invisible/],
  // Look-alike digits and hosts.
  ['fullwidth digits', 'tel:\uff11\uff12\uff13', /plain ASCII/],
  ['Arabic-Indic digits', 'tel:\u0661\u0662\u0663', /plain ASCII/],
  ['mathematical digits', 'tel:\u{1d7d7}\u{1d7d8}', /plain ASCII/],
  ['encoded fullwidth digit', 'tel:%EF%BC%91%EF%BC%92', /plain ASCII/],
  ['Cyrillic host', 'sip:alice@ex\u0430mple.com', /plain ASCII/],
  ['overlong UTF-8', 'tel:%C0%AE123', /not valid text/],
  ['broken escape', 'tel:12%3', /broken/],
  ['double encoding is decoded once only', 'tel:%252B15550100', /not a phone number/],
  // Other schemes.
  ['javascript', 'javascript:alert(1)', /only tel:, sip:, sips: and callto:/],
  ['file', 'file:///etc/passwd', /only tel:/],
  ['http', 'https://evil.example/tel:123', /only tel:/],
  ['no scheme', '+12025550100', /only tel:/],
  ['data', 'data:text/html,<script>alert(1)</script>', /only tel:/],
  ['scheme only', 'tel:', /does not contain a phone number/],
  // Empty, bare plus, length.
  ['empty', '', /empty/],
  ['only spaces', '    ', /empty/],
  ['bare plus', 'tel:+', /does not contain a phone number/],
  ['plus plus', 'tel:++12025550100', /not a phone number/],
  ['plus in middle', 'tel:555+0100', /not a phone number/],
  ['too few international digits', 'tel:+12', /between 3 and 15/],
  // The shared dial rule (libphonenumber-js) decides what a number is, as the dial field does.
  ['not a possible number', 'tel:+1-555-0100', /not a possible phone number/],
  ['too many international digits', 'tel:+1234567890123456', /between 3 and 15/],
  ['too many local digits', `tel:${'1'.repeat(21)}`, /at most 20 digits/],
  ['extremely long', `tel:+1${'0'.repeat(5000)}`, /longer than 256/],
  ['long sip link', `sip:${'a'.repeat(300)}@example.com`, /longer than 256/],
  // Nested and confused schemes.
  ['tel with embedded sip', 'tel:sip:evil@attacker.example', /address with @/],
  ['tel with embedded sip, no @', 'tel:sip:+12025550100', /letters/],
  ['sip in phone-context', 'tel:1234;phone-context=sip:evil', /phone-context/],
  ['callto with address', 'callto://alice@example.com', /address with @/],
  ['letters / vanity number', 'tel:1-800-PIZZA', /letters/],
  // Service codes (PBX call forwarding, USSD factory-reset style).
  ['call forwarding code', 'tel:*72+12025550199', /Service codes/],
  ['USSD-style code', 'tel:*2767*3855%23', /Service codes/],
  ['service code in sip user', 'sip:*72@pbx.example.com', /Service codes/],
  // DTMF waits and post-dial mistakes.
  ['wait char', 'tel:+12025550100w1234', /wait for confirmation/],
  ['letters after pause', 'tel:+12025550100,,abc', /letters/],
  ['too many post-dial digits', `tel:+12025550100,${'1'.repeat(40)}`, /At most 32/],
  ['ext and pause together', 'tel:+12025550100,1;ext=2', /ambiguous/],
  ['ext not numeric', 'tel:+12025550100;ext=abc', /extension/],
  ['two exts', 'tel:+12025550100;ext=1;ext=2', /more than one extension/],
  ['query on tel', 'tel:+12025550100?body=x', /after "\?"/],
  ['digits after ;', 'tel:+12025550100;1234', /digits after ";" that would not be dialled/],
  ['digits after ; with a value', 'tel:+12025550100;ext=1;99=1', /digits after ";"/],
  ['digits after ; in callto', 'callto:+12025550100;1234', /digits after ";"/],
  // SIP headers and routing parameters.
  [
    'Replaces header',
    'sip:alice@example.com?Replaces=abc%40host%3Bto-tag%3D1%3Bfrom-tag%3D2',
    /Replaces/,
  ],
  [
    'Call-Info auto-answer',
    'sip:alice@example.com?Call-Info=%3Csip:x%3E;answer-after=0',
    /Call-Info/,
  ],
  ['transport then Replaces', 'sip:user@host;transport=tcp?Replaces=x', /SIP headers \(Replaces\)/],
  ['body header', 'sips:alice@example.com?body=v%3D0', /SIP headers/],
  ['maddr redirect', 'sip:alice@example.com;maddr=203.0.113.9', /maddr=/],
  ['method change', 'sip:alice@example.com;method=BYE', /method=/],
  ['unexpected transport', 'sip:alice@example.com;transport=file', /unexpected transport/],
  ['password in uri', 'sip:alice:secret@example.com', /password/],
  ['no user', 'sip:example.com', /user and a host/],
  ['two at signs', 'sip:alice@evil.example@good.example', /more than one @/],
  ['encoded at in user', 'sip:alice%40evil.example@good.example', /user part/],
  ['empty host', 'sip:alice@', /user and a host/],
  ['bad port', 'sip:alice@example.com:99999', /port/],
  ['ipv6 zone id', 'sip:alice@[fe80::1%25eth0]', /host/],
  ['bad ipv4', 'sip:alice@1.2.3.999', /host/],
  ['underscore host', 'sip:alice@exa_mple.com', /host/],
];

describe('parseCallLink refuses hostile or malformed links', () => {
  it.each(refused)('%s', (_name, link, reason) => {
    const result = parseCallLink(link);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reason).toMatch(reason);
  });

  it('gives every refusal a sentence a user can read', () => {
    for (const [, link] of refused) {
      const result = parseCallLink(link);
      if (result.ok) throw new Error(`accepted ${link}`);
      expect(result.reason).toMatch(/^[A-Z].{10,}[.)]$/);
      // eslint-disable-next-line no-control-regex -- asserting no control characters
      expect(result.reason).not.toMatch(/[\u0000-\u001f\u202e]/);
    }
  });
});

describe('the default country', () => {
  it('turns national numbers into E.164 when main knows the country', () => {
    expect(parseCallLink('tel:030-1234567', { defaultCountry: 'DE' })).toMatchObject({
      ok: true,
      action: { target: '+49301234567', display: '030-1234567' },
    });
    expect(parseDialInput('(202) 555-0123', { defaultCountry: 'US' })).toMatchObject({
      ok: true,
      action: { target: '+12025550123' },
    });
  });

  it('refuses a national number that is impossible in that country', () => {
    expect(parseCallLink('tel:1234567', { defaultCountry: 'US' })).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/not a possible phone number/),
    });
  });

  it('passes national digits on unchanged without a country', () => {
    expect(parseCallLink('tel:1234567')).toMatchObject({ ok: true, action: { target: '1234567' } });
  });
});

describe('parseDialInput', () => {
  it('accepts a bare number with visual separators', () => {
    expect(parseDialInput('+49 (30) 1234-567\n')).toEqual({
      ok: true,
      action: { kind: 'dial', target: '+49301234567', scheme: 'tel', display: '+49 (30) 1234-567' },
    });
  });

  it('accepts separators copied from web pages and German formatting', () => {
    expect(parseDialInput('030/123\u00a045\u201367')).toMatchObject({
      ok: true,
      action: { target: '0301234567', display: '030/123 45-67' },
    });
    expect(parseCallLink('tel:030/1234567')).toMatchObject({
      ok: true,
      action: { target: '0301234567' },
    });
    // Links stay ASCII-only: the same no-break space in a link is refused.
    expect(parseCallLink('tel:030\u00a01234567').ok).toBe(false);
  });

  it('accepts a bare SIP address as sip:', () => {
    expect(parseDialInput('alice@example.com')).toMatchObject({
      ok: true,
      action: { target: 'sip:alice@example.com', scheme: 'sip' },
    });
  });

  it('accepts links with the link rules', () => {
    expect(parseDialInput('tel:+12025550100;ext=7')).toMatchObject({
      ok: true,
      action: { postDial: '7' },
    });
    expect(parseDialInput('tel:*72')).toMatchObject({ ok: false });
  });

  it('allows service codes only when the caller opts in', () => {
    expect(parseDialInput('*72')).toMatchObject({
      ok: false,
      reason: expect.stringMatching(/Service codes/),
    });
    expect(parseDialInput('*72', { allowServiceCodes: true })).toMatchObject({
      ok: true,
      action: { target: '*72' },
    });
  });

  it.each([
    ['inner newline', '123\n456'],
    ['switch', '--inspect'],
    ['javascript', 'javascript:alert(1)'],
    ['empty', ' \n '],
    ['RTL', '+1\u202e555'],
  ])('refuses %s', (_name, input) => {
    expect(parseDialInput(input).ok).toBe(false);
  });
});

describe('describeUntrusted', () => {
  it('escapes control and bidi characters and truncates', () => {
    expect(describeUntrusted('tel:1\n\u202e')).toBe('tel:1\\u{a}\\u{202e}');
    expect(describeUntrusted('x'.repeat(60), 10)).toBe(`${'x'.repeat(10)}…`);
  });
});

describe('refusal codes', () => {
  // What the page translates: the code and its parameters. The English `reason` is the code's text.
  it.each([
    ['tel:1\n2', { code: 'linkControl' }],
    ['tel:+1\u202e5550100', { code: 'linkBidi' }],
    ['tel:1\u200b2', { code: 'linkInvisible' }],
    ['tel:\uff11\uff12', { code: 'linkNotAscii' }],
    ['tel:1%2', { code: 'linkBrokenEscape' }],
    ['tel:1%C0%AE', { code: 'linkEscapeNotText' }],
    ['', { code: 'linkEmpty' }],
    [`tel:${'9'.repeat(300)}`, { code: 'linkTooLong', params: { max: 256 } }],
    ['https://evil.example/', { code: 'linkScheme' }],
    ['tel:1001?x=1', { code: 'telQuery', params: { scheme: 'tel' } }],
    ['callto:a@b', { code: 'telAddress', params: { scheme: 'callto' } }],
    ['tel:1001;ext=1;ext=2', { code: 'extensionTwice' }],
    ['tel:1001;ext=12345678901', { code: 'extensionInvalid' }],
    ['tel:+12025550100;1234', { code: 'digitsAfterSemicolon' }],
    ['tel:1001;phone-context=!', { code: 'phoneContext' }],
    ['tel:1001;a_b=1', { code: 'malformedParameter' }],
    ['tel:1001,2;ext=1', { code: 'extensionAndPause' }],
    ['tel:1001w5', { code: 'postDialWait' }],
    ['tel:1001,1+', { code: 'postDialCharacters' }],
    [`tel:1001,${'1'.repeat(40)}`, { code: 'postDialTooLong', params: { max: 32 } }],
    ['tel:1-800-PIZZA', { code: 'numberLetters' }],
    ['tel:+', { code: 'numberEmpty' }],
    ['tel:*72', { code: 'serviceCode' }],
    ['tel:+12', { code: 'numberGlobalLength', params: { max: 15 } }],
    [
      'sip:alice@example.com?Replaces=abc',
      { code: 'sipHeadersNamed', params: { names: 'Replaces' } },
    ],
    ['sip:alice@example.com;maddr=evil', { code: 'sipRouting', params: { name: 'maddr' } }],
    ['sip:alice@example.com;transport=xyz', { code: 'sipTransport', params: { transport: 'xyz' } }],
    ['sip:a@b@c', { code: 'sipManyAt' }],
    ['sip:alice', { code: 'sipUserAndHost' }],
    ['sip:alice:pw@example.com', { code: 'sipPassword' }],
    ['sip:al!ce@example.com', { code: 'sipUser' }],
    ['sip:alice@example.com:99999', { code: 'sipPort' }],
    ['sip:alice@exa_mple.com', { code: 'sipHost' }],
  ])('%j → %j', (link, refusal) => {
    const result = parseCallLink(link, { defaultCountry: 'DE' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.refusal).toEqual(refusal);
    expect(result.reason).toBe(refusalInEnglish(refusal as Refusal));
  });

  it('codes bare input too', () => {
    expect(parseDialInput('12345678901234567890123', { defaultCountry: 'DE' })).toMatchObject({
      refusal: { code: 'numberLocalLength', params: { max: 20 } },
    });
    expect(parseDialInput('0301234567x')).toMatchObject({ refusal: { code: 'numberLetters' } });
  });
});
