import { describe, expect, it } from 'vitest';
import { createLogger, memorySink } from './logger';

// What counts as a secret is redact.test.ts; this checks that the logger applies it to everything.
describe('logger', () => {
  it('redacts the message and secret-named fields at any depth before the sink sees them', () => {
    const sink = memorySink();
    createLogger('test', sink).info('joining wss://1001:pw-url@pbx.example.com/ws', {
      account: { extension: '1001', password: 'hunter2', nested: [{ token: 'abc' }] },
    });
    expect(sink.lines[0]).toContain('1001');
    for (const secret of ['pw-url', 'hunter2', 'abc']) expect(sink.lines[0]).not.toContain(secret);
  });

  it('passes ordinary text through with its scope and level', () => {
    const sink = memorySink();
    createLogger('sip', sink).warn('Registered 1001 at softphone.test');
    expect(sink.lines).toEqual(['warn [sip] Registered 1001 at softphone.test']);
  });
});
