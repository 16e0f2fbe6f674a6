import { randomBytes } from 'node:crypto';
import { basename, dirname, isAbsolute, join } from 'node:path';
import * as v from 'valibot';
import {
  RecordingInfoSchema,
  recordingFileName,
  type RecordingInfo,
  type RecordingStart,
  UserError,
  type UserErrorCode,
  type UserErrorParams,
} from '../../../src-preload/contract';
import type { Logger } from '../logging/logger';
import { nodeRecordingFiles, type RecordingFiles } from './recording-files';

/** Why writing a recording stopped, as the user is told. */
export type RecordingFailure = 'disk-full' | 'folder-missing' | 'failed';

/** A recording could not be written; the message is for the user (the call goes on). */
/** `failure` for the store's callers; the `UserError` code and params for the user's language. */
export class RecordingWriteError extends UserError {
  override readonly name = 'RecordingWriteError';
  constructor(
    readonly failure: RecordingFailure,
    code: Extract<UserErrorCode, `recording${string}`>,
    params?: UserErrorParams,
  ) {
    super(code, params);
  }
}

const StoredSchema = v.object({ ...RecordingInfoSchema.entries, path: v.string() });
type Stored = v.InferOutput<typeof StoredSchema>;

interface Live {
  nextSeq: number;
  size: number;
  failure?: RecordingWriteError;
}

export interface RecordingStoreOptions {
  /** The index of recordings, e.g. `<userData>/recordings.json`. */
  indexPath: string;
  /** The folder new recordings go to (the setting, else the default); read at each start. */
  folder(): string;
  files?: RecordingFiles;
  log: Pick<Logger, 'info' | 'warn' | 'error'>;
  /** Fresh ids (tests pass a counter). */
  newId?: () => string;
}

/**
 * The desktop's call recordings: each one a file in the recordings folder, written chunk by chunk
 * as the page streams it (so a long call never sits in memory), plus an index in the app's data
 * folder with what the Recordings view lists. A write that fails (disk full, folder gone) stops
 * that recording with a message; what was written before stays, marked incomplete.
 */
export class RecordingStore {
  readonly #files: RecordingFiles;
  readonly #entries = new Map<string, Stored>();
  readonly #live = new Map<string, Live>();
  #saving: Promise<unknown> = Promise.resolve();

  private constructor(private readonly options: RecordingStoreOptions) {
    this.#files = options.files ?? nodeRecordingFiles;
  }

  /** Reads the index; recordings left open by a crash are closed as incomplete. */
  static async open(options: RecordingStoreOptions): Promise<RecordingStore> {
    const store = new RecordingStore(options);
    await store.load();
    return store;
  }

  async start(meta: RecordingStart): Promise<RecordingInfo> {
    const folder = this.options.folder();
    if (!isAbsolute(folder))
      throw new RecordingWriteError('folder-missing', 'recordingFolderNotAbsolute');
    const id = this.options.newId?.() ?? `rec-${meta.startedAt.toString(36)}-${randomSuffix()}`;
    const fileName = recordingFileName(meta);
    let path = join(folder, fileName);
    try {
      await this.#files.ensureFolder(folder);
      try {
        await this.#files.create(path);
      } catch (error) {
        if (code(error) !== 'EEXIST') throw error;
        // Two calls in the same second to the same number: keep both.
        path = join(folder, fileName.replace(/(\.\w+)$/, `_${id.slice(-6)}$1`));
        await this.#files.create(path);
      }
    } catch (error) {
      throw this.failure(error, folder, path);
    }
    const entry: Stored = {
      id,
      ...meta,
      durationMs: 0,
      sizeBytes: 0,
      fileName: basename(path),
      recording: true,
      path,
    };
    this.#entries.set(id, entry);
    this.#live.set(id, { nextSeq: 0, size: 0 });
    await this.save();
    this.options.log.info('recording started', { id, file: entry.fileName });
    return publicInfo(entry);
  }

  /** Appends chunk `seq`; chunks come in order, a repeated one is ignored. */
  async append(id: string, seq: number, bytes: Uint8Array): Promise<void> {
    const entry = this.#entries.get(id);
    const live = this.#live.get(id);
    if (!entry || !live) throw new Error('That recording is not being written.');
    if (live.failure) throw live.failure;
    if (seq < live.nextSeq) return;
    if (seq > live.nextSeq) throw new Error(`Recording chunk ${seq} came before ${live.nextSeq}.`);
    live.nextSeq += 1;
    try {
      await this.#files.append(entry.path, bytes);
      live.size += bytes.byteLength;
    } catch (error) {
      live.failure = this.failure(error, dirname(entry.path), entry.path);
      this.options.log.warn('recording stopped', { id, reason: live.failure.failure });
      this.#entries.set(id, { ...entry, sizeBytes: live.size, incomplete: true });
      await this.save();
      throw live.failure;
    }
  }

