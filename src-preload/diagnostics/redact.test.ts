import { describe, expect, it } from 'vitest';
import { isSecretKey, REDACTED, redactDetails, redactText } from './redact';

const R = REDACTED;

/** Input → what the log gets, and the secret that must not survive. */
const secrets: ReadonlyArray<readonly [input: string, output: string, secret: string]> = [
  ['password=hunter2&x=1', `password=${R}&x=1`, 'hunter2'],
  ['passwd: hunter2', `passwd: ${R}`, 'hunter2'],
  ['secret: "s3cr3t value"', `secret: "${R}"`, 's3cr3t'],
  // JSON in a string, pretty JSON, and JSON inside a JSON string.
  ['{"password":"x-pw","user":"1001"}', `{"password":"${R}","user":"1001"}`, 'x-pw'],
  ['{ "password": "x-pw" }', `{ "password": "${R}" }`, 'x-pw'],
  ['"{\\"password\\":\\"x-pw\\"}"', `"{\\"password\\":\\"${R}\\"}"`, 'x-pw'],
  // URL user-info.
  ['wss://1001:pw-in-url@pbx.example.com/ws', `wss://1001:${R}@pbx.example.com/ws`, 'pw-in-url'],
  ['<sip:1001:pw-in-url@pbx.example.com>', `<sip:1001:${R}@pbx.example.com>`, 'pw-in-url'],
  ['ha1=5ebe2294ecd0e0f08eab7690d2a6ee69, realm=x', `ha1=${R}, realm=x`, '5ebe2294ecd0e0f08e'],
  ['credential: turn-cred', `credential: ${R}`, 'turn-cred'],
  [
    '{"urls":"turn:turn.example.com","credential":"turn-cred"}',
    `{"urls":"turn:turn.example.com","credential":"${R}"}`,
    'turn-cred',
  ],
  // Authorization headers keep their scheme and lose the rest of the line.
  [
    'Authorization: Digest username="1001", response="0a1b2c"\r\nContent-Length: 0',
    `Authorization: Digest ${R}\r\nContent-Length: 0`,
    '0a1b2c',
  ],
  [
    'Proxy-Authorization: Digest realm="x", response="deadbeef"',
    `Proxy-Authorization: Digest ${R}`,
    'deadbeef',
  ],
  ['Authorization: Basic MTAwMTpodW50ZXIy', `Authorization: Basic ${R}`, 'MTAwMTpodW50ZXIy'],
  ['authorization: Bearer eyJhbGciOi.x.y', `authorization: Bearer ${R}`, 'eyJhbGciOi'],
  ['{"authorization":"Basic MTAwMTpodW50ZXIy"}', `{"authorization":"${R}"}`, 'MTAwMTpodW50ZXIy'],
  // Keys named pwd, pin, key, token, in any case and as a word of a longer name.
  ['pwd=hunter2', `pwd=${R}`, 'hunter2'],
  ['PIN: 4711', `PIN: ${R}`, '4711'],
  ['voicemail pin=4711', `voicemail pin=${R}`, '4711'],
  ['key=k-abc', `key=${R}`, 'k-abc'],
  ['{"apiKey":"k-abc"}', `{"apiKey":"${R}"}`, 'k-abc'],
  ['api_key=k-abc', `api_key=${R}`, 'k-abc'],
  ['X-Api-Key: k-abc', `X-Api-Key: ${R}`, 'k-abc'],
  ['TOKEN=t-abc', `TOKEN=${R}`, 't-abc'],
  ['accessToken: t-abc', `accessToken: ${R}`, 't-abc'],
  // Digest answers, quoted or not, and the server's.
  ['response=abc123, nonce="n1"', `response=${R}, nonce="n1"`, 'abc123'],
  ['realm="x", response="deadbeef"', `realm="x", response="${R}"`, 'deadbeef'],
  ['Authentication-Info: rspauth="feedface"', `Authentication-Info: rspauth="${R}"`, 'feedface'],
  // The ICE password in a traced SDP.
  ['a=ice-ufrag:Ufr4\r\na=ice-pwd:icepw4ssw0rd', `a=ice-ufrag:Ufr4\r\na=ice-pwd:${R}`, 'icepw4s'],
];

/** Text that must come out exactly as it went in. */
const harmless = [
  'Registered 1001 at softphone.test',
  'REGISTER sip:softphone.test SIP/2.0',
  'Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK4711',
  'From: "Alice" <sip:1001@softphone.test>;tag=abc',
  'Contact: <sip:1001@df7jal23ls0d.invalid;transport=ws>;expires=600',
  'WWW-Authenticate: Digest realm="softphone.test", nonce="abc", qop="auth"',
  'url=wss://pbx.example.com:8089/ws, server: wss://[2001:db8::1]:8089/ws',
  'sip:1001@[2001:db8::1]:5060',
  'hotkey: Ctrl+Shift+A, monkey=banana, keyboard: us, spin=3',
  'response: 200 OK',
  'expires=3600; reason: 486 Busy Here',
  'a=fingerprint:sha-256 AB:CD:EF',
  'at 12:30:45 the call ended',
];

describe('redactText', () => {
  it.each(secrets)('%j', (input, expected, secret) => {
    const output = redactText(input);
    expect(output).toBe(expected);
    expect(output).not.toContain(secret);
  });

  it.each(harmless)('leaves %s alone', (text) => {
    expect(redactText(text)).toBe(text);
  });

  it('is idempotent, so a line redacted twice reads the same', () => {
    for (const [, expected] of secrets) expect(redactText(expected)).toBe(expected);
  });

  it('takes linear time on a 100 KB header and a long run of colons', () => {
    const started = performance.now();
    redactText(`X-Long: ${'a'.repeat(100_000)}`);
    redactText('a:'.repeat(50_000));
    redactText(`password${'='.repeat(1)}${'b'.repeat(100_000)}`);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('isSecretKey', () => {
  it.each([
    'password',
    'sipPassword',
    'PASSWD',
    'pwd',
    'pass',
    'secret',
    'clientSecret',
    'token',
    'accessToken',
    'refresh_token',
    'credential',
    'turnCredentials',
    'ha1',
    'Authorization',
    'proxy-authorization',
    'key',
    'apiKey',
    'APIKEY',
    'api_key',
    'pin',
    'voicemailPin',
  ])('%s is a secret', (key) => {
    expect(isSecretKey(key)).toBe(true);
  });

  it.each(['extension', 'username', 'hotkey', 'hotkeys', 'keyboard', 'monkey', 'spin', 'url'])(
    '%s is not',
    (key) => {
      expect(isSecretKey(key)).toBe(false);
    },
  );
});

describe('redactDetails', () => {
  it('replaces secret-named fields at any depth and redacts secret text in the rest', () => {
    const details = {
      account: { extension: '1001', password: 'hunter2', nested: [{ accessToken: 'abc' }] },
      turn: { urls: 'turn:turn.example.com', username: 'u1', credential: 'turn-cred' },
      headers: { Authorization: 'Basic MTAwMTpodW50ZXIy' },
      body: '{"pin":"4711"}',
      error: new Error('connect to wss://1001:pw-in-url@pbx.example.com failed'),
    };
    const out = JSON.stringify(redactDetails(details));
    for (const secret of ['hunter2', 'abc', 'turn-cred', 'MTAwMTpodW50ZXIy', '4711', 'pw-in-url'])
      expect(out).not.toContain(secret);
    expect(out).toContain('1001');
    expect(out).toContain('turn:turn.example.com');
  });
});
