import { describe, expect, it } from 'vitest';
import { parseArgv, type ParsedCommandLine } from './argv';

const EXE = 'C:\\Program Files\\Softphone\\Softphone.exe';
const packaged = (...args: string[]) => parseArgv([EXE, ...args], { isPackaged: true });

type Row = [name: string, args: string[], expected: Partial<ParsedCommandLine>];

const table: Row[] = [
  ['nothing', [], { actions: [], minimized: false, refused: [] }],
  [
    '--dial NUMBER',
    ['--dial', '+1 202 555 0100'],
    { actions: [{ kind: 'dial', target: '+12025550100' }] },
  ],
  [
    '--dial=NUMBER',
    ['--dial=+12025550100'],
    { actions: [{ kind: 'dial', target: '+12025550100' }] },
  ],
  [
    '--dial SIP address',
    ['--dial', 'alice@example.com'],
    { actions: [{ kind: 'dial', target: 'sip:alice@example.com' }] },
  ],
  [
    '--dial service code (typed locally)',
    ['--dial', '*72'],
    { actions: [{ kind: 'dial', target: '*72' }] },
  ],
  [
    '--dial with ext link',
    ['--dial=tel:+12025550100;ext=9'],
    { actions: [{ kind: 'dial', target: '+12025550100', postDial: '9' }] },
  ],
  ['--answer', ['--answer'], { actions: [{ kind: 'answer' }] }],
  ['--hangup', ['--hangup'], { actions: [{ kind: 'hangup' }] }],
  ['--minimized', ['--minimized'], { actions: [], minimized: true }],
  [
    'order is kept',
    ['--hangup', '--dial', '1001', '--answer'],
    {
      actions: [{ kind: 'hangup' }, { kind: 'dial', target: '1001' }, { kind: 'answer' }],
    },
  ],
  [
    'bare link (Linux %U)',
    ['tel:+12025550100'],
    { actions: [{ kind: 'dial', target: '+12025550100' }], refused: [] },
  ],
  [
    'link after sentinel (Windows "-- %1")',
    ['--', 'sip:alice@example.com'],
    {
      actions: [{ kind: 'dial', target: 'sip:alice@example.com' }],
    },
  ],
  [
    'Chromium switches are ignored',
    ['--allow-file-access-from-files', '--original-process-start-time=13371337', '--', 'tel:1001'],
    {
      actions: [{ kind: 'dial', target: '1001' }],
      refused: [],
    },
  ],
  [
    'unknown switches are ignored',
    ['--inspect=9229', '-psn_0_12345', '--no-sandbox'],
    { actions: [], refused: [] },
  ],
];

describe('parseArgv', () => {
  it.each(table)('%s', (_name, args, expected) => {
    expect(packaged(...args)).toMatchObject(expected);
  });

  it('skips the app path when unpackaged', () => {
    expect(parseArgv(['/usr/bin/electron', '.', '--dial', '1001'], { isPackaged: false })).toEqual({
      actions: [{ kind: 'dial', target: '1001' }],
      minimized: false,
      refused: [],
    });
    expect(
      parseArgv(['/usr/bin/electron', '--inspect', 'out/main/index.js', 'tel:1001'], {
        isPackaged: false,
      }).actions,
    ).toEqual([{ kind: 'dial', target: '1001' }]);
  });

  it("reads national numbers in the user's country when given one", () => {
    const inGermany = (...args: string[]) =>
      parseArgv([EXE, ...args], { isPackaged: true, defaultCountry: 'DE' }).actions;
    expect(inGermany('--dial', '030 1234567')).toEqual([{ kind: 'dial', target: '+49301234567' }]);
    expect(inGermany('tel:030-1234567')).toEqual([{ kind: 'dial', target: '+49301234567' }]);
    // Without a country the digits pass on; the dial field reads them in its country.
    expect(packaged('--dial', '030 1234567').actions).toEqual([
      { kind: 'dial', target: '0301234567' },
    ]);
  });

  it('does not skip the first positional when packaged', () => {
    expect(packaged('tel:1001').actions).toEqual([{ kind: 'dial', target: '1001' }]);
  });
});

