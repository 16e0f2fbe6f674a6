/** JsSIP 3.13 ships no types for its in-dialog request sender; glare-retry.ts patches it. */
declare module 'jssip/lib/Dialog/RequestSender' {
  /** lib/Dialog/RequestSender.js: sends one in-dialog request and reads its responses. */
  const DialogRequestSender: abstract new (...args: never[]) => object;
  export default DialogRequestSender;
}

/** JsSIP 3.13 ships no types for its transactions; jssip-workarounds.test.ts reads their source. */
declare module 'jssip/lib/Transactions' {
  /** lib/Transactions.js: the four transaction classes and checkTransaction(). */
  const transactions: Record<string, unknown>;
  export = transactions;
}
