import { chmodSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as v from 'valibot';
import { afterEach, describe, expect, it } from 'vitest';
import { ProvisioningProfileSchema } from '../../src-preload/contract';
import { DEMO_USERS, demoProfile, missingPrograms } from '../testbed/demo';

describe('npm run demo', () => {
  const folders: string[] = [];
  afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true })));

  it('hands each tab a valid profile for its extension, without the password', () => {
    for (const user of DEMO_USERS) {
      const profile = demoProfile(
        { wsUrl: 'ws://127.0.0.1:15306', domain: 'softphone.test' },
        user,
      );
      const parsed = v.parse(ProvisioningProfileSchema, profile);
      expect(parsed.extensions).toEqual([expect.objectContaining({ user })]);
      expect(JSON.stringify(profile)).not.toMatch(/-pw-/);
    }
  });

  it('names the PBX programs this machine lacks', () => {
    const folder = mkdtempSync(join(tmpdir(), 'demo-path-'));
    folders.push(folder);
    writeFileSync(join(folder, 'kamailio'), '#!/bin/sh\n');
    chmodSync(join(folder, 'kamailio'), 0o755);
    expect(missingPrograms({ PATH: folder }, [])).toEqual(['rtpengine']);
    expect(missingPrograms({ PATH: '' }, [])).toEqual(['kamailio', 'rtpengine']);
  });
});
