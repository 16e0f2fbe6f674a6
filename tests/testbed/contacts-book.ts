/** Generated address books for the tests and the bench: many contacts, some non-ASCII names. */
const FIRST = ['Anna', 'Jürgen', 'Marta', 'Zoë', 'Mehmet', 'Ingrid', 'Kenji', 'Søren', 'Lucía'];
const LAST = ['Schmidt', 'Müller', 'Martin', 'Çelik', 'Nowak', 'Dubois', 'Tanaka', 'Andersen'];

/** A Google-style CSV of `count` contacts with distinct names and numbers. */
export function contactsCsv(count: number): string {
  const rows = ['First Name,Last Name,Organization Name,Phone 1 - Label,Phone 1 - Value'];
  for (let i = 0; i < count; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = `${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i}`;
    rows.push(`${first},${last},Firma ${i % 97},Work,+49 30 ${String(3_000_000 + i)}`);
  }
  return `${rows.join('\n')}\n`;
}
