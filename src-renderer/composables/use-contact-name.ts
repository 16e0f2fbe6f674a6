import { useContactsStore } from '../stores/contacts';

/** The name of the contact saved for a number (the address book's lookup), or undefined. */
export function useContactName(): (number: string) => string | undefined {
  const contacts = useContactsStore();
  return (number) => contacts.contactForNumber(number)?.name;
}
