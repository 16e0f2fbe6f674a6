import { describe, expect, it } from 'vitest';
import type { Contact } from '../../src-preload/contract';
import { ContactIndex } from './contact-index';

const contact = (id: number, name: string, number: string, favourite = false): Contact => ({
  id: `c${id}`,
  name,
  numbers: [{ label: 'work', number }],
  favourite,
});

/** 10,000 contacts: "Person 0" … "Person 9999", number +49 30 1<id padded to 6>. */
const book = Array.from({ length: 10_000 }, (_, i) =>
  contact(i, `Person ${i} ${i % 2 ? 'Meyer' : 'Schmidt'}`, `+49 30 1${String(i).padStart(6, '0')}`),
);
book.push(contact(10_000, 'Jürgen Müller', '030 9876543', true));

describe('ContactIndex on 10,000 contacts', () => {
  const index = new ContactIndex(book);

  it('finds by word prefix, accents folded, favourites first, limited', () => {
    expect(index.search('jurg').map((m) => m.contact.name)).toEqual(['Jürgen Müller']);
    const meyers = index.search('meyer', 8);
    expect(meyers).toHaveLength(8);
    expect(meyers.every((m) => m.contact.name.endsWith('Meyer'))).toBe(true);
    const fortyTwo = index.search('person 42 schmidt');
    expect(fortyTwo[0]?.contact.name).toBe('Person 42 Schmidt');
    // 42, 420–428, 4200–4298 (even ids are Schmidt): 1 + 5 + 50.
    expect(fortyTwo).toHaveLength(56);
    expect(fortyTwo.every((m) => /^Person 42\d* Schmidt$/.test(m.contact.name))).toBe(true);
    // Every word must match the start of a word: "erson" is no match.
    expect(index.search('erson')).toEqual([]);
    expect(index.search('meyer')).toHaveLength(5000);
    expect(index.search('')[0]?.contact.name).toBe('Jürgen Müller');
  });

  it('finds by digits inside a number, however it is written', () => {
    expect(index.search('1004711').map((m) => m.contact.id)).toEqual(['c4711']);
    expect(index.search('+49 30 1004711')[0]?.number?.number).toBe('+49 30 1004711');
  });

  it('looks up a caller by number: exact digits, or the last 8 digits', () => {
    expect(index.forNumber('+49301004711')?.id).toBe('c4711');
    expect(index.forNumber('+49 30 9876543')?.name).toBe('Jürgen Müller');
    expect(index.forNumber('9876543')).toBeUndefined();
    expect(index.forNumber('sip:+49301000001@pbx.example.com'.replace('sip:', ''))?.id).toBe('c1');
    expect(index.forNumber('')).toBeUndefined();
  });
});