  async finish(id: string, durationMs: number): Promise<RecordingInfo> {
    const entry = this.#entries.get(id);
    if (!entry) throw new Error('That recording does not exist.');
    const live = this.#live.get(id);
    this.#live.delete(id);
    const finished: Stored = {
      ...entry,
      durationMs,
      recording: false,
      sizeBytes: live?.size ?? entry.sizeBytes,
      ...(live?.failure && { incomplete: true }),
    };
    this.#entries.set(id, finished);
    await this.save();
    return publicInfo(finished);
  }

  /** Newest first, with sizes as they are now. */
  list(): RecordingInfo[] {
    return [...this.#entries.values()]
      .map((entry) => {
        const live = this.#live.get(entry.id);
        return publicInfo(live ? { ...entry, sizeBytes: live.size } : entry);
      })
      .sort((a, b) => b.startedAt - a.startedAt);
  }

  /** Where a recording's file is (Show in folder). */
  pathOf(id: string): string {
    const entry = this.#entries.get(id);
    if (!entry) throw new Error('That recording does not exist.');
    return entry.path;
  }

  async read(id: string): Promise<Uint8Array> {
    const path = this.pathOf(id);
    try {
      return await this.#files.read(path);
    } catch (error) {
      if (code(error) === 'ENOENT')
        throw new Error(`The file ${basename(path)} is no longer there.`);
      throw error;
    }
  }

  async remove(id: string): Promise<void> {
    const entry = this.#entries.get(id);
    if (!entry) return;
    if (this.#live.has(id)) throw new Error('That recording is still being made.');
    await this.#files.remove(entry.path);
    this.#entries.delete(id);
    await this.save();
  }

  private async load(): Promise<void> {
    let text: string | null = null;
    try {
      text = await this.#files.readText(this.options.indexPath);
    } catch (error) {
      this.options.log.error('could not read the recordings index', { error });
    }
    if (!text) return;
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch {
      this.options.log.warn('the recordings index is not valid JSON; starting a new one');
      return;
    }
    const parsed = v.safeParse(v.array(StoredSchema), raw);
    if (!parsed.success) {
      this.options.log.warn('the recordings index is invalid; starting a new one');
      return;
    }
    for (const entry of parsed.output) {
      if (!entry.recording) {
        this.#entries.set(entry.id, entry);
        continue;
      }
      // Left open by a crash or a forced quit: what reached the disk is the recording.
      const size = await this.#files.size(entry.path).catch(() => null);
      this.#entries.set(entry.id, {
        ...entry,
        recording: false,
        incomplete: true,
        sizeBytes: size ?? entry.sizeBytes,
      });
    }
  }

  /** Index writes run one at a time, in order; a failed one is logged, not thrown at the call. */
  private save(): Promise<void> {
    const text = JSON.stringify([...this.#entries.values()]);
    const next = this.#saving.then(() =>
      this.#files.writeText(this.options.indexPath, text).catch((error: unknown) => {
        this.options.log.error('could not save the recordings index', { error });
      }),
    );
    this.#saving = next;
    return next;
  }

  private failure(error: unknown, folder: string, path: string): RecordingWriteError {
    const name = basename(path);
    switch (code(error)) {
      case 'ENOSPC':
      case 'EDQUOT':
        return new RecordingWriteError('disk-full', 'recordingDiskFull', { name });
      case 'ENOENT':
      case 'ENOTDIR':
        return new RecordingWriteError('folder-missing', 'recordingFolderGone', { folder });
      case 'EACCES':
      case 'EPERM':
      case 'EROFS':
        return new RecordingWriteError('failed', 'recordingFolderReadOnly', { folder });
      default:
        return new RecordingWriteError('failed', 'recordingWriteFailed', {
          name,
          reason: code(error) ?? 'error',
        });
    }
  }
}

function publicInfo(entry: Stored): RecordingInfo {
  const { path: _path, ...info } = entry;
  return info;
}

function code(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function randomSuffix(): string {
  return randomBytes(5).toString('hex');
}
