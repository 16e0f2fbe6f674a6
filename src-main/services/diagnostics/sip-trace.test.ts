import { describe, expect, it } from 'vitest';
import { createLogger, memorySink } from '../logging/logger';
import { createSipTraceSink } from './sip-trace';

const register = [
  'REGISTER sip:softphone.test SIP/2.0',
  'Authorization: Digest algorithm=MD5, username="1001", realm="softphone.test", nonce="abc", uri="sip:softphone.test", response="5f1a2b3c4d"',
  'Content-Length: 0',
].join('\r\n');

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
    expect(sink.lines.join('\n')).not.toContain('5f1a2b3c4d');
  });
});
