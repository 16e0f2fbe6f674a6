/**
 * The dial rules: what a dialable number, extension, feature code or SIP address is and how it
 * is normalised. One module for main (links, hotkey, command line) and the renderer (the dial
 * field), so the two cannot disagree; `dial-rules.test.ts` holds them to the same table.
 */
export * from './phone-number';
export * from './sip-address';
