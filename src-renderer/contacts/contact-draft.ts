import type { Contact, ContactNumber } from '../../src-preload/contract';

/** A contact before it has an id: what an import or the form produces. */
export interface ContactDraft {
  name: string;
  company?: string;
  numbers: ContactNumber[];
  email?: string;
  notes?: string;
  favourite: boolean;
}

/** A line of an imported file that was skipped, and why (1-based line number). */
export interface ImportProblem {
  line: number;
  message: string;
}

export interface ImportResult {
  contacts: ContactDraft[];
  problems: ImportProblem[];
}

/** The labels the form offers; imports may carry other, free-text labels. */
export const KNOWN_LABELS = ['mobile', 'work', 'home', 'fax', 'other'] as const;

/** Collapses runs of white space, so the same name always compares equal. */
export function cleanText(text: string | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** A draft with empty optional fields left out and text cleaned; undefined without name or number. */
export function finishDraft(draft: ContactDraft): ContactDraft | undefined {
  const numbers = draft.numbers
    .map((entry) => ({ label: cleanText(entry.label) || 'other', number: cleanText(entry.number) }))
    .filter((entry) => entry.number !== '')
    .slice(0, 16);
  const name = cleanText(draft.name) || cleanText(draft.company) || numbers[0]?.number || '';
  if (!name) return undefined;
  const result: ContactDraft = { name, numbers, favourite: draft.favourite };
  const company = cleanText(draft.company);
  const email = cleanText(draft.email);
  const notes = (draft.notes ?? '').trim();
  if (company) result.company = company;
  if (email) result.email = email;
  if (notes) result.notes = notes;
  return result;
}

/** The draft part of a saved contact (for comparing and exporting). */
export function draftOf(contact: Contact): ContactDraft {
  return (
    finishDraft({ ...contact, favourite: contact.favourite }) ?? {
      name: contact.name,
      numbers: [],
      favourite: contact.favourite,
    }
  );
}

/** Same name and same numbers: an import skips a contact the book already has. */
export function sameContactKey(draft: Pick<ContactDraft, 'name' | 'numbers'>): string {
  return `${draft.name.toLowerCase()}\u0000${draft.numbers.map((n) => digitsOf(n.number)).join(',')}`;
}

/** The digits of a number (a leading + kept), for comparing numbers however they were written. */
export function digitsOf(number: string): string {
  const trimmed = number.trim().replace(/^tel:/i, '');
  const digits = trimmed.replace(/[^0-9*#]/g, '');
  return trimmed.startsWith('+') ? `+${digits}` : digits;
}
