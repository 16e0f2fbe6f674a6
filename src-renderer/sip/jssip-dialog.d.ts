/** JsSIP 3.13 ships no types for these internals; glare-retry.ts, digest-guard.ts and jssip-workarounds.ts use them. */
declare module 'jssip/lib/Dialog/RequestSender' {
  /** lib/Dialog/RequestSender.js: sends one in-dialog request and reads its responses. */
  const DialogRequestSender: abstract new (...args: never[]) => object;
  export default DialogRequestSender;
}

declare module 'jssip/lib/RequestSender' {
  /** lib/RequestSender.js: sends one request and answers its 401/407 challenges. */
  const RequestSender: abstract new (...args: never[]) => object;
  export default RequestSender;
}

/** JsSIP 3.13 ships no types for its transactions; jssip-workarounds.test.ts reads their source. */
declare module 'jssip/lib/Transactions' {
  /** lib/Transactions.js: the four transaction classes and checkTransaction(). */
  const transactions: Record<string, unknown>;
  export = transactions;
}
