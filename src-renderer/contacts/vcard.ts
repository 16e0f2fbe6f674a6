import ICAL from 'ical.js';
import type { ContactNumber } from '../../src-preload/contract';
import {
  finishDraft,
  type ContactDraft,
  type ImportProblem,
  type ImportResult,
} from './contact-draft';

/*
 * vCard 3.0 (RFC 2426) and 4.0 (RFC 6350) through ical.js, which parses and writes vCards
 * (parameters, escaping, structured values, line folding at 75 characters, CRLF). Its whole-file
 * parser stops at the first bad line, though, and the issue asks that a malformed line be reported
 * with its line number while the rest imports. So this module unfolds the text itself (RFC 6350
 * §3.2, keeping each logical line's first physical line number) and hands ical.js one content line
 * at a time (`ICAL.parse.property`), in the version's design set.
 */

type DesignSet = Parameters<typeof ICAL.parse.property>[1];
const VCARD4 = ICAL.design.getDesignSet('vcard') as DesignSet;
const VCARD3 = ICAL.design.getDesignSet('vcard3') as DesignSet;

/** Our label → vCard TYPE; other labels travel as their own TYPE value. */
const LABEL_TO_TYPE: Record<string, string> = {
  mobile: 'cell',
  work: 'work',
  home: 'home',
  fax: 'fax',
};
/** TYPE values that say nothing about which number this is. */
const NEUTRAL_TYPES = new Set(['voice', 'pref', 'internet', 'x-internet', 'text', 'msg']);
const TYPE_TO_LABEL: Record<string, string> = {
  cell: 'mobile',
  mobile: 'mobile',
  iphone: 'mobile',
  work: 'work',
  main: 'work',
  home: 'home',
  fax: 'fax',
  other: 'other',
};

interface LogicalLine {
  text: string;
  line: number;
}

/** RFC 6350 §3.2: a line beginning with a space or tab continues the one before it. */
function unfold(text: string): LogicalLine[] {
  const lines: LogicalLine[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\n|\r/)
    .forEach((physical, index) => {
      const last = lines.at(-1);
      if ((physical.startsWith(' ') || physical.startsWith('\t')) && last) {
        last.text += physical.slice(1);
      } else {
        lines.push({ text: physical, line: index + 1 });
      }
    });
  return lines.filter((entry) => entry.text.trim() !== '');
}

function typesOf(params: Record<string, unknown>): string[] {
  const raw = params.type;
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  return list.flatMap((value) => String(value).split(',')).map((value) => value.trim());
}

function labelOf(types: string[]): string {
  const lower = types.map((type) => type.toLowerCase());
  for (const type of lower) if (TYPE_TO_LABEL[type]) return TYPE_TO_LABEL[type];
  const custom = types.find((type) => !NEUTRAL_TYPES.has(type.toLowerCase()));
  return custom ? custom.replace(/^x-/i, '') : 'other';
}

function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(textOf).filter(Boolean).join(' ');
  return typeof value === 'string' ? value : '';
}

class CardBuilder {
  readonly startLine: number;
  fn = '';
  n = '';
  draft: ContactDraft = { name: '', numbers: [], favourite: false };

  constructor(line: number) {
    this.startLine = line;
  }

  add(property: [string, Record<string, unknown>, string, ...unknown[]]): void {
    const [name, params, , ...values] = property;
    const value = values[0];
    switch (name) {
      case 'fn':
        this.fn = textOf(value);
        break;
      case 'n': {
        // family; given; additional; prefixes; suffixes → "given additional family"
        const parts = Array.isArray(value) ? value.map(textOf) : [textOf(value)];
        this.n = [parts[3], parts[1], parts[2], parts[0], parts[4]].filter(Boolean).join(' ');
        break;
      }
      case 'org':
        this.draft.company = Array.isArray(value) ? value.map(textOf).join(', ') : textOf(value);
        break;
      case 'tel': {
        const number = textOf(value).replace(/^tel:/i, '');
        const entry: ContactNumber = { label: labelOf(typesOf(params)), number };
        this.draft.numbers.push(entry);
        break;
      }
      case 'email':
        this.draft.email ??= textOf(value);
        break;
      case 'note':
        this.draft.notes = this.draft.notes
          ? `${this.draft.notes}\n${textOf(value)}`
          : textOf(value);
        break;
      case 'x-softphone-favourite':
        this.draft.favourite = /^(true|1|yes)$/i.test(textOf(value));
        break;
      default:
        break;
    }
  }

