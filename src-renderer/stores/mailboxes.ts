import { ref } from 'vue';
import type { MessageSummary } from '../sip/message-summary';
import { phone } from './phone-engine';

/**
 * Each line's mailbox as the engine last heard it (message-summary NOTIFY), by line id. Plain
 * module state rather than a store of its own, because both the presence store (the Voicemail
 * button) and the phone report to main (tray and dock badge) read it, and the report is set up
 * inside the calls store, which the presence store itself uses.
 */
export const mailboxes = ref<Record<string, MessageSummary>>({});

phone.events.on('mwi', ({ accountId, summary }) => {
  mailboxes.value = { ...mailboxes.value, [accountId]: summary };
});
