import * as v from 'valibot';

/** How large one streamed chunk may be (MediaRecorder gives ~4–16 KB a second of Opus). */
export const MAX_RECORDING_CHUNK_BYTES = 1024 * 1024;

/** The containers MediaRecorder writes Opus in (Chromium: webm; others: ogg). */
export const RecordingMimeTypeSchema = v.picklist([
  'audio/webm;codecs=opus',
  'audio/ogg;codecs=opus',
]);

const RecordingIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,128}$/));

/** What the page tells main when a recording starts; main makes the file name from it. */
export const RecordingStartSchema = v.object({
  callId: v.pipe(v.string(), v.maxLength(128)),
  accountId: v.pipe(v.string(), v.maxLength(64)),
  /** The line's name (label or extension), for the file name and the list. */
  line: v.pipe(v.string(), v.maxLength(128)),
  number: v.pipe(v.string(), v.maxLength(256)),
  name: v.optional(v.pipe(v.string(), v.maxLength(256))),
  direction: v.picklist(['incoming', 'outgoing']),
  startedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
  mimeType: RecordingMimeTypeSchema,
});

/** One chunk of a recording, in order (`seq` 0, 1, 2…): main appends it to the file. */
export const RecordingChunkSchema = v.object({
  id: RecordingIdSchema,
  seq: v.pipe(v.number(), v.integer(), v.minValue(0)),
  bytes: v.pipe(
    v.instance(Uint8Array),
    v.check((bytes) => bytes.byteLength <= MAX_RECORDING_CHUNK_BYTES, 'Chunk too large'),
  ),
});

export const RecordingFinishSchema = v.object({
  id: RecordingIdSchema,
  durationMs: v.pipe(v.number(), v.integer(), v.minValue(0)),
});

export const RecordingRefSchema = v.object({ id: RecordingIdSchema });

/** One recording as the Recordings view lists it. */
export const RecordingInfoSchema = v.object({
  id: RecordingIdSchema,
  callId: v.string(),
  accountId: v.string(),
  line: v.string(),
  number: v.string(),
  name: v.optional(v.string()),
  direction: v.picklist(['incoming', 'outgoing']),
  startedAt: v.number(),
  durationMs: v.number(),
  sizeBytes: v.number(),
  mimeType: RecordingMimeTypeSchema,
  /** The file's name (desktop: in the recordings folder; browser: the download's name). */
  fileName: v.string(),
  /** Still being written. */
  recording: v.boolean(),
  /** Writing stopped early (disk full, folder gone): the part before is what there is. */
  incomplete: v.optional(v.boolean()),
});

/** Settings → Recording. */
export const RecordingSettingsSchema = v.object({
  /** Record every call from the moment it is answered. */
  recordEveryCall: v.optional(v.boolean(), false),
  /** A short notice tone to both sides when a recording starts. */
  playNotice: v.optional(v.boolean(), false),
  /** Desktop: the recordings folder (absolute path); unset: the default under Music/Documents. */
  folder: v.optional(v.pipe(v.string(), v.maxLength(4096))),
});

export type RecordingMimeType = v.InferOutput<typeof RecordingMimeTypeSchema>;
export type RecordingStart = v.InferOutput<typeof RecordingStartSchema>;
export type RecordingChunk = v.InferOutput<typeof RecordingChunkSchema>;
export type RecordingInfo = v.InferOutput<typeof RecordingInfoSchema>;
export type RecordingSettings = v.InferOutput<typeof RecordingSettingsSchema>;
