import JsSIP from 'jssip';
import RequestSender from 'jssip/lib/RequestSender';
import { OutgoingRequest as JsSipOutgoingRequest } from 'jssip/lib/SIPMessage';
import type { UA, UAConfiguration } from 'jssip/lib/UA';
import { calculateMD5 as md5 } from 'jssip/lib/Utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { installDigestGuard, refusal, type Challenge } from './digest-guard';
import { loadJsSip } from './jssip-runtime';

/** JsSIP's typings give OutgoingRequest no constructor arguments; lib/SIPMessage.js takes these. */
const OutgoingRequest = JsSipOutgoingRequest as unknown as new (
  method: string,
  ruri: unknown,
  ua: UA,
  params: { to_tag?: string; call_id?: string; cseq?: number },
) => object;

describe('refusal', () => {
  const base: Challenge = {
    method: 'INVITE',
    inDialog: false,
    afterProvisional: false,
    realm: 'pbx.test',
    pinnedRealm: 'pbx.test',
    domain: 'pbx.test',
  };

  it('answers the PBX challenging a request outside a dialog in its realm', () => {
    expect(refusal(base)).toBeNull();
    expect(refusal({ ...base, method: 'MESSAGE', pinnedRealm: null })).toBeNull();
  });

  it('never answers inside a dialog, whatever the realm', () => {
    for (const method of ['BYE', 'INVITE', 'REFER', 'UPDATE', 'INFO']) {
      expect(refusal({ ...base, method, inDialog: true })).toBe('in-dialog');
      expect(refusal({ ...base, method, inDialog: true, pinnedRealm: null })).toBe('in-dialog');
    }
  });

  it('refuses a challenge that came after the proxy’s provisional response', () => {
    expect(refusal({ ...base, afterProvisional: true })).toBe('beyond-first-hop');
  });

  it('refuses a foreign realm, with and without a realm from the registrar', () => {
    expect(refusal({ ...base, realm: 'evil.example' })).toBe('foreign-realm');
    expect(refusal({ ...base, realm: undefined })).toBe('foreign-realm');
    expect(refusal({ ...base, realm: 'evil.example', pinnedRealm: null })).toBe('foreign-realm');
  });

  it('lets the registrar name the realm before any is pinned, and only that one after', () => {
    expect(
      refusal({ ...base, method: 'REGISTER', realm: 'asterisk', pinnedRealm: null }),
    ).toBeNull();
    expect(refusal({ ...base, method: 'REGISTER', realm: 'asterisk' })).toBe('foreign-realm');
  });
});

/** A JsSIP Socket (its documented interface) that keeps what JsSIP sends and replays answers. */
function scriptedSocket() {
  const sent: string[] = [];
  const socket = {
    url: 'wss://pbx.test/ws',
    via_transport: 'WSS',
    sip_uri: 'sip:pbx.test;transport=ws',
    sent,
    connect: () => queueMicrotask(() => socket.onconnect()),
    disconnect: () => undefined,
    send: (message: string) => {
      sent.push(message);
      return true;
    },
    isConnected: () => true,
    isConnecting: () => false,
    onconnect: () => undefined,
    ondisconnect: (_error: boolean, _code?: number, _reason?: string) => undefined,
    ondata: (_data: unknown) => undefined,
  };
  return socket;
}
type ScriptedSocket = ReturnType<typeof scriptedSocket>;

/** A response to `request` as the far end or the PBX would write it. */
function answer(request: string, status: string, headers: string[] = []): string {
  const copied = request
    .split('\r\n')
    .filter((line) => /^(Via|From|To|Call-ID|CSeq):/i.test(line))
    .map((line) => (/^To:/i.test(line) && !/;tag=/.test(line) ? `${line};tag=pbx` : line));
  return [`SIP/2.0 ${status}`, ...copied, ...headers, 'Content-Length: 0', '', ''].join('\r\n');
}

