import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultSettings, type CallQualityRecord } from '../contract';
import {
  DIAGNOSTICS_FILES,
  diagnosticsFileName,
  diagnosticsFiles,
  diagnosticsZip,
  type DiagnosticsInput,
} from './bundle';
import { PLANTED, PLANTED_SECRETS } from './testing/planted-secrets';

const { password: PASSWORD, digest: DIGEST, turn: TURN, ha1: HA1 } = PLANTED;

const REGISTER = [
  'sent to wss://pbx.example.com/ws',
  'REGISTER sip:pbx.example.com SIP/2.0',
  'Via: SIP/2.0/WSS abc.invalid;branch=z9hG4bK1',
  'Authorization: Digest algorithm=MD5, username="1001", realm="pbx.example.com", ' +
    `nonce="abc123", uri="sip:pbx.example.com", response="${DIGEST}", qop=auth, nc=00000001`,
  'Content-Length: 0',
].join('\r\n');
const INVITE_PROXY = [
  'sent to wss://pbx.example.com/ws',
  'INVITE sip:1002@pbx.example.com SIP/2.0',
  `Proxy-Authorization: Digest username="1001", nonce="n1", response="${DIGEST}"`,
].join('\r\n');

const call: CallQualityRecord = {
  id: 'call-1',
  accountId: 'line-1',
  direction: 'outgoing',
  startedAt: 1_000,
  answeredAt: 2_000,
  endedAt: 9_000,
  outcome: 'answered',
  samples: 3,
  worstMos: 4.1,
  last: {
    rttMs: 12,
    jitterMs: 1.5,
    lossPercent: 0,
    mos: 4.3,
    bytesReceived: 900,
    bytesSent: 800,
    level: 'good',
  },
};

function plantedInput(): DiagnosticsInput {
  const settings = defaultSettings();
  settings.accounts = [
    {
      id: 'line-1',
      servers: ['wss://pbx.example.com/ws'],
      domain: 'pbx.example.com',
      extension: '1001',
      iceServers: [{ urls: 'turn:turn.example.com', username: 'turnuser', credential: TURN }],
      registerExpires: 600,
      dtmfMode: 'rfc2833',
    },
  ];
  return {
    createdAt: Date.UTC(2026, 11, 3, 8, 15),
    app: { name: 'Softphone', version: '1.2.3', mode: 'desktop' },
    runtime: { electron: '39.0.0', chrome: '142.0.0.0', node: '22.20.0', os: 'Linux 6.1 x64' },
    settings,
    logs: [
      {
        name: 'main.log',
        text: [
          `[info] [secrets] stored {"password":"${PASSWORD}"}`,
          `[warn] [sip] retry sip:1001:${PASSWORD}@pbx.example.com`,
          `[info] [settings] ice {"credential":"${TURN}"}`,
          `[info] [secrets] ha1=${HA1}`,
        ].join('\n'),
      },
    ],
    sipTrace: [REGISTER, INVITE_PROXY],
    calls: [call],
  };
}

const unzip = (zip: Uint8Array) =>
  Object.fromEntries(
    Object.entries(unzipSync(zip)).map(([name, bytes]) => [name, strFromU8(bytes)]),
  );

describe('diagnosticsZip', () => {
  it('holds the summary, settings, call quality, SIP trace and logs', () => {
    const files = unzip(diagnosticsZip(plantedInput()));
    expect(Object.keys(files).sort()).toEqual(
      [
        DIAGNOSTICS_FILES.calls,
        DIAGNOSTICS_FILES.settings,
        DIAGNOSTICS_FILES.sipTrace,
        DIAGNOSTICS_FILES.summary,
        'logs/main.log',
      ].sort(),
    );
    const summary = JSON.parse(files[DIAGNOSTICS_FILES.summary]!);
    expect(summary.app).toEqual({ name: 'Softphone', version: '1.2.3', mode: 'desktop' });
    expect(summary.runtime).toMatchObject({ electron: '39.0.0', chrome: '142.0.0.0' });
    expect(JSON.parse(files[DIAGNOSTICS_FILES.calls]!)).toEqual([call]);
    const trace = files[DIAGNOSTICS_FILES.sipTrace]!;
    expect(trace).toContain('REGISTER sip:pbx.example.com SIP/2.0');
    expect(trace).toContain('INVITE sip:1002@pbx.example.com SIP/2.0');
    // The scheme stays readable; the digest answer is gone.
    expect(trace).toContain('Authorization: Digest [redacted]');
    const settings = JSON.parse(files[DIAGNOSTICS_FILES.settings]!);
    expect(settings.accounts[0].extension).toBe('1001');
    expect(settings.accounts[0].iceServers[0].credential).toBe('[redacted]');
  });

  it('carries no password, digest answer, HA1 or TURN credential planted in logs, trace and settings', () => {
    const zip = diagnosticsZip(plantedInput());
    const everything = Object.values(unzip(zip)).join('\n');
    for (const secret of PLANTED_SECRETS) expect(everything).not.toContain(secret);
    // The planting worked: the raw input holds every one (so this test fails without redaction).
    const raw = JSON.stringify(plantedInput());
    for (const secret of PLANTED_SECRETS) expect(raw).toContain(secret);
  });

  it('removes known secret values wherever they hide', () => {
    const input = plantedInput();
    input.logs = [{ name: 'main.log', text: `odd line: the phrase ${PASSWORD} in free text` }];
    expect(diagnosticsFiles(input)['logs/main.log']).toContain(PASSWORD);
    const files = diagnosticsFiles({ ...input, knownSecrets: [PASSWORD, 'ab'] });
    expect(files['logs/main.log']).toBe('odd line: the phrase [redacted] in free text');
  });

  it('keeps log names inside logs/', () => {
    const files = diagnosticsFiles({
      ...plantedInput(),
      logs: [{ name: '../../etc/x y.log', text: 'a' }],
    });
    expect(files['logs/x_y.log']).toBe('a');
  });
});

describe('diagnosticsFileName', () => {
  it('names the local date and time', () => {
    expect(diagnosticsFileName(new Date(2026, 0, 5, 7, 3).getTime())).toBe(
      'softphone-diagnostics-2026-01-05-0703.zip',
    );
  });
});
