import * as v from 'valibot';
import { parseDialNumber } from '../dial-rules';
import { UserError } from './user-error';
import {
  DisplayNameSchema,
  DomainSchema,
  DtmfModeSchema,
  IceServerSchema,
  SipUserSchema,
  WebSocketUrlSchema,
} from './account';

const FeatureCodeSchema = v.pipe(
  v.string(),
  v.regex(/^[0-9*#+]{1,16}$/, 'Feature codes use digits, * and # only'),
);

/**
 * The provider's provisioning profile (documented in README, "Provisioning profile").
 * Strict objects: an unknown key, and above all a `password`, is refused rather than ignored,
 * so a profile can never smuggle a secret into the settings file.
 */
export const ProvisioningProfileSchema = v.strictObject({
  version: v.literal(1),
  provider: v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(128)),
  servers: v.pipe(v.array(WebSocketUrlSchema), v.minLength(1)),
  domain: DomainSchema,
  iceServers: v.optional(v.array(IceServerSchema), []),
  voicemailNumber: v.optional(FeatureCodeSchema),
  dtmfMode: v.optional(DtmfModeSchema),
  registerExpires: v.optional(v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(86400))),
  featureCodes: v.optional(
    v.strictObject({
      dndOn: v.optional(FeatureCodeSchema),
      dndOff: v.optional(FeatureCodeSchema),
      forwardAllOn: v.optional(FeatureCodeSchema),
      forwardAllOff: v.optional(FeatureCodeSchema),
      forwardBusyOn: v.optional(FeatureCodeSchema),
      forwardNoAnswerOn: v.optional(FeatureCodeSchema),
      recordToggle: v.optional(FeatureCodeSchema),
      pickup: v.optional(FeatureCodeSchema),
    }),
    {},
  ),
  /**
   * Calls are recorded at the PBX, not here: Record sends `featureCodes.recordToggle` (as DTMF in
   * the call) and the recordings are found in the customer portal.
   */
  recordingsOnPbx: v.optional(v.boolean()),
  extensions: v.optional(
    v.array(
      v.strictObject({
        user: SipUserSchema,
        authUser: v.optional(SipUserSchema),
        displayName: v.optional(DisplayNameSchema),
      }),
    ),
    [],
  ),
  updateFeedUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  /** The provider's customer portal (users, forwarding, recordings, call records): https only. */
  portalUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  /** The provider's support page (Help → Support): https only, opened like the portal. */
  supportUrl: v.optional(v.pipe(v.string(), v.url(), v.startsWith('https://'))),
  /**
   * The provider's support line (Help → Call support), read by the dial rules: an extension or an
   * international number (a profile names no country), never a `*`/`#` code.
   */
  supportPhone: v.optional(
    v.pipe(
      v.string(),
      v.trim(),
      v.maxLength(32),
      v.check(
        (text) => parseDialNumber(text, { allowServiceCodes: false }).ok,
        'The support number must be an extension or an international number (+…)',
      ),
    ),
  ),
});

export type ProvisioningProfile = v.InferOutput<typeof ProvisioningProfileSchema>;
export type ProvisioningProfileInput = v.InferInput<typeof ProvisioningProfileSchema>;

/** A refused profile: `error` is a `UserError` (translated by the page), `message` its English. */
export type ProfileParseResult =
  { ok: true; profile: ProvisioningProfile } | { ok: false; error: UserError; message: string };

/** Parses profile text (JSON) with a message a user can act on when it is not a valid profile. */
export function parseProvisioningProfile(text: string): ProfileParseResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return refuse(new UserError('profileNotJson'));
  }
  const result = v.safeParse(ProvisioningProfileSchema, raw);
  if (result.success) return { ok: true, profile: result.output };
  const issue = result.issues[0];
  const path = issue ? v.getDotPath(issue) : null;
  if (
    issue?.kind === 'schema' &&
    issue.type === 'strict_object' &&
    /password/i.test(String(issue.input ?? path))
  ) {
    return refuse(new UserError('profilePassword'));
  }
  return refuse(
    new UserError('profileInvalid', {
      detail: path ? ` at "${path}"` : '',
      issue: issue?.message ?? 'unknown error',
    }),
  );
}

function refuse(error: UserError): ProfileParseResult {
  return { ok: false, error, message: error.message };
}
