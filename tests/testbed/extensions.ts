/**
 * The test PBX's users. TEST-ONLY credentials: the PBX listens on 127.0.0.1
 * only, and these passwords exist so tests and developers can register.
 *
 * pbx.ts writes them into Kamailio's password table at start-up, so this
 * file is the single place to add an extension.
 */

/** SIP domain of the test PBX (Kamailio also accepts 127.0.0.1 as domain). */
export const TEST_DOMAIN = 'softphone.test';

export interface TestExtension {
  /** Extension number: SIP user, auth user and dial string at once. */
  readonly user: string;
  /** Plain-text digest password. Letters, digits and '-' only (db_text file). */
  readonly password: string;
  /** What the phone sends as display name in From. */
  readonly displayName: string;
}

/**
 * A display name crafted to break a UI that renders it as HTML, for XSS
 * tests: an <img> with an onerror handler, plus quotes that must survive SIP
 * quoting.
 */
export const HOSTILE_DISPLAY_NAME = '<img src=x onerror=alert(1)> "Mallory"';

export const TEST_EXTENSIONS: readonly TestExtension[] = Object.freeze([
  { user: '1001', password: 'alice-pw-1001', displayName: 'Alice Example' },
  { user: '1002', password: 'bob-pw-1002', displayName: 'Bob Example' },
  { user: '1003', password: 'carol-pw-1003', displayName: 'Carol Example' },
  { user: '1004', password: 'dave-pw-1004', displayName: 'Dave Example' },
  { user: '1005', password: 'erin-pw-1005', displayName: 'Erin Example' },
  { user: '1006', password: 'mallory-pw-1006', displayName: HOSTILE_DISPLAY_NAME },
  // Busy lamps and pickup only (tests/e2e/presence): a lamp shows the PBX's dialog state, which
  // other specs' calls to 1001–1006 (redirected, or cut by a closed page) leave behind for minutes.
  { user: '1007', password: 'frank-pw-1007', displayName: 'Frank Example' },
  { user: '1008', password: 'grace-pw-1008', displayName: 'Grace Example' },
  { user: '1009', password: 'heidi-pw-1009', displayName: 'Heidi Example' },
]);

/** The extension with this number; throws for a number the PBX does not know. */
export function testExtension(user: string): TestExtension {
  const found = TEST_EXTENSIONS.find((ext) => ext.user === user);
  if (!found)
    throw new Error(
      `No test extension ${user}; known: ${TEST_EXTENSIONS.map((e) => e.user).join(', ')}`,
    );
  return found;
}

/** `sip:<user>@softphone.test`, the address of record a phone registers. */
export function testAor(user: string, domain: string = TEST_DOMAIN): string {
  return `sip:${user}@${domain}`;
}
