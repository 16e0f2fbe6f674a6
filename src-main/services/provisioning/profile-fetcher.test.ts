import { describe, expect, it, vi } from 'vitest';
import { fetchProvisioningProfile, type FetchPort } from './profile-fetcher';

const profile = {
  version: 1,
  provider: 'Example',
  servers: ['wss://pbx.example.com/ws'],
  domain: 'pbx.example.com',
};
const answer = (body: string, status = 200): FetchPort =>
  vi.fn(async () => ({ ok: status < 400, status, text: async () => body }));

describe('fetchProvisioningProfile', () => {
  it('loads a valid profile over https without following redirects', async () => {
    const port = answer(JSON.stringify(profile));
    await expect(
      fetchProvisioningProfile('https://example.com/p.json', port),
    ).resolves.toMatchObject({ provider: 'Example' });
    expect(port).toHaveBeenCalledWith(
      'https://example.com/p.json',
      expect.objectContaining({ redirect: 'error' }),
    );
  });

  it.each([
    ['http://example.com/p.json', answer('{}'), /https/],
    ['file:///etc/passwd', answer('{}'), /https/],
    ['nonsense', answer('{}'), /not a valid URL/],
    ['https://example.com/p.json', answer('', 404), /answered 404/],
    ['https://example.com/p.json', answer('x'.repeat(70_000)), /too large/],
    [
      'https://example.com/p.json',
      answer(JSON.stringify({ ...profile, password: 'x' })),
      /password/,
    ],
  ])('refuses %s with a readable reason', async (url, port, message) => {
    await expect(fetchProvisioningProfile(url, port)).rejects.toThrow(message);
  });

  it('gives up after the timeout', async () => {
    const hanging: FetchPort = (_url, { signal }) =>
      new Promise((_resolve, reject) =>
        signal.addEventListener('abort', () => reject(new Error('aborted'))),
      );
    await expect(
      fetchProvisioningProfile('https://example.com/p.json', hanging, 20),
    ).rejects.toThrow(/in time/);
  });
});
