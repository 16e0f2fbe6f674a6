/** What shows a caller who is a contact, and the PBX's own display name beside it when it differs. */
export interface CallerName {
  /** The contact's name, else the PBX's display name; undefined when neither is known. */
  name?: string;
  /** The PBX's display name, only when a contact's name is shown and the two differ. */
  pbxName?: string;
}

/** Pure: the contact's name wins; the PBX's name is kept beside it when it says something else. */
export function callerName(
  contactName: string | undefined,
  pbxName: string | undefined,
): CallerName {
  const pbx = pbxName?.trim() || undefined;
  if (!contactName) return pbx ? { name: pbx } : {};
  const differs = pbx !== undefined && pbx.toLowerCase() !== contactName.toLowerCase();
  return differs ? { name: contactName, pbxName: pbx } : { name: contactName };
}

/** One line of text for surfaces with one name field (popup, notification, history): "Anna (anna.s)". */
export function callerLabel(caller: CallerName): string | undefined {
  return caller.pbxName ? `${caller.name} (${caller.pbxName})` : caller.name;
}
