import { join } from 'node:path';
import { expect } from '@playwright/test';
import { startSipp, sippDiagnostics } from '../../testbed/sipp';

const LOGS = join(process.cwd(), '.tmp', 'presence');

/**
 * The test's voicemail server: PUBLISH a mailbox's message-summary to the PBX over UDP
 * (tests/testbed/sipp/publish-mwi.xml); presence_mwi NOTIFYs the subscribed phones. Or, as
 * older voicemail servers do, an unsolicited NOTIFY to the mailbox (notify-mwi.xml), which the
 * PBX relays to the registered phones.
 */
export async function publishMailbox(
  mailbox: string,
  newCount: number,
  oldCount: number,
  how: 'publish' | 'unsolicited-notify' = 'publish',
): Promise<void> {
  const run = await startSipp({
    scenario: how === 'publish' ? 'publish-mwi.xml' : 'notify-mwi.xml',
    remote: `127.0.0.1:${process.env.PBX_UDP_PORT ?? '15060'}`,
    logDir: LOGS,
    timeoutS: 5,
    args: [
      ['-key', 'mailbox', mailbox],
      ['-key', 'domain', process.env.PBX_DOMAIN ?? 'softphone.test'],
      ['-key', 'waiting', newCount > 0 ? 'yes' : 'no'],
      ['-key', 'new', String(newCount)],
      ['-key', 'old', String(oldCount)],
    ].flat(),
  });
  const code = await run.exited;
  expect(code, sippDiagnostics(run)).toBe(0);
}
