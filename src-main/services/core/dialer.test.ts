import { describe, expect, it } from 'vitest';
import type { DialRequest } from '../../../src-preload/contract';
import { refusalInEnglish, type Refusal } from '../../../src-preload/i18n/refusals';
import { createLogger, memorySink } from '../logging/logger';
import { createDialer, LINK_WINDOW_MS, MAX_LINK_DIALS, type DialAnswer } from './dialer';

interface Asked {
  display: string;
  offerAlways: boolean;
  aborted: () => boolean;
  answer(reply: DialAnswer): void;
}

/** A dialer over recording fakes; the dialog stays open until the test answers it. */
function setup(options: { confirm?: boolean; allowTel?: boolean; domains?: string[] } = {}) {
  const pushed: DialRequest[] = [];
  const refused: string[] = [];
  const refusals: Refusal[] = [];
  const asked: Asked[] = [];
  const state = { allowTel: options.allowTel ?? false, now: 0 };
  const dialer = createDialer({
    confirmBeforeDial: () => options.confirm ?? true,
    allowTelLinks: () => state.allowTel,
    rememberAllowTelLinks: () => void (state.allowTel = true),
    ownDomains: () => options.domains ?? ['pbx.example.com'],
    dialog: {
      confirmDial: (display, { offerAlways, signal }) =>
        new Promise<DialAnswer>((resolve) => {
          // Like Electron's message box: aborting closes it as if cancelled.
          signal.addEventListener('abort', () => resolve('cancel'));
          asked.push({ display, offerAlways, aborted: () => signal.aborted, answer: resolve });
        }),
    },
    push: (request) => void pushed.push(request),
    refuse: (refusal) => {
      refusals.push(refusal);
      refused.push(refusalInEnglish(refusal));
    },
    log: createLogger('dialer', memorySink()),
    now: () => state.now,
  });
  const tick = () => new Promise((resolve) => setTimeout(resolve, 0));
  return { dialer, pushed, refused, refusals, asked, state, tick };
}

describe('dialer: asking before a link dials', () => {
  it('asks by default, offers "always" for a tel: link only, and dials on "call"', async () => {
    const t = setup();
    t.dialer.dialLink('tel:+1 202 555 0100');
    expect(t.pushed).toEqual([]);
    expect(t.asked).toMatchObject([{ display: '+1 202 555 0100', offerAlways: true }]);
    t.asked[0]?.answer('call');
    await t.dialer.idle();
    expect(t.pushed).toEqual([{ target: '+12025550100', source: 'link' }]);
    expect(t.state.allowTel).toBe(false);

    t.dialer.dialLink('sip:alice@example.com');
    expect(t.asked[1]).toMatchObject({ display: 'alice@example.com', offerAlways: false });
    t.asked[1]?.answer('cancel');
    await t.dialer.idle();
    expect(t.pushed).toHaveLength(1);
  });

  it('remembers "always allow for tel: links" and then dials tel: links without asking', async () => {
    const t = setup();
    t.dialer.dialLink('tel:1005');
    t.asked[0]?.answer('always');
    await t.dialer.idle();
    expect(t.state.allowTel).toBe(true);
    t.dialer.dialLink('tel:1006');
    t.dialer.dial({ target: '1007', display: '1007' }, 'command-line');
    expect(t.asked).toHaveLength(1);
    expect(t.pushed.map((p) => p.target)).toEqual(['1005', '1006', '1007']);
    // A SIP link and the selection hotkey are still asked about.
    t.state.now = LINK_WINDOW_MS;
    t.dialer.dialLink('sip:alice@example.com');
    t.asked[1]?.answer('always');
    await t.dialer.idle();
    t.dialer.dial({ target: '1008', display: '1008' }, 'hotkey');
    expect(t.asked.map((a) => a.display)).toEqual(['1005', 'alice@example.com', '1008']);
    expect(t.asked[2]?.offerAlways).toBe(false);
  });

  it('does not ask for tray clicks, nor at all when the user turned it off', () => {
    const t = setup({ confirm: false });
    t.dialer.dialLink('tel:1005');
    const u = setup();
    u.dialer.dial({ target: '1006', display: '1006' }, 'tray');
    expect(t.asked).toEqual([]);
    expect(u.asked).toEqual([]);
    expect([...t.pushed, ...u.pushed].map((p) => p.target)).toEqual(['1005', '1006']);
  });

  it('lets the newest link of a burst win: one question on screen, the older ones dropped', async () => {
    const t = setup();
    t.dialer.dialLink('tel:1001');
    t.dialer.dialLink('tel:1002');
    t.dialer.dialLink('tel:1003');
    // The first question was closed for the newer link; the one in between is never asked.
    expect(t.asked[0]?.aborted()).toBe(true);
    await t.tick();
    expect(t.asked.map((a) => a.display)).toEqual(['1001', '1003']);
    t.asked[1]?.answer('call');
    await t.dialer.idle();
    expect(t.pushed).toEqual([{ target: '1003', source: 'link' }]);
  });

  it('ignores the answer to a question a newer link replaced', async () => {
    const t = setup();
    t.dialer.dialLink('tel:1001');
    await t.tick();
    expect(t.asked).toHaveLength(1);
    t.dialer.dialLink('tel:1002');
    t.asked[0]?.answer('call'); // too late: it was aborted first
    await t.tick();
    expect(t.asked.map((a) => a.display)).toEqual(['1001', '1002']);
    t.asked[1]?.answer('call');
    await t.dialer.idle();
    expect(t.pushed).toEqual([{ target: '1002', source: 'link' }]);
  });
});

