import type { Contact, ContactNumber } from '../../src-preload/contract';
import { digitsOf } from './contact-draft';

/** Numbers at least this long also match by their last digits (+49 30 1234567 vs 030 1234567). */
const SUFFIX_DIGITS = 8;

interface Entry {
  contact: Contact;
  /** Folded (lower case, no accents) words of name and company. */
  words: string[];
  digits: string[];
}

/** One search hit: a contact and the number that matched (or its first). */
export interface ContactMatch {
  contact: Contact;
  number?: ContactNumber;
}

/** Lower case without accents, so "jurgen" finds "Jürgen". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * The address book prepared for typing: sorted once (favourites first, then by name), folded
 * words and digit strings computed once, and number look-ups by map. A search is one pass over
 * prepared strings and stops after `limit` hits, so 10,000 contacts answer well within a frame.
 */
export class ContactIndex {
  readonly #entries: Entry[];
  readonly #byDigits = new Map<string, Contact>();
  readonly #bySuffix = new Map<string, Contact>();

  constructor(contacts: readonly Contact[]) {
    const sorted = [...contacts].sort(
      (a, b) => Number(b.favourite) - Number(a.favourite) || collator.compare(a.name, b.name),
    );
    this.#entries = sorted.map((contact) => {
      const text = fold(`${contact.name} ${contact.company ?? ''}`);
      return {
        contact,
        words: text.split(/[\s,.;()-]+/).filter(Boolean),
        digits: contact.numbers.map((entry) => digitsOf(entry.number).replace(/^\+/, '')),
      };
    });
    for (const entry of this.#entries) {
      for (const number of entry.contact.numbers) {
        const digits = digitsOf(number.number);
        if (!digits) continue;
        if (!this.#byDigits.has(digits)) this.#byDigits.set(digits, entry.contact);
        const bare = digits.replace(/^\+/, '');
        if (bare.length >= SUFFIX_DIGITS) {
          const suffix = bare.slice(-SUFFIX_DIGITS);
          if (!this.#bySuffix.has(suffix)) this.#bySuffix.set(suffix, entry.contact);
        }
      }
    }
  }

  get size(): number {
    return this.#entries.length;
  }

  /** The contact with this number, written any way (exact digits first, then the last 8 digits). */
  forNumber(number: string | undefined): Contact | undefined {
    if (!number) return undefined;
    const digits = digitsOf(number.split('@')[0] ?? '');
    if (!digits) return undefined;
    const exact = this.#byDigits.get(digits);
    if (exact) return exact;
    const bare = digits.replace(/^\+/, '');
    return bare.length >= SUFFIX_DIGITS
      ? this.#bySuffix.get(bare.slice(-SUFFIX_DIGITS))
      : undefined;
  }

  /**
   * Contacts whose name or company has a word starting with each typed word, or one of whose
   * numbers contains the typed digits; in book order, at most `limit`. An empty query lists all.
   */
  search(query: string, limit = Number.POSITIVE_INFINITY): ContactMatch[] {
    const terms = fold(query).split(/\s+/).filter(Boolean);
    const typedDigits = /^[\d\s()+*#/.-]+$/.test(query.trim())
      ? digitsOf(query).replace(/^\+/, '')
      : '';
    const found: ContactMatch[] = [];
    for (const entry of this.#entries) {
      if (found.length >= limit) break;
      if (terms.length === 0) {
        found.push({ contact: entry.contact, number: entry.contact.numbers[0] });
        continue;
      }
      if (typedDigits) {
        const at = entry.digits.findIndex((digits) => digits.includes(typedDigits));
        if (at >= 0) {
          found.push({ contact: entry.contact, number: entry.contact.numbers[at] });
          continue;
        }
      }
      const byName = terms.every((term) => entry.words.some((word) => word.startsWith(term)));
      if (byName) found.push({ contact: entry.contact, number: entry.contact.numbers[0] });
    }
    return found;
  }
}
