/**
 * RFC 4235 `application/dialog-info+xml` bodies (busy lamps), parsed into plain dialogs and
 * folded into what a lamp shows. Pure apart from the XML parser, which is the page's DOMParser
 * by default (happy-dom's in unit tests). A body that is not dialog-info gives an error to log.
 */

/** What a busy lamp shows, as text and colour. */
export type LampState = 'idle' | 'ringing' | 'busy';

export type DialogState = 'trying' | 'proceeding' | 'early' | 'confirmed' | 'terminated';

export interface WatchedDialog {
  id: string;
  state: DialogState;
  /** `recipient`: the watched extension is being called; `initiator`: it is calling. */
  direction?: 'initiator' | 'recipient';
  callId?: string;
}

export interface DialogInfo {
  version: number;
  /** `full` replaces what was known; `partial` updates the dialogs it names. */
  full: boolean;
  entity: string;
  dialogs: WatchedDialog[];
}

export type DialogInfoResult = { ok: true; info: DialogInfo } | { ok: false; error: string };

export type XmlParser = (text: string) => Document;

const STATES: ReadonlySet<string> = new Set([
  'trying',
  'proceeding',
  'early',
  'confirmed',
  'terminated',
]);
/** A PBX's NOTIFY for one extension is a few kilobytes; more is not a lamp. */
const MAX_BODY = 65_536;
const MAX_DIALOGS = 64;

const defaultParser: XmlParser = (text) => new DOMParser().parseFromString(text, 'application/xml');

/** Parses a dialog-info document (any namespace prefix; the root must be `dialog-info`). */
export function parseDialogInfo(
  body: string | undefined | null,
  parse: XmlParser = defaultParser,
): DialogInfoResult {
  if (typeof body !== 'string' || body.trim() === '') return { ok: false, error: 'empty body' };
  if (body.length > MAX_BODY) return { ok: false, error: 'body too long' };
  // DTDs can define entities that expand without bound; dialog-info never needs one.
  if (/<!DOCTYPE/i.test(body)) return { ok: false, error: 'DOCTYPE not allowed' };
  let doc: Document;
  try {
    doc = parse(body);
  } catch {
    return { ok: false, error: 'not XML' };
  }
  const root = doc.documentElement;
  if (!root || doc.getElementsByTagName('parsererror').length > 0) {
    return { ok: false, error: 'not well-formed XML' };
  }
  if (root.localName !== 'dialog-info') {
    return { ok: false, error: `root element is <${root.localName.slice(0, 32)}>` };
  }
  const versionText = root.getAttribute('version') ?? '';
  const version = Number(versionText);
  if (!/^\d{1,10}$/.test(versionText) || !Number.isSafeInteger(version))
    return { ok: false, error: 'bad version' };
  const docState = root.getAttribute('state');
  if (docState !== 'full' && docState !== 'partial') return { ok: false, error: 'bad state' };
  const dialogs: WatchedDialog[] = [];
  for (const element of Array.from(root.children)) {
    if (element.localName !== 'dialog') continue;
    if (dialogs.length >= MAX_DIALOGS) return { ok: false, error: 'too many dialogs' };
    const id = element.getAttribute('id');
    const stateElement = Array.from(element.children).find((c) => c.localName === 'state');
    const state = stateElement?.textContent?.trim().toLowerCase() ?? '';
    if (!id) return { ok: false, error: 'dialog without id' };
    if (!STATES.has(state)) return { ok: false, error: `dialog state "${state.slice(0, 20)}"` };
    const direction = element.getAttribute('direction');
    const callId = element.getAttribute('call-id');
    dialogs.push({
      id,
      state: state as DialogState,
      ...((direction === 'initiator' || direction === 'recipient') && { direction }),
      ...(callId && { callId }),
    });
  }
  return {
    ok: true,
    info: {
      version,
      full: docState === 'full',
      entity: root.getAttribute('entity') ?? '',
      dialogs,
    },
  };
}

/**
 * Folds a notification into the dialogs known so far (RFC 4235 §4.1: `full` replaces them,
 * `partial` updates those it names); terminated dialogs are dropped.
 */
export function mergeDialogs(known: readonly WatchedDialog[], info: DialogInfo): WatchedDialog[] {
  const byId = new Map(info.full ? [] : known.map((dialog) => [dialog.id, dialog]));
  for (const dialog of info.dialogs) byId.set(dialog.id, dialog);
  return [...byId.values()].filter((dialog) => dialog.state !== 'terminated');
}

/**
 * What the lamp shows: Busy while any call is up (or the extension is dialling out), Ringing
 * while someone calls it, else Idle.
 */
export function lampState(dialogs: readonly WatchedDialog[]): LampState {
  const live = dialogs.filter((dialog) => dialog.state !== 'terminated');
  if (live.some((dialog) => dialog.state === 'confirmed')) return 'busy';
  if (live.some((dialog) => dialog.direction !== 'initiator')) return 'ringing';
  return live.length > 0 ? 'busy' : 'idle';
}
