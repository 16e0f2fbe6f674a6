import type { UA } from 'jssip/lib/UA';
import type { AccountProfile } from '../../src-preload/contract';
import type { CallView } from './call-types';
import type { DndCode, LinePolicy } from './incoming-policy';
import type { RegistrationStatus } from './registration-status';

/** The call manager's events, preferences and view of an account (call-manager.ts). */

export type CallManagerEvents = {
  /** A live call changed (or appeared). */
  change: CallView;
  /** A call ended: its final view, with outcome and reason. It is gone from views(). */
  ended: CallView;
};

export interface CallPreferences {
  doNotDisturb: boolean;
  declineCode: 486 | 603;
  /** What callers hear while Do not disturb is on; absent: 486. */
  dndCode?: DndCode;
  /** Each line's own DND, forwarding and auto-answer, by account id. */
  lines?: Readonly<Record<string, LinePolicy>>;
  /** For the ringback cadence. */
  country: string;
}

/** What the manager needs of an account: its profile, its UA, whether it is registered. */
export interface AccountHandle {
  profile: AccountProfile;
  userAgent: UA | null;
  status: RegistrationStatus;
}
