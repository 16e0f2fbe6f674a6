/**
 * Runs the built preload bundles (out/preload/*.cjs) the way Electron's sandbox does, in a
 * separate V8 context with a `require` that knows only `electron`, and checks what they hand the
 * page through contextBridge: exactly the contract's verbs, never ipcRenderer.
 *
 * What this cannot show: Chromium's real contextBridge (which copies values between worlds) and
 * the real sandbox; the Playwright tests run the page, not these bundles.
 */
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import { describe, expect, inject, it } from 'vitest';
import { invokeChannels, pushChannels } from '../../src-preload/contract';

const outDir = inject('outDir');

/** ipcRenderer as the preload uses it: invoke, on, removeListener. */
class FakeIpcRenderer extends EventEmitter {
  invoked: [string, ...unknown[]][] = [];
  reply: (channel: string) => Promise<unknown> = async (channel) => `reply from ${channel}`;

  invoke(channel: string, ...args: unknown[]): Promise<unknown> {
    this.invoked.push([channel, ...args]);
    return this.reply(channel);
  }
}

interface PreloadRun {
  /** `contextBridge.exposeInMainWorld` calls, in order. */
  exposed: { name: string; api: Record<string, unknown> }[];
  /** Every module the bundle asked `require` for. */
  required: string[];
  ipcRenderer: FakeIpcRenderer;
  /** The preload's own Error: Electron rejects `invoke` with errors of the preload's world. */
  PreloadError: ErrorConstructor;
}

/**
 * A sandboxed preload is a CommonJS function body Electron calls with its own `require` (only
 * `electron` and a few built-ins), a reduced `process` and a few globals; nothing from npm.
 */
function runPreload(name: string): PreloadRun {
  const context = vm.createContext({ console });
  const run: PreloadRun = {
    exposed: [],
    required: [],
    ipcRenderer: new FakeIpcRenderer(),
    PreloadError: vm.runInContext('Error', context) as ErrorConstructor,
  };
  const electron = {
    contextBridge: {
      exposeInMainWorld: (key: string, api: Record<string, unknown>) =>
        run.exposed.push({ name: key, api }),
    },
    ipcRenderer: run.ipcRenderer,
  };
  const sandboxRequire = (id: string) => {
    run.required.push(id);
    if (id === 'electron') return electron;
    throw new Error(`Cannot find module '${id}' (a sandboxed preload can require only electron)`);
  };
  const file = join(outDir, 'preload', name);
  const body = vm.compileFunction(
    readFileSync(file, 'utf8'),
    [
      'require',
      'process',
      'Buffer',
      'global',
      'setImmediate',
      'clearImmediate',
      'exports',
      'module',
    ],
    { filename: file, parsingContext: context },
  );
  const process = {
    platform: 'linux',
    type: 'renderer',
    sandboxed: true,
    contextIsolated: true,
    env: {},
  };
  const module = { exports: {} };
  body(
    sandboxRequire,
    process,
    undefined,
    context,
    setImmediate,
    clearImmediate,
    module.exports,
    module,
  );
  return run;
}

/**
 * Every value reachable from `api`, with its path. contextBridge carries functions, plain objects
 * and primitives; anything else (a class instance, an emitter) would arrive broken or leak.
 */
function walk(value: unknown, path = 'api'): { path: string; value: unknown }[] {
  if (typeof value !== 'object' || value === null) return [{ path, value }];
  return [
    { path, value },
    ...Object.entries(value).flatMap(([key, child]) => walk(child, `${path}.${key}`)),
  ];
}

function expectOnlyBridgeableValues(api: unknown, ipcRenderer: FakeIpcRenderer): void {
  for (const { path, value } of walk(api)) {
    expect(value, path).not.toBe(ipcRenderer);
    expect(path, path).not.toMatch(/ipcRenderer/);
    if (typeof value === 'object' && value !== null) {
      // A plain object of the preload's own realm (the vm context), not an instance of something.
      expect(Object.getPrototypeOf(Object.getPrototypeOf(value)), path).toBeNull();
    } else {
      expect(typeof value, path).toBe('function');
    }
  }
}