const challenge = (kind: 'WWW' | 'Proxy', realm: string, nonce = 'n0nce') =>
  `${kind}-Authenticate: Digest realm="${realm}", nonce="${nonce}", algorithm=MD5`;

const authorization = (message: string) => /^(?:Proxy-)?Authorization: (.*)$/im.exec(message)?.[1];

const uas: UA[] = [];

function startUa(credential: Partial<UAConfiguration>, socket: ScriptedSocket) {
  const ua = new JsSIP.UA({
    sockets: [socket as never],
    uri: 'sip:1001@pbx.test',
    authorization_user: '1001',
    register: false,
    ...credential,
  });
  uas.push(ua);
  ua.start();
  return ua;
}

async function until(check: () => boolean) {
  for (let i = 0; i < 50 && !check(); i++) await new Promise((r) => setTimeout(r, 2));
  expect(check()).toBe(true);
}

/** Sends `method` through JsSIP's own RequestSender, in a dialog when `toTag` is given. */
function send(ua: UA, method: string, options: { toTag?: string } = {}) {
  const responses: number[] = [];
  const request = new OutgoingRequest(method, JsSIP.URI.parse('sip:1002@pbx.test'), ua, {
    to_tag: options.toTag,
    call_id: `call-${method}-${uas.length}`,
    cseq: 7,
  });
  const Sender = RequestSender as unknown as new (
    ua: UA,
    request: unknown,
    handlers: object,
  ) => { send(): void };
  new Sender(ua, request, {
    onReceiveResponse: (response: { status_code: number }) => responses.push(response.status_code),
  }).send();
  return responses;
}

const lastOf = (socket: ScriptedSocket, method: string) =>
  socket.sent.filter((message) => message.startsWith(`${method} `)).at(-1) ?? '';

