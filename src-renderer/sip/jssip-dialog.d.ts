/** JsSIP 3.13 ships no types for its request senders; glare-retry.ts and digest-guard.ts patch them. */
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