describe('the phone preload (out/preload/index.cjs)', () => {
  const domains = () => {
    const verbs: Record<string, string[]> = {};
    for (const channel of Object.keys(invokeChannels)) {
      const [domain = '', verb = ''] = channel.split(':');
      (verbs[domain] ??= []).push(verb);
    }
    return verbs;
  };

  it('requires nothing but electron, as a sandboxed preload must', () => {
    expect(runPreload('index.cjs').required).toEqual(['electron']);
  });

  it('exposes window.softphone and nothing else', () => {
    expect(runPreload('index.cjs').exposed.map((exposure) => exposure.name)).toEqual(['softphone']);
  });

  it('has one verb per contract channel, grouped by domain, and events', () => {
    const api: Record<string, unknown> = runPreload('index.cjs').exposed[0]?.api ?? {};
    const expected = domains();
    expect(Object.keys(api).sort()).toEqual([...Object.keys(expected), 'events'].sort());
    for (const [domain, verbs] of Object.entries(expected)) {
      expect(Object.keys(api[domain] as object).sort(), domain).toEqual(verbs.sort());
    }
    expect(Object.keys(api.events as object)).toEqual(['on']);
  });

  it('hands over functions and plain objects only, never ipcRenderer', () => {
    const { exposed, ipcRenderer } = runPreload('index.cjs');
    expectOnlyBridgeableValues(exposed[0]?.api, ipcRenderer);
  });

  it('sends each verb on its own channel with the request as given', async () => {
    const { exposed, ipcRenderer } = runPreload('index.cjs');
    const api = exposed[0]?.api as Record<
      string,
      Record<string, (request?: unknown) => Promise<unknown>>
    >;
    for (const channel of Object.keys(invokeChannels)) {
      const [domain = '', verb = ''] = channel.split(':');
      const request = { probe: channel };
      await expect(api[domain]?.[verb]?.(request)).resolves.toBe(`reply from ${channel}`);
      expect(ipcRenderer.invoked.at(-1)).toEqual([channel, request]);
    }
  });

  it("gives listeners the payload only, never Electron's event, and unsubscribes", () => {
    const { exposed, ipcRenderer } = runPreload('index.cjs');
    const events = exposed[0]?.api.events as {
      on(channel: string, listener: (...args: unknown[]) => void): () => void;
    };
    for (const channel of Object.keys(pushChannels)) {
      const received: unknown[][] = [];
      const off = events.on(channel, (...args) => received.push(args));
      const payload = { probe: channel };
      ipcRenderer.emit(channel, { sender: 'the IpcRendererEvent' }, payload);
      expect(received, channel).toEqual([[payload]]);
      off();
      expect(ipcRenderer.listenerCount(channel), channel).toBe(0);
    }
  });

  it('refuses to listen on a channel outside the contract', () => {
    const { exposed, ipcRenderer } = runPreload('index.cjs');
    const events = exposed[0]?.api.events as {
      on(channel: string, listener: () => void): () => void;
    };
    expect(() => events.on('popup:changed', () => {})).toThrow(/Unknown event channel/);
    expect(ipcRenderer.eventNames()).toEqual([]);
  });

  it("shows the page main's message without Electron's remote-method prefix", async () => {
    const { exposed, ipcRenderer, PreloadError } = runPreload('index.cjs');
    ipcRenderer.reply = (channel) =>
      Promise.reject(
        new PreloadError(
          `Error invoking remote method '${channel}': Error: Wrong password for 1001`,
        ),
      );
    const settings = exposed[0]?.api.settings as { get(): Promise<unknown> };
    await expect(settings.get()).rejects.toThrow(/^Wrong password for 1001$/);
  });
});

describe('the popup preload (out/preload/popup.cjs)', () => {
  it('requires nothing but electron and exposes window.softphonePopup only', () => {
    const { required, exposed } = runPreload('popup.cjs');
    expect(required).toEqual(['electron']);
    expect(exposed.map((exposure) => exposure.name)).toEqual(['softphonePopup']);
    expect(Object.keys(exposed[0]?.api ?? {}).sort()).toEqual(['command', 'onChanged', 'view']);
  });

  it('hands over functions only, never ipcRenderer', () => {
    const { exposed, ipcRenderer } = runPreload('popup.cjs');
    expectOnlyBridgeableValues(exposed[0]?.api, ipcRenderer);
  });

  it('asks for its view, sends its command and passes changes on without the event', async () => {
    const { exposed, ipcRenderer } = runPreload('popup.cjs');
    const popup = exposed[0]?.api as {
      view(): Promise<unknown>;
      command(action: string): Promise<void>;
      onChanged(listener: (...args: unknown[]) => void): () => void;
    };
    await popup.view();
    await popup.command('answer');
    expect(ipcRenderer.invoked).toEqual([['popup:view'], ['popup:command', { action: 'answer' }]]);

    const received: unknown[][] = [];
    const off = popup.onChanged((...args) => received.push(args));
    ipcRenderer.emit('popup:changed', { sender: 'the IpcRendererEvent' }, { callId: 'c1' });
    expect(received).toEqual([[{ callId: 'c1' }]]);
    off();
    expect(ipcRenderer.listenerCount('popup:changed')).toBe(0);
  });
});
