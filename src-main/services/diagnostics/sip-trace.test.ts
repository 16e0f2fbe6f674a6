import { describe, expect, it } from 'vitest';
import { createLogger, memorySink } from '../logging/logger';
import { createSipTraceSink } from './sip-trace';

const register = [
  'REGISTER sip:softphone.test SIP/2.0',
  'Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK4711',
  'Authorization: Digest algorithm=MD5, username="1001", realm="softphone.test", nonce="abc", uri="sip:softphone.test", response="5f1a2b3c4d"',
  'Content-Length: 0',
].join('\r\n');

const invite = [
  'INVITE sip:1002@softphone.test SIP/2.0',
  'Proxy-Authorization: Basic MTAwMTpodW50ZXIy',
  'Content-Type: application/sdp',
  '',
  'a=ice-ufrag:Ufr4',
  'a=ice-pwd:icepw4ssw0rd',
].join('\r\n');

/** A logger that writes what it is given, as a sink other than createLogger's might. */
function rawLogger() {
  const lines: string[] = [];
  return { lines, info: (text: string) => void lines.push(text) };
}

describe('SIP trace sink', () => {
  it('writes nothing while the setting is off', () => {
    const sink = memorySink();
    createSipTraceSink(() => false, createLogger('sip', sink))(register);
    expect(sink.lines).toEqual([]);
  });

  it('writes the trace with the digest answer redacted while it is on', () => {
    const sink = memorySink();
    createSipTraceSink(() => true, createLogger('sip', sink))(register);
    expect(sink.lines.join('\n')).toContain('REGISTER sip:softphone.test');
    expect(sink.lines.join('\n')).toContain('Authorization: Digest [redacted]');
    expect(sink.lines.join('\n')).not.toContain('5f1a2b3c4d');
  });

  it('redacts with the logger rule itself, whatever logger it writes to', () => {
    const log = rawLogger();
    const trace = createSipTraceSink(() => true, log);
    trace(register);
    trace(invite);
    const written = log.lines.join('\n');
    expect(written).toContain('Via: SIP/2.0/WSS df7jal23ls0d.invalid;branch=z9hG4bK4711');
    expect(written).toContain('a=ice-ufrag:Ufr4');
    for (const secret of ['5f1a2b3c4d', 'MTAwMTpodW50ZXIy', 'icepw4ssw0rd'])
      expect(written).not.toContain(secret);
  });
});
