// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { lampState, mergeDialogs, parseDialogInfo, type WatchedDialog } from './dialog-info';

const NS = 'urn:ietf:params:xml:ns:dialog-info';

function doc(state: string, dialogs: string, version = 1): string {
  return `<?xml version="1.0"?>\n<dialog-info xmlns="${NS}" version="${version}" state="${state}" entity="sip:1002@softphone.test">${dialogs}</dialog-info>`;
}

describe('parseDialogInfo', () => {
  it.each([
    ['no dialogs (idle)', doc('full', ''), []],
    [
      'Kamailio early, recipient',
      doc(
        'full',
        '<dialog id="a1" call-id="c1" local-tag="x" remote-tag="y" direction="recipient"><state>early</state><remote><identity>sip:1001@softphone.test</identity></remote></dialog>',
      ),
      [{ id: 'a1', state: 'early', direction: 'recipient', callId: 'c1' }],
    ],
    [
      'confirmed without direction',
      doc('full', '<dialog id="a2"><state>confirmed</state></dialog>'),
      [{ id: 'a2', state: 'confirmed' }],
    ],
    [
      'prefixed namespace, upper-case state',
      `<d:dialog-info xmlns:d="${NS}" version="3" state="partial" entity="sip:x@y"><d:dialog id="z"><d:state> TERMINATED </d:state></d:dialog></d:dialog-info>`,
      [{ id: 'z', state: 'terminated' }],
    ],
  ])('%s', (_name, body, dialogs) => {
    const result = parseDialogInfo(body);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.info.dialogs).toEqual(dialogs);
  });

  it.each([
    ['undefined', undefined],
    ['empty', ''],
    ['not XML', 'Messages-Waiting: yes'],
    ['unclosed', doc('full', '<dialog id="a"><state>early</state>').replace('</dialog-info>', '')],
    ['other root', `<presence xmlns="urn:ietf:params:xml:ns:pidf" entity="sip:a@b"/>`],
    ['no version', `<dialog-info xmlns="${NS}" state="full" entity="sip:a@b"/>`],
    ['negative version', doc('full', '', -1)],
    ['bad document state', doc('complete', '')],
    ['dialog without id', doc('full', '<dialog><state>early</state></dialog>')],
    ['unknown dialog state', doc('full', '<dialog id="a"><state>ringing</state></dialog>')],
    ['dialog without state', doc('full', '<dialog id="a"/>')],
    [
      'DOCTYPE (entity expansion)',
      `<!DOCTYPE x [<!ENTITY a "aaaa">]><dialog-info xmlns="${NS}" version="1" state="full" entity="&a;"/>`,
    ],
    ['too many dialogs', doc('full', '<dialog id="a"><state>early</state></dialog>'.repeat(65))],
    ['huge body', doc('full', `<!-- ${'x'.repeat(70_000)} -->`)],
  ])('rejects %s', (_name, body) => {
    const result = parseDialogInfo(body);
    expect(result.ok).toBe(false);
  });
});

describe('mergeDialogs and lampState', () => {
  const early: WatchedDialog = { id: 'a', state: 'early', direction: 'recipient' };
  const info = (full: boolean, dialogs: WatchedDialog[]) => ({
    version: 1,
    full,
    entity: '',
    dialogs,
  });

  it('full replaces, partial updates, terminated goes', () => {
    const b: WatchedDialog = { id: 'b', state: 'confirmed' };
    expect(mergeDialogs([early], info(true, [b]))).toEqual([b]);
    expect(mergeDialogs([early], info(false, [b]))).toEqual([early, b]);
    expect(mergeDialogs([early, b], info(false, [{ id: 'a', state: 'terminated' }]))).toEqual([b]);
  });

  it.each<[string, WatchedDialog[], string]>([
    ['nothing', [], 'idle'],
    ['only terminated', [{ id: 'a', state: 'terminated' }], 'idle'],
    ['being called', [early], 'ringing'],
    ['dialling out', [{ id: 'a', state: 'early', direction: 'initiator' }], 'busy'],
    ['in a call', [{ id: 'a', state: 'confirmed', direction: 'recipient' }], 'busy'],
    ['in a call and a second one rings', [{ id: 'b', state: 'confirmed' }, early], 'busy'],
  ])('%s: %s', (_name, dialogs, state) => {
    expect(lampState(dialogs)).toBe(state);
  });
});
