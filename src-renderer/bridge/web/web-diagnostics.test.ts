import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../../src-preload/contract';
import { PLANTED } from '../../../src-preload/diagnostics/testing/planted-secrets';
import { browserRuntime, webDiagnostics } from './web-diagnostics';

const navigator = {
  userAgent: 'Mozilla/5.0 (X11; Linux x86_64) Chrome/142.0.7444.59 Safari/537.36',
  platform: 'Linux x86_64',
} as Navigator;

describe('webDiagnostics', () => {
  it('names Chrome and the OS from what the page can see', () => {
    expect(browserRuntime(navigator)).toMatchObject({
      chrome: '142.0.7444.59',
      os: 'Linux x86_64',
    });
  });

  it('zips the report without the password this tab holds, wherever it appears', async () => {
    const settings = defaultSettings();
    settings.accounts = [
      {
        id: 'a1',
        servers: ['wss://pbx.example.com/ws'],
        domain: 'pbx.example.com',
        extension: '1001',
        iceServers: [],
        registerExpires: 600,
        dtmfMode: 'rfc2833',
      },
    ];
    const { bytes, fileName } = await webDiagnostics({
      report: {
        sipTrace: ['REGISTER sip:pbx.example.com SIP/2.0'],
        calls: [],
        pageLog: [`warn sign-in failed for ${PLANTED.password} (odd place)`],
      },
      settings,
      credential: async () => ({ password: PLANTED.password }),
      version: '0.1.0',
      navigator,
      now: Date.UTC(2026, 11, 3),
    });
    expect(fileName).toMatch(/^softphone-diagnostics-.+\.zip$/);
    const files = Object.fromEntries(
      Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]),
    );
    expect(files['logs/page.log']).toBe('warn sign-in failed for [redacted] (odd place)');
    expect(files['sip-trace.txt']).toContain('REGISTER sip:pbx.example.com');
    expect(JSON.parse(files['summary.json']!).app).toMatchObject({ mode: 'web', version: '0.1.0' });
    expect(Object.values(files).join('\n')).not.toContain(PLANTED.password);
  });
});
