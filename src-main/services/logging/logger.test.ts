import { describe, expect, it } from 'vitest';
import { createLogger, memorySink, redactText } from './logger';

describe('logger redaction', () => {
  it('redacts secret-named fields at any depth', () => {
    const sink = memorySink();
    createLogger('test', sink).info('saving account', {
      account: { extension: '1001', password: 'hunter2', nested: [{ token: 'abc' }] },
    });
    expect(sink.lines[0]).toContain('1001');
    expect(sink.lines[0]).not.toContain('hunter2');
    expect(sink.lines[0]).not.toContain('abc');
  });

  it.each([
    ['password=hunter2&x=1', 'hunter2'],
    ['secret: "s3cr3t value"', 's3cr3t'],
    ['Authorization: Digest username="1001", response="0a1b2c"', '0a1b2c'],
    ['Proxy-Authorization: Digest realm="x", response="deadbeef"', 'deadbeef'],
  ])('redacts %s', (text, secret) => {
    expect(redactText(text)).not.toContain(secret);
  });

  it('leaves ordinary text alone', () => {
    expect(redactText('Registered 1001 at softphone.test')).toBe(
      'Registered 1001 at softphone.test',
    );
  });
});