describe('dialer: rate limit for other apps', () => {
  it(`dials at most ${MAX_LINK_DIALS} links per 10 s, tells the user once why, then allows again`, () => {
    const t = setup({ confirm: false });
    for (let i = 0; i < MAX_LINK_DIALS + 3; i += 1) t.dialer.dialLink(`tel:100${i}`);
    expect(t.pushed).toHaveLength(MAX_LINK_DIALS);
    expect(t.refused).toHaveLength(1);
    expect(t.refused[0]).toMatch(/more than 3 times within 10 seconds/);
    expect(t.refusals[0]).toEqual({ code: 'tooManyLinks', params: { max: 3, seconds: 10 } });
    t.state.now = LINK_WINDOW_MS;
    t.dialer.dial({ target: '1009', display: '1009' }, 'command-line');
    expect(t.pushed.at(-1)).toEqual({ target: '1009', source: 'command-line' });
  });

  it('does not count the user’s own dials (hotkey, tray)', () => {
    const t = setup({ confirm: false });
    for (let i = 0; i < 10; i += 1) t.dialer.dial({ target: `10${i}`, display: '' }, 'tray');
    t.dialer.dialLink('tel:1005');
    expect(t.pushed).toHaveLength(11);
    expect(t.refused).toEqual([]);
  });
});

describe('dialer: SIP hosts', () => {
  it.each([
    'sip:alice@127.0.0.1',
    'sip:alice@localhost',
    'sip:alice@169.254.169.254',
    'sip:alice@192.168.1.20:5060',
    'sips:alice@[::1]',
    'sip:alice@[fe80::1]',
  ])('refuses %s from a link, with the reason, and never asks', (link) => {
    const t = setup({ confirm: false });
    t.dialer.dialLink(link);
    expect(t.pushed).toEqual([]);
    expect(t.refused[0]).toMatch(/^This SIP link points at /);
    expect(t.refusals[0]?.code).toMatch(/^host[A-Z]/);
  });

  it('refuses a host with its kind and the host as codes, and a bad link with the parser’s code', () => {
    const t = setup({ confirm: false });
    t.dialer.dialLink('sip:alice@localhost');
    t.dialer.dialLink('sip:alice@10.1.2.3');
    t.dialer.dialLink('tel:1-800-PIZZA');
    expect(t.refusals).toEqual([
      { code: 'hostLocalhost', params: { host: 'localhost' } },
      { code: 'hostPrivate', params: { host: '10.1.2.3' } },
      { code: 'numberLetters' },
    ]);
  });

  it("allows a local host that is a line's own SIP domain, and any host the user clicked in the tray", () => {
    const t = setup({ confirm: false, domains: ['192.168.1.20'] });
    t.dialer.dialLink('sip:1001@192.168.1.20');
    t.dialer.dial({ target: 'sip:1002@10.0.0.1', display: '' }, 'tray');
    t.dialer.dial({ target: 'sip:1003@10.0.0.1', display: '' }, 'hotkey');
    expect(t.pushed.map((p) => p.target)).toEqual(['sip:1001@192.168.1.20', 'sip:1002@10.0.0.1']);
    expect(t.refused).toHaveLength(1);
  });
});
