import * as v from 'valibot';

/** A WebSocket URL the phone may connect to. Plain `ws:` is allowed for loopback testing and LANs. */
export const WebSocketUrlSchema = v.pipe(
  v.string(),
  v.trim(),
  v.url('Server must be a URL such as wss://pbx.example.com:8089/ws'),
  v.check(
    (url) => /^wss?:\/\//i.test(url),
    'Server must start with wss:// (or ws:// for a local test server)',
  ),
);

/** A SIP user part: digits, letters and the few punctuation marks RFC 3261 allows unescaped. */
export const SipUserSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('Extension is required'),
  v.maxLength(64),
  v.regex(
    /^[A-Za-z0-9._~!$&'()*+,;=?/-]+$/,
    'Extension may contain only letters, digits and . _ - + *',
  ),
);

export const DomainSchema = v.pipe(
  v.string(),
  v.trim(),
  v.nonEmpty('Domain is required'),
  v.maxLength(253),
  v.regex(
    /^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$/,
    'Domain must be a host name such as pbx.example.com',
  ),
);

/** Shown to others and to the user; never trusted as markup anywhere. */
export const DisplayNameSchema = v.pipe(v.string(), v.trim(), v.maxLength(128));

export const IceServerSchema = v.object({
  urls: v.union([v.string(), v.array(v.string())]),
  username: v.optional(v.string()),
  credential: v.optional(v.string()),
});

export const DtmfModeSchema = v.picklist(['rfc2833', 'info']);

/**
 * One SIP account as stored in settings. It never carries a password:
 * that lives in the OS keychain (desktop) or nowhere persistent (web).
 */
export const AccountProfileSchema = v.object({
  id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  servers: v.pipe(v.array(WebSocketUrlSchema), v.minLength(1, 'At least one server is required')),
  domain: DomainSchema,
  extension: SipUserSchema,
  authUser: v.optional(SipUserSchema),
  displayName: v.optional(DisplayNameSchema),
  provider: v.optional(v.pipe(v.string(), v.maxLength(128))),
  iceServers: v.optional(v.array(IceServerSchema), []),
  registerExpires: v.optional(
    v.pipe(v.number(), v.integer(), v.minValue(60), v.maxValue(86400)),
    600,
  ),
  dtmfMode: v.optional(DtmfModeSchema, 'rfc2833'),
  voicemailNumber: v.optional(v.pipe(v.string(), v.maxLength(32))),
  /**
   * The line's `+sip.instance` (RFC 5626), made once and kept, so the registrar sees one phone
   * across restarts instead of a new binding each time. Absent in profiles saved before it existed.
   */
  instanceId: v.optional(v.pipe(v.string(), v.uuid('Instance id must be a UUID'))),
});

export type AccountProfile = v.InferOutput<typeof AccountProfileSchema>;
export type AccountProfileInput = v.InferInput<typeof AccountProfileSchema>;
export type IceServer = v.InferOutput<typeof IceServerSchema>;
export type DtmfMode = v.InferOutput<typeof DtmfModeSchema>;
