import { describe, expect, it } from 'vitest';
import { parseContactsCsv, formatContactsCsv } from './csv';
import { formatVCards, parseVCards } from './vcard';

import contactsVcf from './fixtures/contacts.vcf?raw';
import googleCsv from './fixtures/google.csv?raw';
import outlookCsv from './fixtures/outlook.csv?raw';

const fixtures: Record<string, string> = {
  'contacts.vcf': contactsVcf,
  'google.csv': googleCsv,
  'outlook.csv': outlookCsv,
};
const fixture = (name: string) => fixtures[name] ?? '';

describe('vCard import', () => {
  const result = parseVCards(fixture('contacts.vcf'));

  it('reads 3.0 and 4.0 cards, folded lines, non-ASCII names and several numbers', () => {
    expect(result.contacts).toEqual([
      {
        name: 'Jürgen Müller',
        company: 'Bäckerei Schön',
        numbers: [
          { label: 'work', number: '+49 30 1234567' },
          { label: 'mobile', number: '+49 170 7654321' },
        ],
        email: 'juergen@example.com',
        notes: 'Prefers calls in the morning, not after 6',
        favourite: false,
      },
      {
        name: 'Zoë Łukasiewicz-Brontë with a very long name that is folded over two lines',
        numbers: [
          { label: 'home', number: '+44-20-7946-0958' },
          { label: 'work', number: '1002' },
        ],
        email: 'zoe@example.org',
        favourite: false,
      },
      {
        name: '山田 太郎',
        numbers: [{ label: 'mobile', number: '+81 90 1234 5678' }],
        favourite: false,
      },
    ]);
  });

  it('reports the malformed line and the empty card by line number', () => {
    expect(result.problems).toEqual([
      { line: 17, message: expect.stringContaining('invalid line') },
      { line: 25, message: 'The vCard has no name and no number.' },
    ]);
  });

  it('reports text outside a card and a card without END, and still imports it', () => {
    const broken = parseVCards('junk\nBEGIN:VCARD\nVERSION:4.0\nFN:Ann\nTEL:1\n');
    expect(broken.contacts).toEqual([
      { name: 'Ann', numbers: [{ label: 'other', number: '1' }], favourite: false },
    ]);
    expect(broken.problems.map((problem) => problem.line)).toEqual([1, 2]);
  });

  it('gives the same contacts back after export and re-import, in 3.0 and 4.0', () => {
    const contacts = [
      ...result.contacts,
      {
        name: 'Semi; Colon, Comma',
        company: 'ACME; Ltd',
        numbers: [
          { label: 'fax', number: '+1 555 0100' },
          { label: 'Hotline', number: '*97' },
          { label: 'other', number: '1003' },
        ],
        notes: 'Line one\nLine two: \\ backslash',
        favourite: true,
      },
    ];
    for (const version of ['3.0', '4.0'] as const) {
      const text = formatVCards(contacts, version);
      expect(text.split('\r\n').every((line) => line.length <= 75)).toBe(true);
      expect(text).toContain(`VERSION:${version}`);
      const again = parseVCards(text);
      expect(again.problems).toEqual([]);
      expect(again.contacts).toEqual(contacts);
    }
  });
});

describe('CSV import', () => {
  it('reads Google’s columns: several numbers, labels, starred, non-ASCII, multi-line notes', () => {
    const result = parseContactsCsv(fixture('google.csv'));
    expect(result.contacts).toEqual([
      {
        name: 'Renée Dubois',
        company: 'Café Lumière',
        email: 'renee@example.fr',
        numbers: [
          { label: 'mobile', number: '+33 6 12 34 56 78' },
          { label: 'mobile', number: '+33 6 98 76 54 32' },
          { label: 'work', number: '+33 1 23 45 67 89' },
        ],
        notes: 'Two lines\nof notes',
        favourite: true,
      },
      {
        name: 'Björn Åström',
        numbers: [{ label: 'home', number: '+46 8 123 456' }],
        favourite: false,
      },
      {
        name: 'Ana María García',
        numbers: [{ label: 'fax', number: '+34 91 123 4567' }],
        favourite: false,
      },
    ]);
    // The row after the two-line note starts on line 5.
    expect(result.problems).toEqual([{ line: 5, message: expect.stringContaining('2 fields') }]);
  });

  it('reads Outlook’s columns and reports the short row', () => {
    const result = parseContactsCsv(fixture('outlook.csv'));
    expect(result.contacts).toEqual([
      {
        name: 'Øyvind Hansen',
        company: 'Fjord AS',
        email: 'oyvind@example.no',
        numbers: [
          { label: 'work', number: '+47 22 12 34 56' },
          { label: 'mobile', number: '+47 912 34 567' },
        ],
        favourite: false,
      },
      {
        name: 'Çağla Yılmaz',
        numbers: [{ label: 'home', number: '+90 212 555 0101' }],
        favourite: false,
      },
    ]);
    expect(result.problems).toEqual([{ line: 3, message: expect.stringContaining('3 fields') }]);
  });

  it('gives the same contacts back after export and re-import', () => {
    const contacts = [
      ...parseContactsCsv(fixture('google.csv')).contacts,
      ...parseVCards(fixture('contacts.vcf')).contacts,
      { name: 'Quote "Q" Person', numbers: [{ label: 'Hotline', number: '*97' }], favourite: true },
    ];
    const again = parseContactsCsv(formatContactsCsv(contacts));
    expect(again.problems).toEqual([]);
    expect(again.contacts).toEqual(contacts);
  });

  it('refuses a file that is not a contacts CSV', () => {
    expect(parseContactsCsv('a,b\n1,2\n').problems[0]?.line).toBe(1);
  });
});