  finish(): ContactDraft | undefined {
    return finishDraft({ ...this.draft, name: this.fn || this.n });
  }
}

/** Parses every vCard in `text`; bad lines and empty cards are reported, the rest imports. */
export function parseVCards(text: string): ImportResult {
  const contacts: ContactDraft[] = [];
  const problems: ImportProblem[] = [];
  let card: CardBuilder | undefined;
  let design = VCARD4;
  const close = (end: CardBuilder) => {
    const draft = end.finish();
    if (draft) contacts.push(draft);
    else problems.push({ line: end.startLine, message: 'The vCard has no name and no number.' });
  };
  for (const { text: content, line } of unfold(text)) {
    const upper = content.trim().toUpperCase();
    if (upper === 'BEGIN:VCARD') {
      if (card) {
        problems.push({ line, message: 'A vCard starts before the previous one ended.' });
        close(card);
      }
      card = new CardBuilder(line);
      design = VCARD4;
      continue;
    }
    if (!card) {
      problems.push({ line, message: 'This line is outside a vCard (BEGIN:VCARD is missing).' });
      continue;
    }
    if (upper === 'END:VCARD') {
      close(card);
      card = undefined;
      continue;
    }
    if (/^VERSION:/i.test(upper)) {
      const version = upper.slice('VERSION:'.length).trim();
      if (version === '3.0') design = VCARD3;
      else if (version !== '4.0') {
        problems.push({ line, message: `vCard version ${version} is read as 4.0.` });
      }
      continue;
    }
    try {
      const property = ICAL.parse.property(content, design) as [
        string,
        Record<string, unknown>,
        string,
        ...unknown[],
      ];
      card.add(property);
    } catch (error) {
      problems.push({ line, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (card) {
    problems.push({ line: card.startLine, message: 'The vCard has no END:VCARD.' });
    close(card);
  }
  return { contacts, problems };
}

/** Writes contacts as vCards (3.0 or 4.0), UTF-8 text with folded CRLF lines. */
export function formatVCards(contacts: readonly ContactDraft[], version: '3.0' | '4.0'): string {
  return contacts.map((contact) => formatVCard(contact, version)).join('');
}

function formatVCard(contact: ContactDraft, version: '3.0' | '4.0'): string {
  const card = new ICAL.Component(['vcard', [], []]);
  card.addPropertyWithValue('version', version);
  card.addPropertyWithValue('fn', contact.name);
  const words = contact.name.split(' ');
  const family = words.length > 1 ? (words.pop() ?? '') : '';
  const n = new ICAL.Property('n');
  n.setValue([family, words.join(' '), '', '', '']);
  card.addProperty(n);
  if (contact.company) {
    const org = new ICAL.Property('org');
    org.setValue([contact.company]);
    card.addProperty(org);
  }
  for (const entry of contact.numbers) {
    const tel = new ICAL.Property('tel');
    tel.setValue(entry.number);
    const type = LABEL_TO_TYPE[entry.label] ?? (entry.label === 'other' ? undefined : entry.label);
    tel.setParameter('type', type ? [type, 'voice'] : ['voice']);
    card.addProperty(tel);
  }
  if (contact.email) card.addPropertyWithValue('email', contact.email);
  if (contact.notes) card.addPropertyWithValue('note', contact.notes);
  if (contact.favourite) card.addPropertyWithValue('x-softphone-favourite', 'TRUE');
  return `${card.toString()}\r\n`;
}
