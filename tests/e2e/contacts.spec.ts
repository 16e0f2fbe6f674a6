import { fileURLToPath } from 'node:url';
import { writeFileSync } from 'node:fs';
import { contactsCsv } from '../testbed/contacts-book';
import { testExtension } from '../testbed/extensions';
import { expect, test } from './calls/phones';
import { ContactsPage } from './pages/contacts-page';

const vcard = fileURLToPath(new URL('./fixtures/contacts.vcf', import.meta.url));
const BOB = 'Bob Bäumer from the building site with a name long enough to be folded';

/** Issue 10, point 2: contacts imported from a vCard name callers and are found in the Number field. */
test.describe('contacts', () => {
  test('a vCard imports through the UI, a contact rings with its name, and search by name dials', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const bob = await phone('1002');
    const contacts = new ContactsPage(alice.page);

    // Import: a 3.0 card with a folded name and two numbers, a 4.0 card with a malformed line.
    await contacts.open();
    await contacts.importFile(vcard);
    await expect(contacts.importReport).toContainText('Imported 2 contacts from contacts.vcf');
    await expect(contacts.importReport).toContainText('Line 12:');
    await expect(contacts.contact(BOB)).toContainText('1002');
    await expect(contacts.contact('Carol Çelik')).toContainText('1003');

    // A caller who is a contact rings with the contact's name, the PBX's name beside it.
    await alice.openPhone();
    await bob.dial('1001');
    await expect(alice.ringingCall).toContainText(BOB);
    await expect(alice.ringingCall).toContainText(
      `Caller ID: ${testExtension('1002').displayName}`,
    );
    await alice.decline();
    await expect(alice.cards).toHaveCount(0);
    await expect(bob.cards).toHaveCount(0, { timeout: 15_000 });
    await alice.expectHistoryEntry(BOB, /Incoming/);

    // The Number field is a combobox: typing a name lists the contact's numbers.
    const field = alice.page.getByRole('combobox', { name: 'Number', exact: true });
    await field.fill('bäu');
    const options = alice.page.getByRole('listbox').getByRole('option');
    await expect(options).toHaveText([`${BOB}, Work 1002`, `${BOB}, Mobile +49 170 5550102`]);
    await expect(field).toHaveAttribute('aria-expanded', 'true');
    await field.press('ArrowDown');
    await expect(options.first()).toHaveAttribute('aria-selected', 'true');
    await expect(field).toHaveAttribute('aria-activedescendant', 'dial-suggestion-0');
    await field.press('Enter');
    // The far end sees the call.
    await expect(bob.ringingCall).toBeVisible();
    await expect(alice.call('1002')).toBeVisible();
    await bob.decline();
    await expect(alice.call('1002')).toContainText('Busy');
  });

  test('a big book draws a page of contacts at a time; Show more draws the next', async ({
    phone,
  }) => {
    const alice = await phone('1001');
    const file = test.info().outputPath('book.csv');
    writeFileSync(file, contactsCsv(45));
    const contacts = new ContactsPage(alice.page);
    await contacts.open();
    await contacts.importFile(file);
    await expect(contacts.importReport).toContainText('Imported 45 contacts');
    const rows = contacts.list.locator(':scope > li');
    await expect(rows).toHaveCount(30);
    await alice.page.getByRole('button', { name: 'Show more contacts' }).click();
    await expect(rows).toHaveCount(45);
    await expect(alice.page.getByRole('button', { name: 'Show more contacts' })).toHaveCount(0);
    // A search starts again from the first page, and finds by a non-ASCII name typed plainly.
    await alice.page.getByLabel('Search contacts').fill('zoe');
    await expect(rows).toHaveCount(5);
    await expect(rows.first()).toContainText('Zoë');
  });
});
