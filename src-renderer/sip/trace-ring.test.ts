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

describe('TraceRing: redaction off the message path', () => {
  it('redacts when the page is idle, not while the message is handled', () => {
    const idle: Array<() => void> = [];
    const ring = new TraceRing(10, 10_000, (task) => idle.push(task));
    ring.push('INVITE sip:1002@pbx SIP/2.0\r\nAuthorization: Digest response="abcdef0123"\r\n');
    ring.push('ACK sip:1002@pbx SIP/2.0\r\n');
    expect(idle).toHaveLength(1); // one idle task for the burst
    idle.shift()!();
    expect(ring.list()).toHaveLength(2);
    expect(ring.list().join('')).not.toContain('abcdef0123');
  });

  it('never hands out an unredacted message, idle or not', () => {
    const ring = new TraceRing(10, 10_000, () => undefined); // the page never goes idle
    ring.push('REGISTER sip:pbx SIP/2.0\r\nX-Note: password=letmein\r\n');
    const [entry] = ring.list();
    expect(entry).toContain('REGISTER sip:pbx SIP/2.0');
    expect(entry).not.toContain('letmein');
  });

  it('a burst larger than the ring is redacted at once, so the backlog stays bounded', () => {
    const ring = new TraceRing(3, 10_000, () => undefined);
    for (const n of [1, 2, 3, 4, 5]) ring.push(`message ${n} password=secret${n}`);
    expect((ring as unknown as { pending: string[] }).pending.length).toBeLessThan(3);
    expect(ring.list()).toEqual([
      'message 3 password=[redacted]',
      'message 4 password=[redacted]',
      'message 5 password=[redacted]',
    ]);
  });
});
