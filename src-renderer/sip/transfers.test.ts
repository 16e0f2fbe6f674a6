import { afterEach, describe, expect, it, vi } from 'vitest';
import { registeredPhone, settle } from './testing/harness';

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('blind transfer', () => {
  it('REFERs the far end and hangs up once the target rings', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.phone.calls.blindTransfer(id, '1003');
    expect(h.view(id)?.transferring).toBe('pending');
    const refer = session.refers[0]!;
    expect(refer.target).toBe('1003');
    refer.handlers.requestSucceeded?.();
    refer.handlers.progress?.({ status_line: { status_code: 100 } });
    expect(session.sent).not.toContain('BYE');
    refer.handlers.progress?.({ status_line: { status_code: 180 } });
    expect(session.sent).toContain('BYE');
    expect(h.ended.at(-1)).toMatchObject({ id, outcome: 'answered', endReason: 'transferred' });
  });

  it('a rejected REFER leaves the call up, marked failed', async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.phone.calls.blindTransfer(id, '1003');
    session.refers[0]!.handlers.requestFailed?.({ cause: 'Rejected' });
    expect(h.view(id)).toMatchObject({ phase: 'active', transferring: 'failed' });
    expect(session.sent).not.toContain('BYE');
  });

  it("a target that fails (NOTIFY 486) leaves the call up; a later success can't hang it up", async () => {
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.phone.calls.blindTransfer(id, '1003');
    const { handlers } = session.refers[0]!;
    handlers.requestSucceeded?.();
    handlers.failed?.({ status_line: { status_code: 486 } });
    handlers.accepted?.({ status_line: { status_code: 200 } });
    expect(h.view(id)).toMatchObject({ phase: 'active', transferring: 'failed' });
  });

  it('without any NOTIFY after the 202, assumes success after 15 s', async () => {
    vi.useFakeTimers();
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.phone.calls.blindTransfer(id, '1003');
    session.refers[0]!.handlers.requestSucceeded?.();
    await vi.advanceTimersByTimeAsync(14_000);
    expect(h.view(id)?.phase).toBe('active');
    await vi.advanceTimersByTimeAsync(1_500);
    expect(h.ended.at(-1)).toMatchObject({ id, endReason: 'transferred' });
  });

  it('a BYE after the 202, before any NOTIFY, ends the call once and leaves nothing behind', async () => {
    vi.useFakeTimers();
    const h = registeredPhone();
    const { id, session } = await h.established('1002');
    h.phone.calls.blindTransfer(id, '1003');
    session.refers[0]!.handlers.requestSucceeded?.();
    session.remoteBye();
    expect(h.phone.calls.get(id)).toBeUndefined();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(h.ended.map((view) => [view.id, view.endReason])).toEqual([[id, 'remote-hangup']]);
    expect(session.sent).not.toContain('BYE');
    expect(h.phone.calls.views()).toEqual([]);
  });

  it('refuses a call that is not answered', async () => {
    const h = registeredPhone();
    const { id, session } = await h.dial('1002');
    expect(() => h.phone.calls.blindTransfer(id, '1003')).toThrow(/answered/);
    expect(session.refers).toEqual([]);
  });
});

