import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import {
  recordingFileName,
  type RecordingInfo,
  type RecordingStart,
} from '../../../src-preload/contract';

interface RecordingsSchema extends DBSchema {
  recordings: { key: string; value: RecordingInfo };
  /** One row per MediaRecorder chunk, keyed [recording id, seq]: a call is never one big value. */
  chunks: { key: [string, number]; value: { id: string; seq: number; bytes: Uint8Array } };
}

/** A quota error in words a user can act on; the part stored so far stays. */
function storageError(error: unknown): Error {
  const name = error instanceof DOMException ? error.name : '';
  if (name === 'QuotaExceededError')
    return new Error(
      'Recording stopped: the browser has no more room for recordings. The part recorded so far is kept; delete old recordings to make room.',
    );
  return new Error(
    `Recording stopped: the browser could not store it (${name || String(error)}). The part recorded so far is kept.`,
  );
}

/** Call recordings in IndexedDB for web mode: same operations as main's RecordingStore. */
export class RecordingsDb {
  private readonly db: Promise<IDBPDatabase<RecordingsSchema>>;
  private readonly next = new Map<string, number>();

  constructor(name = 'softphone-recordings') {
    this.db = openDB<RecordingsSchema>(name, 1, {
      upgrade(db) {
        db.createObjectStore('recordings', { keyPath: 'id' });
        db.createObjectStore('chunks', { keyPath: ['id', 'seq'] });
      },
    });
  }

  async start(meta: RecordingStart): Promise<RecordingInfo> {
    const id = `rec-${meta.startedAt.toString(36)}-${crypto.randomUUID().slice(0, 8)}`;
    const info: RecordingInfo = {
      id,
      ...meta,
      durationMs: 0,
      sizeBytes: 0,
      fileName: recordingFileName(meta),
      recording: true,
    };
    await (await this.db).put('recordings', info);
    this.next.set(id, 0);
    return info;
  }

  async append(id: string, seq: number, bytes: Uint8Array): Promise<void> {
    const expected = this.next.get(id);
    if (expected === undefined) throw new Error('That recording is not being written.');
    if (seq < expected) return;
    if (seq > expected) throw new Error(`Recording chunk ${seq} came before ${expected}.`);
    const db = await this.db;
    try {
      const tx = db.transaction(['chunks', 'recordings'], 'readwrite');
      await tx.objectStore('chunks').put({ id, seq, bytes });
      const info = await tx.objectStore('recordings').get(id);
      if (info)
        await tx
          .objectStore('recordings')
          .put({ ...info, sizeBytes: info.sizeBytes + bytes.byteLength });
      await tx.done;
      this.next.set(id, seq + 1);
    } catch (error) {
      this.next.delete(id);
      const info = await db.get('recordings', id);
      if (info) await db.put('recordings', { ...info, incomplete: true }).catch(() => undefined);
      throw storageError(error);
    }
  }

  async finish(id: string, durationMs: number): Promise<RecordingInfo> {
    const db = await this.db;
    const info = await db.get('recordings', id);
    if (!info) throw new Error('That recording does not exist.');
    this.next.delete(id);
    const done = { ...info, durationMs, recording: false };
    await db.put('recordings', done);
    return done;
  }

  async list(): Promise<RecordingInfo[]> {
    const all = await (await this.db).getAll('recordings');
    // Left open when the tab closed mid-call: what was stored is the recording.
    return all
      .map((info) =>
        info.recording && !this.next.has(info.id)
          ? { ...info, recording: false, incomplete: true }
          : info,
      )
      .sort((a, b) => b.startedAt - a.startedAt);
  }

  async read(id: string): Promise<Uint8Array<ArrayBuffer>> {
    const db = await this.db;
    const range = IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]);
    const chunks = await db.getAll('chunks', range);
    const total = chunks.reduce((sum, chunk) => sum + chunk.bytes.byteLength, 0);
    const out = new Uint8Array(total);
    let offset = 0;
    for (const chunk of chunks) {
      out.set(chunk.bytes, offset);
      offset += chunk.bytes.byteLength;
    }
    return out;
  }

  async remove(id: string): Promise<void> {
    if (this.next.has(id)) throw new Error('That recording is still being made.');
    const tx = (await this.db).transaction(['chunks', 'recordings'], 'readwrite');
    await tx
      .objectStore('chunks')
      .delete(IDBKeyRange.bound([id, 0], [id, Number.MAX_SAFE_INTEGER]));
    await tx.objectStore('recordings').delete(id);
    await tx.done;
  }

  async clear(): Promise<void> {
    const tx = (await this.db).transaction(['chunks', 'recordings'], 'readwrite');
    await Promise.all([tx.objectStore('chunks').clear(), tx.objectStore('recordings').clear()]);
    await tx.done;
  }
}