describe('the digest guard on a real JsSIP UA', () => {
  const warnings: string[] = [];
  beforeAll(async () => {
    await loadJsSip();
    installDigestGuard((message) => warnings.push(message));
  });
  afterEach(() => {
    for (const ua of uas.splice(0)) ua.stop();
    warnings.length = 0;
  });

  async function registered(credential: Partial<UAConfiguration>, realm: string | null) {
    const socket = scriptedSocket();
    const ua = startUa({ ...credential, register: true }, socket);
    await until(() => socket.sent.length === 1);
    if (realm) {
      socket.ondata(answer(socket.sent[0]!, '401 Unauthorized', [challenge('WWW', realm)]));
      await until(() => socket.sent.length === 2);
    }
    const register = socket.sent.at(-1)!;
    // JsSIP counts a 200 only when it names its own Contact.
    const contact = /^Contact: .*$/im.exec(register)?.[0] ?? '';
    socket.ondata(answer(register, '200 OK', [`${contact};expires=600`]));
    await until(() => ua.isRegistered());
    socket.sent.length = 0;
    return { ua, socket };
  }

  it.each([
    ['a challenging registrar', 'pbx.test'],
    ['a registrar that never challenges', null],
  ])(
    'with %s, the far end challenging a BYE gets no credentials in any realm',
    async (_, realm) => {
      for (const [kind, farRealm] of [
        ['Proxy', 'pbx.test'],
        ['WWW', 'pbx.test'],
        ['Proxy', 'evil.example'],
      ] as const) {
        const { ua, socket } = await registered({ password: 'pw' }, realm);
        const responses = send(ua, 'BYE', { toTag: 'far' });
        await until(() => socket.sent.length === 1);
        const status = kind === 'Proxy' ? '407 Proxy Authentication Required' : '401 Unauthorized';
        socket.ondata(answer(socket.sent[0]!, status, [challenge(kind, farRealm)]));
        await until(() => responses.length === 1);
        expect(socket.sent.map((m) => authorization(m))).toEqual([undefined]);
        expect(responses).toEqual([kind === 'Proxy' ? 407 : 401]);
        ua.stop();
      }
      expect(warnings.join('\n')).toMatch(/BYE challenged \((401|407)\) and not answered/);
    },
  );

  it('answers the PBX challenging an INVITE in its realm, not after its 100 Trying', async () => {
    const { ua, socket } = await registered({ password: 'pw' }, 'pbx.test');
    send(ua, 'INVITE');
    await until(() => socket.sent.length === 1);
    socket.ondata(
      answer(socket.sent[0]!, '407 Proxy Authentication Required', [
        challenge('Proxy', 'pbx.test'),
      ]),
    );
    await until(() => lastOf(socket, 'INVITE') !== socket.sent[0]);
    expect(authorization(lastOf(socket, 'INVITE'))).toMatch(/realm="pbx.test"/);

    const second = scriptedSocket();
    const other = startUa({ password: 'pw' }, second);
    await until(() => other.isConnected());
    const responses = send(other, 'INVITE');
    await until(() => second.sent.length === 1);
    second.ondata(answer(second.sent[0]!, '100 Trying'));
    second.ondata(
      answer(second.sent[0]!, '407 Proxy Authentication Required', [
        challenge('Proxy', 'pbx.test'),
      ]),
    );
    await until(() => responses.includes(407));
    expect(second.sent.filter((m) => m.startsWith('INVITE ')).map((m) => authorization(m))).toEqual(
      [undefined],
    );
  });

  it('refuses a foreign realm outside a dialog even while JsSIP still holds the password', async () => {
    const { ua, socket } = await registered({ password: 'pw' }, null);
    const responses = send(ua, 'MESSAGE');
    await until(() => socket.sent.length === 1);
    socket.ondata(
      answer(socket.sent[0]!, '407 Proxy Authentication Required', [
        challenge('Proxy', 'evil.example'),
      ]),
    );
    await until(() => responses.length === 1);
    expect(socket.sent).toHaveLength(1);
    expect(warnings.join('\n')).toMatch(/MESSAGE challenged \(407\) and not answered: its realm/);
  });

  it('with only the HA1, registers with the very digest the password gives', async () => {
    const ha1 = md5('1001:pbx.test:pw');
    const socket = scriptedSocket();
    const ua = startUa({ ha1, realm: 'pbx.test', register: true }, socket);
    await until(() => socket.sent.length === 1);
    socket.ondata(
      answer(socket.sent[0]!, '401 Unauthorized', [challenge('WWW', 'pbx.test', 'abc')]),
    );
    await until(() => socket.sent.length === 2);
    const expected = md5(`${ha1}:abc:${md5('REGISTER:sip:pbx.test')}`);
    expect(authorization(socket.sent[1]!)).toContain(`response="${expected}"`);
    expect(ua.get('realm')).toBe('pbx.test');
  });

  it('relies on JsSIP internals that still exist in the installed version', async () => {
    // If JsSIP renames these, the guard would read undefined and refuse or allow blindly: fail here.
    const { ua } = await registered({ password: 'pw' }, 'pbx.test');
    const Sender = RequestSender as unknown as new (
      ua: UA,
      request: unknown,
      handlers: object,
    ) => Record<string, unknown>;
    const request = new OutgoingRequest('BYE', JsSIP.URI.parse('sip:1002@pbx.test'), ua, {
      to_tag: 't',
    } as never);
    const sender = new Sender(ua, request, {});
    expect(sender._ua).toBe(ua);
    expect(sender._method).toBe('BYE');
    expect(
      (sender._request as { to: { getParam(name: string): unknown } }).to.getParam('tag'),
    ).toBe('t');
    expect(typeof (sender._eventHandlers as Record<string, unknown>).onReceiveResponse).toBe(
      'function',
    );
    const config = (ua as unknown as { configuration: { realm: unknown; uri: { host: unknown } } })
      .configuration;
    expect(config.realm).toBe('pbx.test');
    expect(config.uri.host).toBe('pbx.test');
  });
});