type Hostile = [
  name: string,
  args: string[],
  refusedLike: RegExp,
  actions?: ParsedCommandLine['actions'],
];

const hostile: Hostile[] = [
  // CVE-2018-1000006: the link text closes the quote and adds switches. Whether the shell
  // split it or not, nothing may run and the link itself must be refused.
  ['link with switches in one token', ['--', 'tel:123" --gpu-launcher="calc" --x="'], /letters/],
  [
    'link followed by injected switch after sentinel',
    ['--', 'tel:1001', '--gpu-launcher=calc'],
    /Ignored argument "--gpu-launcher=calc"/,
    [{ kind: 'dial', target: '1001' }],
  ],
  ['sentinel protects --dial', ['--', '--dial', '+12025550100'], /Ignored argument "--dial"/],
  ['sentinel protects --answer', ['--', '--answer'], /Ignored argument "--answer"/, []],
  ['--dial with missing value', ['--dial'], /needs a number/],
  [
    '--dial must not swallow a switch',
    ['--dial', '--answer'],
    /needs a number/,
    [{ kind: 'answer' }],
  ],
  [
    '--dial must not swallow the sentinel',
    ['--dial', '--', 'tel:1001'],
    /needs a number/,
    [{ kind: 'dial', target: '1001' }],
  ],
  ['--dial with injection', ['--dial=123 --inspect=9229'], /letters/],
  ['--dial with newline', ['--dial', '123\n--inspect'], /control character/],
  ['--dial javascript', ['--dial', 'javascript:alert(1)'], /only tel:/],
  ['--answer with value', ['--answer=now'], /takes no value/],
  ['non-link positional', ['C:\\Windows\\System32\\calc.exe'], /only tel:/],
  ['file link', ['file:///etc/passwd'], /only tel:/],
  ['http link', ['https://evil.example/'], /only tel:/],
  ['RTL override link', ['tel:+1\u202e5550100'], /text-direction/],
  ['NUL in link', ['tel:1\u00002'], /control character/],
  ['quote link', ['tel:"1001"'], /not a phone number/],
  ['service code in link', ['tel:*72+12025550199'], /Service codes/],
  ['Replaces header', ['sip:alice@example.com?Replaces=abc'], /Replaces/],
  ['second link', ['tel:1001', 'tel:1002'], /only one number/, [{ kind: 'dial', target: '1001' }]],
  [
    'second dial',
    ['--dial', '1001', '--dial', '1002'],
    /only one number/,
    [{ kind: 'dial', target: '1001' }],
  ],
  ['huge argument', [`tel:${'9'.repeat(10_000)}`], /longer than 256/],
];

describe('parseArgv refuses hostile input', () => {
  it.each(hostile)('%s', (_name, args, refusedLike, actions = []) => {
    const parsed = packaged(...args);
    expect(parsed.actions).toEqual(actions);
    expect(parsed.refused.map((refusal) => refusal.reason).join('\n')).toMatch(refusedLike);
  });

  it('escapes untrusted text in refusals so logs stay one line', () => {
    const parsed = packaged('tel:1\n2\u202e');
    expect(parsed.refused).toHaveLength(1);
    expect(parsed.refused[0]?.reason).toContain('tel:1\\u{a}2\\u{202e}');
    expect(parsed.refused[0]?.reason).not.toMatch(/[\n\u202e]/);
  });

  it('truncates very long arguments in refusals', () => {
    const parsed = packaged(`tel:${'9'.repeat(10_000)}`);
    expect(parsed.refused[0]?.reason.length).toBeLessThan(200);
  });

  it('refuses with codes the page translates, the cause kept apart from the argument', () => {
    expect(packaged('--dial', 'javascript:alert(1)').refused[0]?.refusal).toEqual({
      code: 'dialIgnored',
      params: { value: 'javascript:alert(1)' },
      cause: { code: 'linkScheme' },
    });
    expect(packaged('--answer=now').refused[0]?.refusal).toEqual({
      code: 'switchValue',
      params: { name: '--answer', value: '--answer=now' },
    });
    expect(packaged('tel:1001', 'tel:1002').refused[0]?.refusal).toEqual({
      code: 'oneDialOnly',
      params: { value: 'tel:1002' },
    });
  });
});
