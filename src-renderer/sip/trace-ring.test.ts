import { describe, expect, it } from 'vitest';
import { TraceRing } from './trace-ring';

describe('TraceRing', () => {
  it('keeps the newest messages within its count and size', () => {
    const ring = new TraceRing(3, 1_000);
    for (const n of [1, 2, 3, 4]) ring.push(`message ${n}`);
    expect(ring.list()).toEqual(['message 2', 'message 3', 'message 4']);
    const small = new TraceRing(100, 20);
    for (const n of [1, 2, 3]) small.push(`0123456789 ${n}`);
    expect(small.list()).toEqual(['0123456789 3']);
  });

  it('holds no digest answer or password', () => {
    const ring = new TraceRing();
    ring.push(
      'REGISTER sip:pbx SIP/2.0\r\nAuthorization: Digest username="1001", response="abcdef0123"\r\n' +
        'X-Note: password=letmein\r\n',
    );
    const [entry] = ring.list();
    expect(entry).toContain('REGISTER sip:pbx SIP/2.0');
    expect(entry).not.toContain('abcdef0123');
    expect(entry).not.toContain('letmein');
  });
});
