import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { AccountProfileSchema } from './account';

const PROFILE = {
  id: 'acct-1',
  servers: ['wss://pbx.example.com/ws'],
  domain: 'pbx.example.com',
  extension: '1001',
};

describe('AccountProfileSchema instanceId', () => {
  it('is optional: profiles saved before it existed still load', () => {
    const result = v.safeParse(AccountProfileSchema, PROFILE);
    expect(result.success).toBe(true);
    expect(result.output).not.toHaveProperty('instanceId');
  });

  it.each(['7d1f3c52-5a4e-4b8e-9b61-2f0c7e5d9a10', crypto.randomUUID()])('accepts %s', (id) => {
    const result = v.safeParse(AccountProfileSchema, { ...PROFILE, instanceId: id });
    expect(result.success && result.output.instanceId).toBe(id);
  });

  it.each([
    '',
    'not-a-uuid',
    'urn:uuid:7d1f3c52-5a4e-4b8e-9b61-2f0c7e5d9a10',
    '7d1f3c52-5a4e-4b8e-9b61-2f0c7e5d9a10>;evil=1',
    '7d1f3c525a4e4b8e9b612f0c7e5d9a10',
  ])('refuses %j', (id) => {
    expect(v.safeParse(AccountProfileSchema, { ...PROFILE, instanceId: id }).success).toBe(false);
  });
});
