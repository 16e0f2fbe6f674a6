import { describe, expect, it, vi } from 'vitest';
import {
  MAX_RECORDING_CHUNK_BYTES,
  parseInvokeRequest,
  type RecordingInfo,
} from '../../../src-preload/contract';
import { recordingHandlers, type RecordingPorts } from './recording-handlers';

function setup(folder?: string, picked: string | null = '/home/u/Calls') {
  let recording: { folder?: string; recordEveryCall: boolean } = { folder, recordEveryCall: true };
  const settings = {
    get: () => ({ recording }),
    update: vi.fn((patch: { recording: typeof recording }) => void (recording = patch.recording)),
  };
  const ports: RecordingPorts = {
    store: {
      start: vi.fn(),
      append: vi.fn(async () => undefined),
      finish: vi.fn(),
      list: () => [] as RecordingInfo[],
      read: vi.fn(async () => Buffer.from([1, 2, 3])),
      remove: vi.fn(async () => undefined),
      pathOf: (id) => `/music/${id}.webm`,
    },
    defaultFolder: '/home/u/Music/Softphone recordings',
    reveal: vi.fn(),
    pickFolder: vi.fn(async () => picked),
  };
  return { ports, settings, handlers: recordingHandlers({ recordings: ports, settings }) };
}

describe('recording channels in main', () => {
  it('names the default folder until one is chosen, then saves the choice and keeps the rest', async () => {
    const { handlers, settings, ports } = setup();
    expect(await handlers['recordings:folder'](undefined)).toBe(
      '/home/u/Music/Softphone recordings',
    );
    expect(await handlers['recordings:chooseFolder'](undefined)).toBe('/home/u/Calls');
    expect(ports.pickFolder).toHaveBeenCalledWith('/home/u/Music/Softphone recordings');
    expect(settings.update).toHaveBeenCalledWith({
      recording: { folder: '/home/u/Calls', recordEveryCall: true },
    });
    expect(await handlers['recordings:folder'](undefined)).toBe('/home/u/Calls');
  });

  it('a cancelled folder dialog changes nothing', async () => {
    const { handlers, settings } = setup('/old', null);
    expect(await handlers['recordings:chooseFolder'](undefined)).toBeNull();
    expect(settings.update).not.toHaveBeenCalled();
  });

  it('Show in folder reveals the file main knows, never a path from the page', async () => {
    const { handlers, ports } = setup();
    await handlers['recordings:showInFolder']({ id: 'rec-1' });
    expect(ports.reveal).toHaveBeenCalledWith('/music/rec-1.webm');
  });

  it('hands back the file as a plain Uint8Array', async () => {
    const { handlers } = setup();
    const bytes = await handlers['recordings:read']({ id: 'rec-1' });
    expect(Buffer.isBuffer(bytes)).toBe(false);
    expect([...bytes]).toEqual([1, 2, 3]);
  });

  it('without a store (a test build) refuses, and lists nothing', async () => {
    const handlers = recordingHandlers({ settings: setup().settings });
    expect(await handlers['recordings:list'](undefined)).toEqual([]);
    await expect(handlers['recordings:read']({ id: 'rec-1' })).rejects.toThrow(/not available/);
    expect(() => handlers['recordings:start']({} as never)).toThrow(/not available/);
  });
});

describe('the chunk channel contract', () => {
  it.each([
    ['bytes that are not bytes', { id: 'rec-1', seq: 0, bytes: [1, 2, 3] }],
    [
      'a chunk over 1 MiB',
      { id: 'rec-1', seq: 0, bytes: new Uint8Array(MAX_RECORDING_CHUNK_BYTES + 1) },
    ],
    ['an id that is a path', { id: '../../etc/passwd', seq: 0, bytes: new Uint8Array(1) }],
    ['a negative sequence number', { id: 'rec-1', seq: -1, bytes: new Uint8Array(1) }],
  ])('refuses %s', (_name, request) => {
    expect(() => parseInvokeRequest('recordings:append', request)).toThrow(/Invalid request/);
  });

  it('accepts a chunk', () => {
    expect(
      parseInvokeRequest('recordings:append', { id: 'rec-1', seq: 3, bytes: new Uint8Array(16) })
        .value,
    ).toMatchObject({ id: 'rec-1', seq: 3 });
  });

  it('refuses a start whose container is not Opus', () => {
    expect(() =>
      parseInvokeRequest('recordings:start', {
        callId: 'c',
        accountId: 'a',
        line: 'l',
        number: '1',
        direction: 'incoming',
        startedAt: 1,
        mimeType: 'video/mp4',
      }),
    ).toThrow(/Invalid request/);
  });
});
