import { defineStore } from 'pinia';
import { computed, shallowRef } from 'vue';
import type { Contact } from '../../src-preload/contract';
import { softphone } from '../bridge/softphone';
import {
  draftOf,
  finishDraft,
  sameContactKey,
  type ContactDraft,
  type ImportProblem,
} from '../contacts/contact-draft';
import { ContactIndex } from '../contacts/contact-index';

export interface ImportReport {
  added: number;
  /** Contacts the book already had (same name and numbers). */
  skipped: number;
  problems: ImportProblem[];
}

function newId(): string {
  return `c${Date.now().toString(36)}${Math.random().toString(36).slice(2, 10)}`;
}

/**
 * The address book: every contact (plain objects, held shallowly: 10,000 of them need no deep
 * reactivity) and the search index rebuilt once per change. `contactForNumber` is the lookup other
 * parts use for caller names.
 */
export const useContactsStore = defineStore('contacts', () => {
  const contacts = shallowRef<Contact[]>([]);
  const index = computed(() => new ContactIndex(contacts.value));
  let loaded: Promise<void> | undefined;

  function load(): Promise<void> {
    loaded ??= softphone.contacts.list().then((list) => void (contacts.value = list));
    return loaded;
  }

  function contactForNumber(number: string | undefined): Contact | undefined {
    return index.value.forNumber(number);
  }

  async function save(draft: ContactDraft, id?: string): Promise<Contact> {
    const clean = finishDraft(draft);
    if (!clean) throw new Error('A contact needs a name or a number.');
    const contact: Contact = { ...clean, id: id ?? newId(), updatedAt: Date.now() };
    await softphone.contacts.save({ contacts: [contact] });
    const others = contacts.value.filter((existing) => existing.id !== contact.id);
    contacts.value = id
      ? contacts.value.map((c) => (c.id === id ? contact : c))
      : [...others, contact];
    return contact;
  }

  async function toggleFavourite(contact: Contact): Promise<void> {
    await save({ ...draftOf(contact), favourite: !contact.favourite }, contact.id);
  }

  async function remove(id: string): Promise<void> {
    await softphone.contacts.remove({ ids: [id] });
    contacts.value = contacts.value.filter((contact) => contact.id !== id);
  }

  /** Imports a vCard or CSV file's text; saves what parsed, reports the rest. */
  async function importText(text: string, fileName: string): Promise<ImportReport> {
    const isCsv = /\.csv$/i.test(fileName) || !/BEGIN:VCARD/i.test(text);
    // The parsers (papaparse, ical.js) come with the first import, not with the first screen.
    const result = isCsv
      ? (await import('../contacts/csv')).parseContactsCsv(text)
      : (await import('../contacts/vcard')).parseVCards(text);
    const known = new Set(contacts.value.map((contact) => sameContactKey(draftOf(contact))));
    const fresh: Contact[] = [];
    for (const draft of result.contacts) {
      const key = sameContactKey(draft);
      if (known.has(key)) continue;
      known.add(key);
      fresh.push({ ...draft, id: newId(), updatedAt: Date.now() });
    }
    if (fresh.length > 0) {
      await softphone.contacts.save({ contacts: fresh });
      contacts.value = [...contacts.value, ...fresh];
    }
    return {
      added: fresh.length,
      skipped: result.contacts.length - fresh.length,
      problems: result.problems,
    };
  }

  return { contacts, index, load, contactForNumber, save, toggleFavourite, remove, importText };
});