describe('attended transfer', () => {
  async function consulting() {
    const h = registeredPhone();
    const original = await h.established('1002');
    const consultId = h.phone.calls.consult(original.id, '1003', '1003');
    await settle();
    const consult = { id: consultId, session: h.ua.last };
    return { h, original, consult };
  }

  it('holds the original, and completing REFERs it with Replaces; both legs end transferred', async () => {
    vi.useFakeTimers();
    const { h, original, consult } = await consulting();
    expect(h.view(original.id)?.phase).toBe('held');
    expect(h.view(consult.id)?.consultFor).toBe(original.id);
    consult.session.remoteRinging();
    consult.session.remoteAnswer();
    h.phone.calls.completeTransfer(consult.id);
    const refer = original.session.refers[0]!;
    expect(refer.target).toBe('sip:1003@pbx.test');
    expect(refer.replaces).toBe(consult.session);
    expect(h.view(consult.id)?.transferring).toBe('pending');
    refer.handlers.progress?.({ status_line: { status_code: 180 } });
    expect(h.view(original.id)?.phase).toBe('held');
    refer.handlers.accepted?.({ status_line: { status_code: 200 } });
    expect(h.ended.map((view) => [view.id, view.endReason])).toEqual([
      [original.id, 'transferred'],
    ]);
    // The consulted party normally ends our leg itself; we do after 1.5 s if it did not.
    await vi.advanceTimersByTimeAsync(1_600);
    expect(consult.session.sent).toContain('BYE');
    expect(h.ended.at(-1)).toMatchObject({ id: consult.id, endReason: 'transferred' });
  });

  it('completing before the consulted party answers becomes a blind transfer', async () => {
    const { h, original, consult } = await consulting();
    consult.session.remoteRinging();
    h.phone.calls.completeTransfer(consult.id);
    expect(consult.session.sent).toEqual(['CANCEL']);
    expect(original.session.refers[0]).toMatchObject({ target: 'sip:1003@pbx.test' });
    expect(original.session.refers[0]?.replaces).toBeUndefined();
  });

  it('a failed transfer leaves both calls up, marked failed', async () => {
    const { h, original, consult } = await consulting();
    consult.session.remoteAnswer();
    h.phone.calls.completeTransfer(consult.id);
    original.session.refers[0]!.handlers.failed?.({ status_line: { status_code: 603 } });
    expect(h.view(original.id)).toMatchObject({ phase: 'held', transferring: 'failed' });
    expect(h.view(consult.id)).toMatchObject({ phase: 'active', transferring: 'failed' });
  });

  it('cancelling hangs up the consult leg and resumes the original', async () => {
    const { h, original, consult } = await consulting();
    consult.session.remoteAnswer();
    h.phone.calls.cancelTransfer(consult.id);
    await settle();
    expect(h.ended.at(-1)).toMatchObject({ id: consult.id, endReason: 'hangup' });
    expect(original.session.sent.at(-1)).toBe('re-INVITE unhold');
    expect(h.view(original.id)?.phase).toBe('active');
  });

  it('the first party hanging up while we consult leaves the consult call up as a normal call', async () => {
    const { h, original, consult } = await consulting();
    consult.session.remoteAnswer();
    original.session.remoteBye();
    expect(h.ended.map((view) => view.id)).toEqual([original.id]);
    expect(h.view(consult.id)).toMatchObject({ phase: 'active', consultFor: undefined });
    expect(consult.session.sent).not.toContain('BYE');
    // It is an ordinary call now: it can be held and transferred on its own.
    h.phone.calls.blindTransfer(consult.id, '1004');
    expect(consult.session.refers[0]).toMatchObject({ target: '1004' });
  });

  it('a BYE from the first party after it accepted the REFER, before any NOTIFY: the consult call goes on, not "transferring"', async () => {
    vi.useFakeTimers();
    const { h, original, consult } = await consulting();
    consult.session.remoteAnswer();
    h.phone.calls.completeTransfer(consult.id);
    original.session.refers[0]!.handlers.requestSucceeded?.();
    expect(h.view(consult.id)?.transferring).toBe('pending');
    original.session.remoteBye();
    expect(h.view(consult.id)).toMatchObject({
      phase: 'active',
      consultFor: undefined,
      transferring: undefined,
    });
    // The 15 s wait for a NOTIFY must not fire on the ended call, nor hang up the consult leg.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(h.ended.map((view) => view.id)).toEqual([original.id]);
    expect(consult.session.sent).not.toContain('BYE');
  });

  it('refuses to complete once the original call has ended', async () => {
    const { h, original, consult } = await consulting();
    original.session.remoteBye();
    expect(() => h.phone.calls.completeTransfer(consult.id)).toThrow(/has ended/);
  });
});

describe('being transferred', () => {
  it('accepts a REFER: the new call takes the old one’s place and the old one ends once it is answered', async () => {
    vi.useFakeTimers();
    const h = registeredPhone();
    const old = await h.established('1002');
    const result = old.session.remoteRefer('1003');
    const fresh = result.accepted!;
    expect(fresh).toBeDefined();
    const views = h.phone.calls.views();
    expect(views.map((view) => [view.remoteNumber, view.replaces])).toEqual([['1003', old.id]]);
    // The microphone is cloned synchronously, not reopened.
    expect(fresh.connection?.sender.track).not.toBe(h.media.opened[0]?.getAudioTracks()[0]);
    expect(h.media.opened).toHaveLength(1);
    fresh.remoteAnswer();
    await vi.advanceTimersByTimeAsync(1_600);
    expect(old.session.sent).toContain('BYE');
    expect(h.ended.at(-1)).toMatchObject({ id: old.id, endReason: 'transferred' });
  });

  it('brings the old call back when the new one fails', async () => {
    const h = registeredPhone();
    const old = await h.established('1002');
    const fresh = old.session.remoteRefer('1003').accepted!;
    fresh.remoteReject(486, 'Busy');
    expect(h.phone.calls.views().map((view) => view.id)).toEqual([old.id]);
    old.session.remoteBye();
    expect(h.ended.at(-1)).toMatchObject({ id: old.id, endReason: 'remote-hangup' });
  });

  it('answers an INVITE with Replaces at once and swaps it in when answered', async () => {
    const h = registeredPhone();
    const old = await h.established('1002');
    const fresh = old.session.remoteReplaces('1004').accepted!;
    // Hidden until answered: the user sees no second ringing call, and it is not duplicated.
    expect(h.phone.calls.views().map((view) => view.id)).toEqual([old.id]);
    await settle();
    expect(fresh.answerOptions?.mediaStream).toBeDefined();
    const views = h.phone.calls.views();
    expect(views.map((view) => [view.remoteNumber, view.replaces])).toEqual([['1004', old.id]]);
    // JsSIP ends the replaced session itself once the new one is confirmed.
    old.session.remoteBye();
    expect(h.ended.at(-1)).toMatchObject({ id: old.id, endReason: 'replaced' });
  });

  it('rejects Replaces for a call that is not answered', () => {
    const h = registeredPhone();
    const ringing = h.incoming('1002');
    expect(ringing.session.remoteReplaces('1004').rejected).toBe(true);
  });
});
