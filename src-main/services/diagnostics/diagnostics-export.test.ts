import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  defaultSettings,
  type DiagnosticsReport,
  type SipCredential,
} from '../../../src-preload/contract';
import { createLogger } from '../logging/logger';
import { heldSecrets } from '../../../src-preload/diagnostics';
import { PLANTED, PLANTED_SECRETS } from '../../../src-preload/diagnostics/testing/planted-secrets';
import { createDiagnosticsExporter, runtimeInfo } from './diagnostics-export';
import { readLogTails } from './log-tail';

const { password: PASSWORD, ha1: HA1, turn: TURN, digest: DIGEST } = PLANTED;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'softphone-diagnostics-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

function settingsWithTurn() {
  const settings = defaultSettings();
  settings.accounts = [
    {
      id: 'a1',
      servers: ['wss://pbx.example.com/ws'],
      domain: 'pbx.example.com',
      extension: '1001',
      iceServers: [{ urls: 'turn:turn.example.com', username: 'u', credential: TURN }],
      registerExpires: 600,
      dtmfMode: 'rfc2833',
    },
    {
      id: 'a2',
      servers: ['wss://pbx.example.com/ws'],
      domain: 'pbx.example.com',
      extension: '1002',
      iceServers: [],
      registerExpires: 600,
      dtmfMode: 'rfc2833',
    },
  ];
  return settings;
}

const credentials: Record<string, SipCredential> = {
  a1: { password: PASSWORD },
  a2: { ha1: HA1, realm: 'pbx.example.com' },
};

const report: DiagnosticsReport = {
  sipTrace: [
    `sent to wss://pbx.example.com/ws\r\nREGISTER sip:pbx.example.com SIP/2.0\r\nAuthorization: Digest username="1001", nonce="n", response="${DIGEST}"`,
    // A page that did not redact, or lies: main redacts again.
    `sent to wss://pbx.example.com/ws\r\nINVITE sip:1002@pbx.example.com SIP/2.0\r\nX-Debug: password=${PASSWORD}`,
  ],
  calls: [
    {
      id: 'c1',
      accountId: 'a1',
      direction: 'outgoing',
      startedAt: 1,
      endedAt: 5,
      outcome: 'answered',
      samples: 2,
      worstMos: 4.2,
      last: { mos: 4.3, rttMs: 10, bytesReceived: 100, bytesSent: 90, level: 'good' },
    },
  ],
  pageLog: [`warn something with ha1=${HA1}`],
  userAgent: 'Mozilla/5.0 Chrome/142.0.0.0',
};

function exporter(target: string | null, logFolder = join(dir, 'logs')) {
  const chooseSavePath = vi.fn(async () => target);
  const exportDiagnostics = createDiagnosticsExporter({
    version: '1.2.3',
    runtime: () => ({ electron: '39.1.0', chrome: '142.0.0.0', node: '22.0.0', os: 'Linux' }),
    settings: settingsWithTurn,
    credential: async (id) => credentials[id] ?? null,
    logs: () => readLogTails(logFolder),
    saveDialog: { chooseSavePath },
    now: () => new Date(2026, 11, 3, 8, 15).getTime(),
    log: { info: vi.fn() },
  });
  return { exportDiagnostics, chooseSavePath };
}

/** A log folder as electron-log leaves it, with secrets a careless caller logged in free text. */
function plantLogs(folder: string) {
  mkdirSync(folder, { recursive: true });
  const lines: string[] = [];
  const log = createLogger('test', (level, scope, message, details) =>
    lines.push(`[${level}] [${scope}] ${message} ${JSON.stringify(details ?? {})}`),
  );
  log.info('stored', { password: PASSWORD });
  writeFileSync(
    join(folder, 'main.log'),
    [...lines, `[info] free text quoting ${PASSWORD} and turn ${TURN}`].join('\n'),
  );
  writeFileSync(join(folder, 'main.old.log'), 'older line\n');
}

