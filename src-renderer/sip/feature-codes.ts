import type { ProvisioningProfile } from '../../src-preload/contract';

export type FeatureCodes = NonNullable<ProvisioningProfile['featureCodes']>;

/** A server-side switch the profile may give a code for. */
export type ServerFeature =
  | { feature: 'dnd'; on: boolean }
  | { feature: 'forward'; mode: 'off' | 'always' | 'busy' | 'noAnswer'; target?: string };

/**
 * Pure: the number to dial to set `change` on the PBX (`*78`, `*72` + target...), or undefined
 * when the profile has no code for it or the target cannot follow a code (only digits, `*`, `#`
 * and a leading `+` can be dialled after one).
 */
export function featureCodeFor(
  change: ServerFeature,
  codes: FeatureCodes | undefined,
): string | undefined {
  if (!codes) return undefined;
  if (change.feature === 'dnd') return change.on ? codes.dndOn : codes.dndOff;
  if (change.mode === 'off') return codes.forwardAllOff;
  const code = {
    always: codes.forwardAllOn,
    busy: codes.forwardBusyOn,
    noAnswer: codes.forwardNoAnswerOn,
  }[change.mode];
  const target = (change.target ?? '').replace(/[\s().-]/g, '');
  if (!code || !/^\+?[0-9*#]{1,32}$/.test(target)) return undefined;
  return `${code}${target}`;
}
