import Papa from 'papaparse';
import type { ContactNumber } from '../../src-preload/contract';
import {
  finishDraft,
  type ContactDraft,
  type ImportProblem,
  type ImportResult,
} from './contact-draft';

/*
 * CSV as Google Contacts and Outlook export it, read and written with papaparse (quoting, embedded
 * newlines and commas, a BOM). Which columns mean what is ours: Google's "Phone 1 - Label" /
 * "Phone 1 - Value" pairs (older exports say "Type"; several numbers in one cell are joined by
 * " ::: "), "* starred" in Labels for favourites; Outlook's fixed columns ("Mobile Phone",
 * "Business Phone", "Home Phone"…). Export writes Google's columns, which Outlook imports too.
 */

const OUTLOOK_PHONES: Record<string, string> = {
  'Mobile Phone': 'mobile',
  'Business Phone': 'work',
  'Business Phone 2': 'work',
  'Company Main Phone': 'work',
  'Home Phone': 'home',
  'Home Phone 2': 'home',
  'Business Fax': 'fax',
  'Home Fax': 'fax',
  'Other Fax': 'fax',
  'Primary Phone': 'other',
  'Other Phone': 'other',
  'Car Phone': 'other',
  Pager: 'other',
  "Assistant's Phone": 'other',
};

const GOOGLE_LABELS: Record<string, string> = {
  mobile: 'mobile',
  cell: 'mobile',
  work: 'work',
  main: 'work',
  home: 'home',
  fax: 'fax',
  'work fax': 'fax',
  'home fax': 'fax',
  other: 'other',
};
const EXPORT_LABELS: Record<string, string> = {
  mobile: 'Mobile',
  work: 'Work',
  home: 'Home',
  fax: 'Work Fax',
  other: 'Other',
};
const STARRED = '* starred';
const SPLIT = ' ::: ';

type Row = Record<string, string>;

function first(row: Row, ...columns: string[]): string {
  for (const column of columns) {
    const value = row[column]?.trim();
    if (value) return value.split(SPLIT)[0] ?? '';
  }
  return '';
}

function labelOf(raw: string | undefined): string {
  const label = (raw ?? '').replace(/^\*\s*/, '').trim();
  return GOOGLE_LABELS[label.toLowerCase()] ?? (label || 'other');
}

function numbersOf(row: Row, header: readonly string[]): ContactNumber[] {
  const numbers: ContactNumber[] = [];
  for (const column of header) {
    const google = /^Phone (\d+) - Value$/.exec(column);
    const value = row[column]?.trim();
    if (!value) continue;
    if (google) {
      const label = labelOf(row[`Phone ${google[1]} - Label`] ?? row[`Phone ${google[1]} - Type`]);
      for (const number of value.split(SPLIT)) numbers.push({ label, number });
    } else if (OUTLOOK_PHONES[column]) {
      numbers.push({ label: OUTLOOK_PHONES[column], number: value });
    }
  }
  return numbers;
}

function draftOfRow(row: Row, header: readonly string[]): ContactDraft | undefined {
  const joined = [
    first(row, 'First Name', 'Given Name'),
    first(row, 'Middle Name', 'Additional Name'),
    first(row, 'Last Name', 'Family Name'),
  ]
    .filter(Boolean)
    .join(' ');
  const groups = `${row.Labels ?? ''} ${row['Group Membership'] ?? ''}`;
  return finishDraft({
    name: first(row, 'Name', 'Display Name', 'File As') || joined,
    company: first(row, 'Organization Name', 'Organization 1 - Name', 'Company'),
    email: first(row, 'E-mail 1 - Value', 'E-mail Address', 'Email', 'E-mail'),
    notes: row.Notes ?? '',
    numbers: numbersOf(row, header),
    favourite: groups.includes(STARRED),
  });
}

/** 1-based line numbers of each row's start, from the offsets papaparse reports. */
function lineCounter(text: string) {
  let offset = 0;
  let line = 1;
  return (cursor: number) => {
    const start = line;
    for (; offset < cursor && offset < text.length; offset += 1)
      if (text[offset] === '\n') line += 1;
    return start;
  };
}

/** Parses a Google or Outlook CSV export; bad rows are reported with their line, the rest imports. */
export function parseContactsCsv(input: string): ImportResult {
  const text = input.replace(/^\uFEFF/, '');
  const contacts: ContactDraft[] = [];
  const problems: ImportProblem[] = [];
  const startOf = lineCounter(text);
  let header: string[] | undefined;
  Papa.parse<string[]>(text, {
    skipEmptyLines: 'greedy',
    step(result) {
      const line = startOf(result.meta.cursor);
      const cells = result.data;
      if (!header) {
        header = cells.map((cell) => cell.trim());
        if (!header.some((column) => /name|phone/i.test(column))) {
          problems.push({ line, message: 'This is not a contacts CSV (no name or phone column).' });
        }
        return;
      }
      const broken = result.errors[0];
      if (broken) {
        problems.push({ line, message: broken.message });
        return;
      }
      if (cells.length !== header.length) {
        problems.push({
          line,
          message: `This row has ${cells.length} fields; the header has ${header.length}.`,
        });
        return;
      }
      const row: Row = {};
      header.forEach((column, index) => (row[column] = cells[index] ?? ''));
      const draft = draftOfRow(row, header);
      if (draft) contacts.push(draft);
      else problems.push({ line, message: 'This row has no name and no number.' });
    },
  });
  return { contacts, problems };
}

/** Writes contacts in Google Contacts' CSV columns (Outlook and Google both import it). */
export function formatContactsCsv(contacts: readonly ContactDraft[]): string {
  const phones = Math.max(1, ...contacts.map((contact) => contact.numbers.length));
  const fields = [
    'First Name',
    'Last Name',
    'Organization Name',
    'E-mail 1 - Label',
    'E-mail 1 - Value',
  ];
  for (let i = 1; i <= phones; i += 1) fields.push(`Phone ${i} - Label`, `Phone ${i} - Value`);
  fields.push('Notes', 'Labels');
  const data = contacts.map((contact) => {
    const words = contact.name.split(' ');
    const last = words.length > 1 ? (words.pop() ?? '') : '';
    const row: string[] = [words.join(' '), last, contact.company ?? ''];
    row.push(contact.email ? '* Home' : '', contact.email ?? '');
    for (let i = 0; i < phones; i += 1) {
      const entry = contact.numbers[i];
      row.push(entry ? (EXPORT_LABELS[entry.label] ?? entry.label) : '', entry?.number ?? '');
    }
    row.push(
      contact.notes ?? '',
      contact.favourite ? `${STARRED} ::: * myContacts` : '* myContacts',
    );
    return row;
  });
  return Papa.unparse({ fields, data }, { newline: '\r\n' });
}
