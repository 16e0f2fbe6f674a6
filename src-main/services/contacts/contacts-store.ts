import * as v from 'valibot';
import {
  ContactSchema,
  MAX_CONTACTS,
  type Contact,
  type ContactInput,
  UserError,
  type UserErrorCode,
} from '../../../src-preload/contract';
import type { Logger as SharedLogger } from '../logging/logger';
import { nodeFileSystem, type DataFileSystem } from '../fs/data-files';

/** Contacts log counts and paths, never names or numbers. */
export type Logger = Pick<SharedLogger, 'info' | 'warn' | 'error'>;

/** A refusal or failure the renderer shows in the user's language (a `UserError` code). */
export class ContactsError extends UserError {
  override readonly name = 'ContactsError';
}

/** What a write was doing, as the code of the error it fails with. */
type WriteFailure = Extract<UserErrorCode, `contacts${string}Failed`>;

export interface ContactsStoreOptions {
  /** The JSON file, e.g. `<userData>/contacts.json`. */
  readonly filePath: string;
  readonly log: Logger;
  readonly fs?: Pick<DataFileSystem, 'readText' | 'replace'>;
}

/**
 * The address book in main: one JSON file (`{ "version": 1, "contacts": [...] }`) held in memory
 * and replaced atomically after each change (fs/atomic-write.ts). Writes run one at a time, in
 * the order asked for. An entry that no longer fits the schema is dropped on load and counted in
 * the log; an unreadable or unparsable file gives an empty book that refuses to write over it.
 */
export class ContactsStore {
  readonly #contacts = new Map<string, Contact>();
  readonly #fs: Pick<DataFileSystem, 'readText' | 'replace'>;
  readonly #options: ContactsStoreOptions;
  readonly #error: string | undefined;
  #writes: Promise<unknown> = Promise.resolve();

  private constructor(options: ContactsStoreOptions, contacts: Contact[], error?: string) {
    this.#options = options;
    this.#fs = options.fs ?? nodeFileSystem;
    this.#error = error;
    for (const contact of contacts) this.#contacts.set(contact.id, contact);
  }

  /** Loads the file. Never throws (see the class comment). */
  static async open(options: ContactsStoreOptions): Promise<ContactsStore> {
    const fs = options.fs ?? nodeFileSystem;
    let text: string | null;
    try {
      text = await fs.readText(options.filePath);
    } catch (error) {
      options.log.error(
        `Contacts could not be read (${describe(error)}); the file is left untouched`,
      );
      return new ContactsStore(options, [], describe(error));
    }
    if (text === null) return new ContactsStore(options, []);
    let raw: unknown;
    try {
      raw = JSON.parse(text);
    } catch (error) {
      options.log.error(`Contacts file is not JSON (${describe(error)}); it is left untouched`);
      return new ContactsStore(options, [], 'the contacts file is damaged');
    }
    const list = (raw as { contacts?: unknown } | null)?.contacts;
    const contacts: Contact[] = [];
    let dropped = 0;
    for (const item of Array.isArray(list) ? list : []) {
      const parsed = v.safeParse(ContactSchema, item);
      if (parsed.success) contacts.push(parsed.output);
      else dropped += 1;
    }
    options.log.info(
      `Contacts loaded: ${contacts.length}${dropped ? `, ${dropped} invalid dropped` : ''}`,
    );
    return new ContactsStore(options, contacts);
  }

  get size(): number {
    return this.#contacts.size;
  }

  /** Every contact, in the order they were first saved. */
  list(): Contact[] {
    return [...this.#contacts.values()];
  }

  /** Adds or replaces contacts by id, then writes the file once. */
  async save(contacts: readonly ContactInput[]): Promise<void> {
    const parsed = contacts.map((contact) => {
      const result = v.safeParse(ContactSchema, contact);
      if (!result.success) throw new ContactsError('contactsInvalid');
      return result.output;
    });
    const added = parsed.filter((contact) => !this.#contacts.has(contact.id)).length;
    if (this.#contacts.size + added > MAX_CONTACTS) {
      throw new ContactsError('contactsTooMany', { max: MAX_CONTACTS });
    }
    for (const contact of parsed) this.#contacts.set(contact.id, contact);
    await this.#persist('contactsSaveFailed');
  }

  async remove(ids: readonly string[]): Promise<void> {
    let changed = false;
    for (const id of ids) changed = this.#contacts.delete(id) || changed;
    if (changed) await this.#persist('contactsDeleteFailed');
  }

  async clear(): Promise<void> {
    this.#contacts.clear();
    await this.#persist('contactsClearFailed');
  }

  /** Snapshots now, so writes land in the order they were asked for. */
  #persist(what: WriteFailure): Promise<void> {
    if (this.#error !== undefined) {
      return Promise.reject(new ContactsError('contactsUnavailable', { reason: this.#error }));
    }
    const text = `${JSON.stringify({ version: 1, contacts: this.list() })}\n`;
    const task = () => this.#fs.replace(this.#options.filePath, text);
    const run = this.#writes.then(task, task).catch((error: unknown) => {
      const failure = new ContactsError(what, { reason: describe(error) });
      this.#options.log.error(failure.message);
      throw failure;
    });
    this.#writes = run.catch(() => undefined);
    return run;
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
