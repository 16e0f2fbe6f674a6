export { ContactsError, ContactsStore, type ContactsStoreOptions } from './contacts-store';
