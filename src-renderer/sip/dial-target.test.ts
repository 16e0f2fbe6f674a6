import { describe, expect, it } from 'vitest';
import { DialError, normaliseDialTarget } from './dial-target';

describe('normaliseDialTarget', () => {
  it.each([
    // [input, country, kind, target]
    ['1002', 'US', 'extension', '1002'],
    ['  1002 ', 'US', 'extension', '1002'],
    ['911', 'US', 'extension', '911'],
    ['123456', 'DE', 'extension', '123456'],
    ['10 01', 'US', 'extension', '1001'],
    ['*97', 'US', 'feature-code', '*97'],
    ['#21#', 'DE', 'feature-code', '#21#'],
    ['*72*5551234', 'US', 'feature-code', '*72*5551234'],
    ['+1 202 555 0123', 'DE', 'number', '+12025550123'],
    ['(202) 555-0123', 'US', 'number', '+12025550123'],
    ['202.555.0123', 'US', 'number', '+12025550123'],
    ['030 1234567', 'DE', 'number', '+49301234567'],
    ['0049 30 1234567', 'DE', 'number', '+49301234567'],
    ['+44 20 7946 0958', 'US', 'number', '+442079460958'],
    ['sip:1002@softphone.test', 'US', 'sip-uri', 'sip:1002@softphone.test'],
    ['SIP:alice@PBX.Example.com', 'US', 'sip-uri', 'sip:alice@pbx.example.com'],
    ['alice@pbx.example.com:5060', 'US', 'sip-uri', 'sip:alice@pbx.example.com:5060'],
    ['sips:bob@[2001:db8::1]', 'US', 'sip-uri', 'sips:bob@[2001:db8::1]'],
    ['+4930123@softphone.test', 'US', 'sip-uri', 'sip:+4930123@softphone.test'],
  ] as const)('%s (%s) -> %s %s', (input, country, kind, target) => {
    const result = normaliseDialTarget(input, country);
    expect(result.kind).toBe(kind);
    expect(result.target).toBe(target);
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['+12', 'invalid-number'],
    ['1234567', 'invalid-number'], // 7 digits: too long for an extension, not a possible US number
    ['1-800-FLOWERS', 'invalid-number'],
    ['alice', 'invalid-number'],
    ['<script>alert(1)</script>', 'invalid-number'],
    ['1002\r\nVia: evil', 'invalid-address'],
    ['1002\u0000', 'invalid-address'],
    ['sip:1002@softphone.test;transport=tcp', 'invalid-address'],
    ['sip:1002@softphone.test?Replaces=abc%3Bto-tag%3D1', 'invalid-address'],
    ['"Mallory" <sip:1006@softphone.test>', 'invalid-address'],
    ['sip:@softphone.test', 'invalid-address'],
    ['tel:+12025550123@x y', 'invalid-address'],
    ['1'.repeat(300), 'too-long'],
    ['*97 ; drop', 'invalid-number'],
  ])('refuses %j (%s)', (input, code) => {
    expect(() => normaliseDialTarget(input, 'US')).toThrow(DialError);
    try {
      normaliseDialTarget(input, 'US');
    } catch (error) {
      expect((error as DialError).code).toBe(code);
      // The message is for people: no stack, no control characters, bounded length.
      expect((error as DialError).message.length).toBeLessThan(120);
      expect((error as DialError).message).not.toMatch(/\p{Cc}/u);
    }
  });

  it('reads national numbers in an unknown default country as international only', () => {
    expect(() => normaliseDialTarget('030 1234567', 'zz')).toThrow(DialError);
    expect(normaliseDialTarget('+49 30 1234567', 'zz').target).toBe('+49301234567');
  });
});
