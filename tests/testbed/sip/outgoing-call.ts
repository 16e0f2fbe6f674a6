/**
 * The caller's side of an INVITE transaction (RFC 3261 section 17.1.1):
 * waiting for provisional and final responses, ACK for a failure, CANCEL
 * while ringing, and the dialog once answered.
 */
import { dialogAsCaller, type Dialog } from './dialog';
import { requiredHeader, type Header, type SipRequest, type SipResponse } from './message';
import type { TestPhone } from './phone';

/** Headers copied from the INVITE by ACK-for-failure and CANCEL (RFC 3261 9.1, 17.1.1.3). */
function sameTransaction(invite: SipRequest, method: string, to: string): Header[] {
  return [
    ['Via', requiredHeader(invite, 'Via')],
    ['Max-Forwards', '70'],
    ['From', requiredHeader(invite, 'From')],
    ['To', to],
    ['Call-ID', requiredHeader(invite, 'Call-ID')],
    ['CSeq', `${Number.parseInt(requiredHeader(invite, 'CSeq'), 10)} ${method}`],
  ];
}

/** ACK for a non-2xx final response: same branch, hop by hop. */
export function ackForNon2xx(invite: SipRequest, res: SipResponse): SipRequest {
  const headers = sameTransaction(invite, 'ACK', requiredHeader(res, 'To'));
  return { kind: 'request', method: 'ACK', uri: invite.uri, headers, body: '' };
}

/** A call this phone placed: its INVITE transaction, then its dialog. */
export class OutgoingCall {
  constructor(
    private readonly phone: TestPhone,
    readonly invite: SipRequest,
  ) {}

  /** Waits for a response with `status` to the (authenticated) INVITE. */
  response(status: number, timeoutMs = 5000): Promise<SipResponse> {
    const what = `${status} to INVITE`;
    return this.phone.waitResponse(this.invite, (r) => r.status === status, timeoutMs, what);
  }

  /** Waits for the final response; a non-2xx one is acknowledged. */
  async final(timeoutMs = 5000): Promise<SipResponse> {
    const res = await this.phone.finalResponse(this.invite, timeoutMs);
    if (res.status >= 300) this.phone.send(ackForNon2xx(this.invite, res));
    return res;
  }

  /** ACKs a 2xx and returns the dialog for BYE, re-INVITE, REFER... */
  acknowledge(ok: SipResponse): Dialog {
    const dialog = dialogAsCaller(this.phone, this.invite, ok);
    dialog.ack(Number.parseInt(requiredHeader(this.invite, 'CSeq'), 10));
    return dialog;
  }

  /** CANCELs the INVITE while it rings. */
  cancel(): void {
    const headers = sameTransaction(this.invite, 'CANCEL', requiredHeader(this.invite, 'To'));
    this.phone.send({ kind: 'request', method: 'CANCEL', uri: this.invite.uri, headers, body: '' });
  }
}
