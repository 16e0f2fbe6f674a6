/**
 * Every part of JsSIP the engine uses at run time, in one module so the bundler puts JsSIP in
 * one chunk of its own. Import it only through `jssip-runtime.ts` (types may come from `jssip`).
 */
export { default as JsSIP } from 'jssip';
export { default as RequestSender } from 'jssip/lib/RequestSender';
export { default as DialogRequestSender } from 'jssip/lib/Dialog/RequestSender';
