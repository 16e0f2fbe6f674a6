/**
 * What every part of the fake Electron shares: the record of the app's calls, and where the
 * process is in Electron's life cycle (entry module run, `ready`, quitting).
 */
import { Buffer } from 'node:buffer';
import process from 'node:process';

/** Every call the app made, in order: `{ api, target?, args }`, args made JSON-safe at call time. */
export const calls = [];

/** Objects that describe themselves in the record (`[BrowserWindow 1]`) define this key. */
export const LABEL = Symbol('label in the record');

export function record(api, args = [], target) {
  calls.push(
    target === undefined ? { api, args: plain(args) } : { api, target, args: plain(args) },
  );
}

/** A JSON-safe copy: functions, labelled objects and buffers become short strings. */
export function plain(value, depth = 0) {
  if (typeof value === 'function') return '[function]';
  if (value === null || typeof value !== 'object') return value;
  if (depth > 8) return '[too deep]';
  if (LABEL in value) return value[LABEL];
  if (Buffer.isBuffer(value)) return `[Buffer ${value.length}]`;
  if (value instanceof Error) return { error: value.message };
  if (Array.isArray(value)) return value.map((item) => plain(item, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, depth + 1)]));
}

/** Records every listener the app adds (`app.on('second-instance')`, `contents.on('will-navigate')`). */
export function recordListeners(emitter, api, target) {
  emitter.on('newListener', (event) => record(api, [event], target));
}

/** An Electron-style event object whose default action can be prevented. */
export function preventable(fields = {}) {
  return {
    ...fields,
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

let markReady;
let markEntryEvaluated;

export const lifecycle = {
  ready: false,
  quitting: false,
  whenReady: new Promise((resolve) => (markReady = resolve)),
  /** launch.mjs has run the entry module: Electron emits `ready` only after that. */
  entryEvaluated: new Promise((resolve) => (markEntryEvaluated = resolve)),
  markEntryEvaluated: () => markEntryEvaluated(),
  markReady() {
    lifecycle.ready = true;
    markReady();
  },
  /** Every BrowserWindow made, open or closed. */
  windows: [],
};

/** What the harness may replace: driver.mjs reports an exit or a stopped quit to the test first. */
export const hooks = {
  exit: (code) => process.exit(code),
  quitStopped: () => {},
};

/** Electron refuses these APIs before `ready`; so does the fake. */
export function requireReady(api) {
  if (!lifecycle.ready) throw new Error(`${api} cannot be used before the app is ready`);
}
