import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { Contact } from '../../../src-preload/contract';

interface ContactsSchema extends DBSchema {
  contacts: { key: string; value: Contact };
}

/** The address book in IndexedDB for web mode; the same operations as main's ContactsStore. */
export class ContactsDb {
  private db: Promise<IDBPDatabase<ContactsSchema>>;

  constructor(name = 'softphone-contacts') {
    this.db = openDB<ContactsSchema>(name, 1, {
      upgrade(db) {
        db.createObjectStore('contacts', { keyPath: 'id' });
      },
    });
  }

  async list(): Promise<Contact[]> {
    return (await this.db).getAll('contacts');
  }

  /** One transaction for the lot: an import of 10,000 contacts is one commit, not 10,000. */
  async save(contacts: readonly Contact[]): Promise<void> {
    const tx = (await this.db).transaction('contacts', 'readwrite');
    await Promise.all([...contacts.map((contact) => tx.store.put(contact)), tx.done]);
  }

  async remove(ids: readonly string[]): Promise<void> {
    const tx = (await this.db).transaction('contacts', 'readwrite');
    await Promise.all([...ids.map((id) => tx.store.delete(id)), tx.done]);
  }

  async clear(): Promise<void> {
    await (await this.db).clear('contacts');
  }
}
