/**
 * Calls through the test PBX, tested for real: scripted phones over UDP and
 * WebSocket (and SIPp for a UDP <-> UDP call) against Kamailio + rtpengine
 * started by startPbx. Checks routing (Record-Route, loose_route, aliases
 * for WebSocket phones), failure codes, CANCEL, transfer, and that only
 * calls crossing WebSocket <-> UDP go through rtpengine (with DTMF logged).
 *
 * Ports 15560-15579 belong to this file (the e2e suite uses 150xx and 151xx).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dtmfDigit, openDtmfLog, type DtmfLog } from '../testbed/dtmf-log';
import { TEST_DOMAIN, testExtension } from '../testbed/extensions';
import { startPbx, type RunningPbx } from '../testbed/pbx';
import { RtpSender } from '../testbed/rtp';
import { headerParam, requiredHeader } from '../testbed/sip/message';
import { audioAddress, audioPort, audioProtocol, plainRtpSdp, webrtcSdp } from '../testbed/sip/sdp';
import { freeUdpPort, sippDiagnostics, startSipp } from '../testbed/sipp';
import { registered, usePhones } from './phones';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

describe('test PBX with rtpengine', () => {
  let pbx: RunningPbx;
  beforeAll(async () => {
    pbx = await startPbx({ wsPort: 15566, udpPort: 15560 });
  });
  afterAll(async () => {
    await pbx?.stop();
  });
  const phones = usePhones(() => pbx);

  describe('calls', () => {
    it('connects two UDP SIPp phones through the proxy (auth, ACK and BYE via Record-Route)', async () => {
      const logDir = pbx.runtimeDir;
      const callee = await startSipp({ scenario: 'uas-answer.xml', logDir });
      // Register the SIPp callee's contact as 1002 on its behalf.
      const registrar = await phones.udp('1002');
      expect(
        (await registrar.register({ contact: `sip:1002@127.0.0.1:${callee.port}` })).status,
      ).toBe(200);
      const caller = await startSipp({
        scenario: 'uac-auth.xml',
        remote: `127.0.0.1:${pbx.udpPort}`,
        logDir,
        args: [
          '-s',
          '1002',
          '-key',
          'caller',
          '1001',
          '-au',
          '1001',
          '-ap',
          testExtension('1001').password,
        ],
      });
      const [callerCode, calleeCode] = await Promise.all([caller.exited, callee.exited]);
      expect(callerCode, sippDiagnostics(caller)).toBe(0);
      expect(calleeCode, sippDiagnostics(callee)).toBe(0);
    });

    it('rings a WebSocket phone from a UDP phone and bridges the media through rtpengine', async () => {
      const alice = await registered(await phones.udp('1001'));
      const bob = await registered(await phones.ws('1002'));

      const call = await alice.invite(`sip:1002@${TEST_DOMAIN}`, plainRtpSdp(40_000));
      const invite = await bob.nextRequest('INVITE');
      // Toward the browser: ICE, DTLS-SRTP and rtcp-mux, rtpengine as the peer.
      expect(audioProtocol(invite.body)).toBe('RTP/SAVPF');
      expect(invite.body).toMatch(/^a=fingerprint:sha-256 /m);
      expect(invite.body).toMatch(/^a=ice-ufrag:/m);
      expect(invite.body).toMatch(/^a=candidate:\S+ 1 UDP \d+ 127\.0\.0\.1 \d+ typ host/m);
      expect(invite.body).toMatch(/^a=rtcp-mux/m);
      expect(audioPort(invite.body)).not.toBe(40_000);

      bob.respond(invite, 180, 'Ringing');
      expect((await call.response(180)).status).toBe(180);
      const bobSide = bob.respond(invite, 200, 'OK', { body: webrtcSdp(40_100, invite.body) });
      const ok = await call.final();
      expect(ok.status).toBe(200);
      // Toward the plain phone: RTP/AVP, no ICE, no DTLS.
      expect(audioProtocol(ok.body)).toBe('RTP/AVP');
      expect(ok.body).not.toMatch(/^a=(ice-ufrag|candidate|fingerprint)/m);
      expect(audioAddress(ok.body)).toBe('127.0.0.1');

      const aliceSide = call.acknowledge(ok);
      await bob.nextRequest('ACK');

      // Hold from the browser side: a re-INVITE crosses back through the PBX.
      const reinvite = bobSide?.send('INVITE', {
        body: webrtcSdp(40_100).replace('a=sendrecv', 'a=sendonly'),
      });
      const held = await alice.nextRequest('INVITE');
      expect(audioProtocol(held.body)).toBe('RTP/AVP');
      expect(held.body).toMatch(/^a=sendonly/m);
      alice.respond(held, 200, 'OK', {
        body: plainRtpSdp(40_000, held.body).replace('a=sendrecv', 'a=recvonly'),
      });
      const heldOk = reinvite && (await bob.finalResponse(reinvite, 3000));
      expect(heldOk?.status).toBe(200);
      expect(audioProtocol(heldOk?.body ?? '')).toBe('RTP/SAVPF');

      const bye = aliceSide.bye();
      bob.respond(await bob.nextRequest('BYE'), 200, 'OK');
      expect((await bye).status).toBe(200);
    });

    it('reports DTMF sent through rtpengine in the DTMF log', async () => {
      const dtmfLog: DtmfLog = await openDtmfLog(pbx.dtmfLogPort ?? 0);
      try {
        const alice = await registered(await phones.udp('1001'));
        const bob = await registered(await phones.ws('1002'));
        const rtpPort = await freeUdpPort();
        const call = await alice.invite(`sip:1002@${TEST_DOMAIN}`, plainRtpSdp(rtpPort));
        const invite = await bob.nextRequest('INVITE');
        bob.respond(invite, 200, 'OK', { body: webrtcSdp(40_300, invite.body) });
        const ok = await call.final();
        const dialog = call.acknowledge(ok);

        const rtp = await RtpSender.open(rtpPort, {
          address: audioAddress(ok.body),
          port: audioPort(ok.body),
        });
        try {
          await rtp.silence(5);
          await rtp.digit(5, 101);
          await rtp.digit(11, 101);
          await rtp.silence(3);
        } finally {
          await rtp.close();
        }
        const callId = requiredHeader(invite, 'Call-ID');
        const first = await dtmfLog.next(3000, callId);
        const second = await dtmfLog.next(3000, callId);
        expect([dtmfDigit(first.event), dtmfDigit(second.event)]).toEqual(['5', '#']);
        expect(first).toMatchObject({ type: 'DTMF', source_ip: '127.0.0.1', callid: callId });
        expect(first.duration).toBeGreaterThan(0);

        const bye = dialog.bye();
        bob.respond(await bob.nextRequest('BYE'), 200, 'OK');
        expect((await bye).status).toBe(200);
      } finally {
        await dtmfLog.close();
      }
    });

    it('connects two WebSocket phones without touching their SDP (no rtpengine)', async () => {
      const alice = await registered(await phones.ws('1001'));
      const bob = await registered(await phones.ws('1002'));
      const offer = webrtcSdp(40_400);
      const call = await alice.invite(`sip:1002@${TEST_DOMAIN}`, offer);
      const invite = await bob.nextRequest('INVITE');
      expect(invite.body).toBe(offer);
      const answer = webrtcSdp(40_500, offer);
      bob.respond(invite, 200, 'OK', { body: answer });
      const ok = await call.final();
      expect(ok.body).toBe(answer);
      const dialog = call.acknowledge(ok);
      await bob.nextRequest('ACK');

      const info = dialog.request('INFO', {
        body: 'Signal=5\r\nDuration=160\r\n',
        contentType: 'application/dtmf-relay',
      });
      const infoAtBob = await bob.nextRequest('INFO');
      expect(infoAtBob.body).toContain('Signal=5');
      bob.respond(infoAtBob, 200, 'OK');
      expect((await info).status).toBe(200);

      const bye = dialog.bye();
      bob.respond(await bob.nextRequest('BYE'), 200, 'OK');
      expect((await bye).status).toBe(200);
    });

    it("relays the callee's 486 Busy Here to the caller", async () => {
      const alice = await registered(await phones.ws('1001'));
      const bob = await registered(await phones.udp('1002'));
      const call = await alice.invite(`sip:1002@${TEST_DOMAIN}`, webrtcSdp(40_600));
      bob.respond(await bob.nextRequest('INVITE'), 486, 'Busy Here');
      expect((await call.final()).status).toBe(486);
    });

    it('answers 480 for a known extension with no phone registered, 404 for an unknown one', async () => {
      const alice = await registered(await phones.udp('1001'));
      const offline = await alice.invite(`sip:1005@${TEST_DOMAIN}`, plainRtpSdp(40_700));
      expect((await offline.final()).status).toBe(480);
      const unknown = await alice.invite(`sip:4242@${TEST_DOMAIN}`, plainRtpSdp(40_700));
      expect((await unknown.final()).status).toBe(404);
    });

    it('accepts 127.0.0.1 as the domain as well as softphone.test', async () => {
      const alice = await registered(await phones.udp('1001'));
      const bob = await registered(await phones.udp('1002'));
      const call = await alice.invite(`sip:1002@127.0.0.1:${pbx.udpPort}`, plainRtpSdp(40_800));
      bob.respond(await bob.nextRequest('INVITE'), 486, 'Busy Here');
      expect((await call.final()).status).toBe(486);
    });

    it('forgets a WebSocket phone when its connection closes (then 480)', async () => {
      const alice = await registered(await phones.udp('1001'));
      const bob = await registered(await phones.ws('1003'));
      await bob.close();
      await sleep(100);
      const call = await alice.invite(`sip:1003@${TEST_DOMAIN}`, plainRtpSdp(40_900));
      expect((await call.final()).status).toBe(480);
    });

    it('answers 480 when a registered phone never responds (crashed app, stale contact)', async () => {
      const alice = await registered(await phones.ws('1001'));
      const silent = await registered(await phones.udp('1004'));
      const started = Date.now();
      const call = await alice.invite(`sip:1004@${TEST_DOMAIN}`, webrtcSdp(41_900));
      await silent.nextRequest('INVITE'); // ...and never answer it
      expect((await call.final(10_000)).status).toBe(480);
      // tm's fr_timer (5 s) decides, not a 30 s default.
      expect(Date.now() - started).toBeLessThan(8000);
    });

    it('stops the ringing phone on CANCEL and gives the caller 487', async () => {
      const alice = await registered(await phones.ws('1001'));
      const bob = await registered(await phones.ws('1002'));
      const call = await alice.invite(`sip:1002@${TEST_DOMAIN}`, webrtcSdp(41_000));
      const invite = await bob.nextRequest('INVITE');
      bob.respond(invite, 180, 'Ringing');
      await call.response(180);
      call.cancel();
      const cancel = await bob.nextRequest('CANCEL');
      expect(requiredHeader(cancel, 'Call-ID')).toBe(requiredHeader(invite, 'Call-ID'));
      expect((await call.final()).status).toBe(487);
    });

    it('routes REFER in a dialog and the INVITE with Replaces of an attended transfer', async () => {
      const alice = await registered(await phones.ws('1001'));
      const bob = await registered(await phones.ws('1002'));
      const carol = await registered(await phones.udp('1003'));

      // alice <-> bob, answered.
      const first = await alice.invite(`sip:1002@${TEST_DOMAIN}`, webrtcSdp(41_100));
      const toBob = await bob.nextRequest('INVITE');
      bob.respond(toBob, 200, 'OK', { body: webrtcSdp(41_200, toBob.body) });
      const aliceBob = first.acknowledge(await first.final());
      await bob.nextRequest('ACK');

      // alice <-> carol, answered (crosses to UDP: through rtpengine).
      const second = await alice.invite(`sip:1003@${TEST_DOMAIN}`, webrtcSdp(41_300));
      const toCarol = await carol.nextRequest('INVITE');
      const carolSide = carol.respond(toCarol, 200, 'OK', {
        body: plainRtpSdp(41_400, toCarol.body),
      });
      const okCarol = await second.final();
      const aliceCarol = second.acknowledge(okCarol);
      await carol.nextRequest('ACK');

      // alice asks bob to replace her call with carol.
      const replaces = encodeURIComponent(
        `${aliceCarol.callId};to-tag=${headerParam(aliceCarol.remote, 'tag')};from-tag=${headerParam(aliceCarol.local, 'tag')}`,
      );
      const refer = aliceBob.request('REFER', {
        headers: [['Refer-To', `<sip:1003@${TEST_DOMAIN}?Replaces=${replaces}>`]],
      });
      const referAtBob = await bob.nextRequest('REFER');
      expect(requiredHeader(referAtBob, 'Refer-To')).toContain('Replaces=');
      bob.respond(referAtBob, 202, 'Accepted');
      expect((await refer).status).toBe(202);

      // bob's INVITE with Replaces reaches carol with the header intact.
      const transfer = await bob.invite(`sip:1003@${TEST_DOMAIN}`, webrtcSdp(41_500), [
        ['Replaces', decodeURIComponent(replaces)],
      ]);
      const replacing = await carol.nextRequest('INVITE');
      expect(requiredHeader(replacing, 'Replaces')).toBe(decodeURIComponent(replaces));
      carol.respond(replacing, 200, 'OK', { body: plainRtpSdp(41_600, replacing.body) });
      const bobCarol = transfer.acknowledge(await transfer.final());

      // carol hangs up the replaced call; bob and alice end theirs.
      const byeAlice = carolSide?.request('BYE');
      alice.respond(await alice.nextRequest('BYE'), 200, 'OK');
      expect((await byeAlice)?.status).toBe(200);
      const byeRefer = aliceBob.bye();
      bob.respond(await bob.nextRequest('BYE'), 200, 'OK');
      expect((await byeRefer).status).toBe(200);
      const byeCarol = bobCarol.bye();
      carol.respond(await carol.nextRequest('BYE'), 200, 'OK');
      expect((await byeCarol).status).toBe(200);
    });
  });
});

describe('test PBX without rtpengine', () => {
  let pbx: RunningPbx;
  beforeAll(async () => {
    pbx = await startPbx({ wsPort: 15576, udpPort: 15570, rtpengine: false });
  });
  afterAll(async () => {
    await pbx?.stop();
  });
  const phones = usePhones(() => pbx);

  it('still connects WebSocket phones to each other', async () => {
    expect(pbx.rtpengine).toBe(false);
    expect(pbx.dtmfLogPort).toBeUndefined();
    const alice = await registered(await phones.ws('1001'));
    const bob = await registered(await phones.ws('1002'));
    const offer = webrtcSdp(41_700);
    const call = await alice.invite(`sip:1002@${TEST_DOMAIN}`, offer);
    const invite = await bob.nextRequest('INVITE');
    expect(invite.body).toBe(offer);
    bob.respond(invite, 200, 'OK', { body: webrtcSdp(41_800, offer) });
    const dialog = call.acknowledge(await call.final());
    const bye = dialog.bye();
    bob.respond(await bob.nextRequest('BYE'), 200, 'OK');
    expect((await bye).status).toBe(200);
  });
});