const unzip = (path: string) =>
  Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(readFileSync(path)))).map(([name, bytes]) => [
      name,
      strFromU8(bytes),
    ]),
  );

describe('diagnostics export in main', () => {
  it('writes one private zip with logs, trace, quality, settings and versions, and no secret', async () => {
    plantLogs(join(dir, 'logs'));
    const target = join(dir, 'out', 'diag.zip');
    const { exportDiagnostics, chooseSavePath } = exporter(target);

    expect(await exportDiagnostics(report)).toEqual({ status: 'saved', fileName: target });
    expect(chooseSavePath).toHaveBeenCalledWith(
      'softphone-diagnostics-2026-12-03-0815.zip',
      'diagnostics',
    );
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
    const files = unzip(target);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining([
        'summary.json',
        'settings.json',
        'call-quality.json',
        'sip-trace.txt',
        'logs/main.log',
        'logs/main.old.log',
        'logs/page.log',
      ]),
    );
    const summary = JSON.parse(files['summary.json']!);
    expect(summary.app).toEqual({ name: 'Softphone', version: '1.2.3', mode: 'desktop' });
    expect(summary.runtime).toMatchObject({
      electron: '39.1.0',
      chrome: '142.0.0.0',
      userAgent: 'Mozilla/5.0 Chrome/142.0.0.0',
    });
    expect(files['sip-trace.txt']).toContain('REGISTER sip:pbx.example.com SIP/2.0');
    expect(files['sip-trace.txt']).toContain('INVITE sip:1002@pbx.example.com SIP/2.0');
    expect(JSON.parse(files['call-quality.json']!)[0].last.mos).toBe(4.3);
    expect(files['logs/main.old.log']).toBe('older line\n');

    const everything = Object.values(files).join('\n');
    for (const secret of PLANTED_SECRETS) expect(everything).not.toContain(secret);
    // Planted for real: the log file on disk and the report carry them.
    const onDisk = readFileSync(join(dir, 'logs', 'main.log'), 'utf8');
    expect(onDisk).toContain(PASSWORD);
    expect(onDisk).toContain(TURN);
    expect(JSON.stringify(report)).toContain(DIGEST);
  });

  it('writes nothing when the user cancels the save dialog', async () => {
    const target = join(dir, 'diag.zip');
    const { exportDiagnostics } = exporter(null);
    expect(await exportDiagnostics(report)).toEqual({ status: 'cancelled' });
    expect(existsSync(target)).toBe(false);
  });

  it('exports without logs when the log folder does not exist yet', async () => {
    const target = join(dir, 'diag.zip');
    const { exportDiagnostics } = exporter(target, join(dir, 'missing'));
    await exportDiagnostics(report);
    expect(Object.keys(unzip(target)).filter((name) => name.startsWith('logs/'))).toEqual([
      'logs/page.log',
    ]);
  });
});

describe('heldSecrets', () => {
  it('lists passwords, HA1s and TURN credentials of lines and the profile', async () => {
    const settings = settingsWithTurn();
    settings.provisioning = {
      version: 1,
      provider: 'P',
      servers: ['wss://p.example.com'],
      domain: 'p.example.com',
      iceServers: [{ urls: 'turn:p', credential: 'profile-turn' }],
      featureCodes: {},
      extensions: [],
    };
    const secrets = await heldSecrets(settings, async (id) => credentials[id] ?? null);
    expect(secrets.sort()).toEqual([HA1, PASSWORD, TURN, 'profile-turn'].sort());
  });
});

describe('runtimeInfo', () => {
  it('names Node and the OS (Electron and Chrome only under Electron)', () => {
    const info = runtimeInfo({ ...process.versions, electron: '39.0.0', chrome: '142.0' });
    expect(info).toMatchObject({
      electron: '39.0.0',
      chrome: '142.0',
      node: process.versions.node,
    });
    expect(info.os).toMatch(/\S+ \S+ \(\S+\)/);
  });
});
