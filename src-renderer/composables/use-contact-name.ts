/**
 * The seam for contact names in the history: the contact saved for a number, or undefined.
 * The address book (the `contacts` store, issue 10.2) plugs in here; until then no number has a
 * contact, and the history shows the name the PBX sent.
 */
export function useContactName(): (number: string) => string | undefined {
  return () => undefined;
}
