import { test } from '@playwright/test';
import { header } from '../../testbed/sip/message';
import { ScriptedFarEnd } from '../../testbed/sip/scripted-far-end';

/** What a spec against the scripted PBX + far end reads while a test runs. */
export interface ScriptedSession {
  readonly farEnd: ScriptedFarEnd;
  /** Uncaught errors of the page so far. */
  readonly pageErrors: readonly string[];
}

/**
 * Gives every test of the calling spec a fresh scripted PBX + far end on loopback and collects
 * the page's errors. After each test what the phone sent, with arrival times, is attached to the
 * report (the first thing to read when a wire test fails; RACES_TRACE=1 prints it too).
 */
export function useScriptedFarEnd(): ScriptedSession {
  let farEnd: ScriptedFarEnd | undefined;
  const pageErrors: string[] = [];
  test.beforeEach(async ({ page }) => {
    farEnd = await ScriptedFarEnd.start();
    pageErrors.length = 0;
    page.on('pageerror', (error) => pageErrors.push(String(error)));
  });
  test.afterEach(async () => {
    if (!farEnd) return;
    const trace = farEnd.received
      .map(({ message, at }) => {
        const what = message.kind === 'request' ? message.method : String(message.status);
        return `${Math.round(at)} ms  ${what}  (CSeq ${header(message, 'CSeq') ?? '?'})`;
      })
      .join('\n');
    await test.info().attach('sip-from-phone.txt', { body: trace, contentType: 'text/plain' });
    if (process.env.RACES_TRACE) process.stdout.write(`${trace}\n`);
    await farEnd.stop();
    farEnd = undefined;
  });
  return {
    get farEnd() {
      if (!farEnd) throw new Error('The scripted far end runs only inside a test');
      return farEnd;
    },
    pageErrors,
  };
}
