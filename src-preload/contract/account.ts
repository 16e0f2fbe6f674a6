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

/** The built-in ringtones a line can ring with (synthesised by the renderer's tone player). */
export const RINGTONES = ['classic', 'chime', 'pulse'] as const;
export const RingtoneSchema = v.picklist(RINGTONES);

/** The most lines one install registers at once (each is a JsSIP UA with its own WebSocket). */
export const MAX_LINES = 8;

/** The most extensions one line watches the busy lamps of. */
export const MAX_WATCHED = 32;

/** Client-side call forwarding of one line: the phone answers the INVITE 302 to `target`. */
export const ForwardingSchema = v.object({
  mode: v.optional(v.picklist(['off', 'always', 'busy', 'noAnswer']), 'off'),
  /** A number or extension, validated like a dialled number when forwarding is switched on. */
  target: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(64)), ''),
  /** For `noAnswer`: how long the phone rings first. */
  noAnswerSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(5), v.maxValue(120)), 20),
});

/** Auto-answer of one line; everything off by default. */
export const AutoAnswerSchema = v.object({
  /** Answer calls that ask for it (`Call-Info: …;answer-after=N`, an `Alert-Info` auto-answer hint). */
  intercom: v.optional(v.boolean(), false),
  /** Answer every call after this many seconds (headset users); absent: off. */
  allAfterSeconds: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(60))),
});

/**
 * One SIP account as stored in settings. It never carries a password:
 * that lives in the OS keychain (desktop) or nowhere persistent (web).
 */
/** A line's id (settings, history entries, channel payloads). */
export const AccountIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

export const AccountProfileSchema = v.object({
  id: AccountIdSchema,
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
  /** What the user calls this line ("Front desk"); shown where the line is named. */
  label: v.optional(v.pipe(v.string(), v.trim(), v.maxLength(64))),
  /** Absent: 'classic'. */
  ringtone: v.optional(RingtoneSchema),
  /** Do not disturb for this line alone (Settings' global switch covers every line). */
  doNotDisturb: v.optional(v.boolean()),
  forwarding: v.optional(ForwardingSchema),
  autoAnswer: v.optional(AutoAnswerSchema),
  /** Extensions whose busy lamp this line watches (SUBSCRIBE dialog, RFC 4235). */
  watched: v.optional(v.pipe(v.array(SipUserSchema), v.maxLength(MAX_WATCHED))),
});

export type AccountProfile = v.InferOutput<typeof AccountProfileSchema>;
export type AccountProfileInput = v.InferInput<typeof AccountProfileSchema>;
export type IceServer = v.InferOutput<typeof IceServerSchema>;
export type DtmfMode = v.InferOutput<typeof DtmfModeSchema>;
export type Ringtone = v.InferOutput<typeof RingtoneSchema>;
export type Forwarding = v.InferOutput<typeof ForwardingSchema>;
export type AutoAnswer = v.InferOutput<typeof AutoAnswerSchema>;
