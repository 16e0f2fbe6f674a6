import type { InvokeHandlers, RecordingInfo, RecordingStart } from '../../../src-preload/contract';

type RecordingChannel = Extract<keyof InvokeHandlers, `recordings:${string}`>;

/** What the recordings channels need in main (the store runs under plain Node). */
export interface RecordingPorts {
  store: {
    start(meta: RecordingStart): Promise<RecordingInfo>;
    append(id: string, seq: number, bytes: Uint8Array): Promise<void>;
    finish(id: string, durationMs: number): Promise<RecordingInfo>;
    list(): RecordingInfo[];
    read(id: string): Promise<Uint8Array>;
    remove(id: string): Promise<void>;
    pathOf(id: string): string;
  };
  /** The default recordings folder (under Music, else Documents). */
  defaultFolder: string;
  /** Shows a file in the system's file manager (`shell.showItemInFolder`). */
  reveal(path: string): void;
  /** The system's folder picker; null when cancelled. */
  pickFolder(current: string): Promise<string | null>;
}

interface Deps {
  recordings?: RecordingPorts;
  settings: {
    get(): { recording: { folder?: string } & Record<string, unknown> };
    update(patch: { recording: { folder?: string } & Record<string, unknown> }): unknown;
  };
}

/** The `recordings:*` channels of the desktop app; without a store (tests) they refuse. */
export function recordingHandlers(deps: Deps): Pick<InvokeHandlers, RecordingChannel> {
  const ports = (): RecordingPorts => {
    if (!deps.recordings) throw new Error('Recording is not available in this build.');
    return deps.recordings;
  };
  const folder = () => deps.settings.get().recording.folder ?? ports().defaultFolder;
  return {
    'recordings:start': (meta) => ports().store.start(meta),
    'recordings:append': ({ id, seq, bytes }) => ports().store.append(id, seq, bytes),
    'recordings:finish': ({ id, durationMs }) => ports().store.finish(id, durationMs),
    'recordings:list': () => (deps.recordings ? deps.recordings.store.list() : []),
    // A plain Uint8Array (not a Buffer over a shared pool) crosses IPC as exactly the file.
    'recordings:read': async ({ id }) => new Uint8Array(await ports().store.read(id)),
    'recordings:remove': ({ id }) => ports().store.remove(id),
    'recordings:showInFolder': ({ id }) => ports().reveal(ports().store.pathOf(id)),
    'recordings:chooseFolder': async () => {
      const chosen = await ports().pickFolder(folder());
      if (!chosen) return null;
      const recording = deps.settings.get().recording;
      await deps.settings.update({ recording: { ...recording, folder: chosen } });
      return chosen;
    },
    'recordings:folder': () => folder(),
  };
}
