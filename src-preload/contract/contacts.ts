import * as v from 'valibot';

/** Most contacts one address book holds; imports beyond it are refused with a message. */
export const MAX_CONTACTS = 50_000;
/** Most numbers one contact carries. */
export const MAX_CONTACT_NUMBERS = 16;

export const ContactIdSchema = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/));

/** One number of a contact, with its label ("mobile", "work", "home", "other" or free text). */
export const ContactNumberSchema = v.object({
  label: v.pipe(v.string(), v.maxLength(64)),
  number: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(64)),
});

/** One contact of the address book. Untrusted text throughout: shown as text, never as markup. */
export const ContactSchema = v.object({
  id: ContactIdSchema,
  name: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(256)),
  company: v.optional(v.pipe(v.string(), v.maxLength(256))),
  numbers: v.pipe(v.array(ContactNumberSchema), v.maxLength(MAX_CONTACT_NUMBERS)),
  email: v.optional(v.pipe(v.string(), v.maxLength(256))),
  notes: v.optional(v.pipe(v.string(), v.maxLength(4096))),
  favourite: v.optional(v.boolean(), false),
  /** Epoch milliseconds of the last change. */
  updatedAt: v.optional(v.number()),
});

/** Adds or replaces contacts by id: one for the form, many for an import. */
export const ContactsSaveSchema = v.object({
  contacts: v.pipe(v.array(ContactSchema), v.minLength(1), v.maxLength(MAX_CONTACTS)),
});

export const ContactsRemoveSchema = v.object({
  ids: v.pipe(v.array(ContactIdSchema), v.minLength(1), v.maxLength(MAX_CONTACTS)),
});

export type ContactNumber = v.InferOutput<typeof ContactNumberSchema>;
export type Contact = v.InferOutput<typeof ContactSchema>;
export type ContactInput = v.InferInput<typeof ContactSchema>;
