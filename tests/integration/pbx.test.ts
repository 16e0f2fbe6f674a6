/**
 * The test PBX's registrar and the requests it answers itself, tested for
 * real against Kamailio started by startPbx: digest authentication over UDP
 * and WebSocket, OPTIONS, SUBSCRIBE, MESSAGE, and startPbx's own failure
 * report. Calls are in pbx-calls.test.ts.
 *
 * Ports 15460-15489 belong to this file (the e2e suite uses 150xx and 151xx).
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_DOMAIN, testExtension } from '../testbed/extensions';
import { startPbx, type RunningPbx } from '../testbed/pbx';
import { sipOptions } from '../testbed/probes';
import { header, headerParam, requiredHeader } from '../testbed/sip/message';
import { connectWebSocket } from '../testbed/sip/websocket';
import { registered, usePhones } from './phones';

describe('test PBX registrar', () => {
  let pbx: RunningPbx;
  beforeAll(async () => {
    pbx = await startPbx({ wsPort: 15466, udpPort: 15460, rtpengine: false });
  });
  afterAll(async () => {
    await pbx?.stop();
  });
  const phones = usePhones(() => pbx);

  describe('registration and keepalive', () => {
    it('answers OPTIONS to the server with 200', async () => {
      const phone = await phones.udp('1001');
      const res = await phone.options();
      expect(res.status).toBe(200);
    });

    it('registers a UDP phone with the right password after a 401 challenge', async () => {
      const phone = await phones.udp('1001');
      const res = await phone.register();
      expect(res.status).toBe(200);
      const contact = requiredHeader(res, 'Contact');
      expect(contact).toContain(phone.contact);
      expect(headerParam(contact, 'expires')).toBe('600');
    });

    it('challenges a wrong password again instead of accepting it', async () => {
      const phone = await phones.udp('1001');
      const res = await phone.register({ password: 'wrong-password' });
      expect(res.status).toBe(401);
      const challenge = header(res, 'WWW-Authenticate') ?? '';
      expect(challenge).toContain(`realm="${TEST_DOMAIN}"`);
      expect(challenge).not.toMatch(/stale=true/i);
    });

    it('treats an unknown user like a wrong password (401, never 200)', async () => {
      // '0' and '' are what a missing password could turn into in the script.
      for (const password of ['whatever', '0', '']) {
        const phone = await phones.udp('9999', { user: '9999', password });
        expect((await phone.register()).status, `password ${JSON.stringify(password)}`).toBe(401);
      }
    });

    it('refuses credentials of another user with 403', async () => {
      const alice = testExtension('1001');
      // Authenticates as 1002 while registering 1001's address of record.
      const phone = await phones.udp('1001', {
        ...alice,
        user: '1002',
        password: testExtension('1002').password,
      });
      const res = await phone.request('REGISTER', {
        uri: `sip:${TEST_DOMAIN}`,
        to: `sip:1001@${TEST_DOMAIN}`,
        headers: [['Contact', `<${phone.contact}>`]],
      });
      expect(res.status).toBe(403);
    });

    it('registers a WebSocket phone (subprotocol sip) and remembers its connection', async () => {
      const phone = await phones.ws('1002');
      const res = await phone.register();
      expect(res.status).toBe(200);
      const contact = requiredHeader(res, 'Contact');
      expect(contact).toContain('.invalid;transport=ws');
      // nathelper stored the real connection, which is how calls reach it.
      expect(contact).toMatch(/received="sip:127\.0\.0\.1:\d+;transport=ws"/);
    });

    it('refuses a WebSocket upgrade without the sip subprotocol', async () => {
      await expect(connectWebSocket(pbx.wsUrl, 'chat')).rejects.toThrow(/refused|subprotocol/);
    });
  });

  describe('other requests', () => {
    it('authenticates SUBSCRIBE for message-summary to one’s own mailbox, then accepts it (presence_mwi)', async () => {
      const alice = await phones.ws('1001');
      const res = await alice.request('SUBSCRIBE', {
        uri: alice.aor,
        headers: [
          ['Event', 'message-summary'],
          ['Expires', '600'],
          ['Contact', `<${alice.contact}>`],
        ],
      });
      expect(res.status).toBe(200);
    });

    it('challenges an out-of-dialog MESSAGE and relays it to the registered user', async () => {
      const alice = await phones.udp('1001');
      const bob = await registered(await phones.ws('1002'));
      const sent = alice.request('MESSAGE', {
        uri: bob.aor,
        body: 'hello',
        contentType: 'text/plain',
      });
      const message = await bob.nextRequest('MESSAGE');
      expect(message.body).toBe('hello');
      expect(header(message, 'Proxy-Authorization')).toBeUndefined();
      bob.respond(message, 200, 'OK');
      expect((await sent).status).toBe(200);
    });
  });
});

describe('startPbx failures', () => {
  let first: RunningPbx;
  beforeAll(async () => {
    first = await startPbx({ wsPort: 15476, udpPort: 15470, rtpengine: false });
  });
  afterAll(async () => {
    await first?.stop();
  });

  it('refuses to start a second PBX from the runtime dir of a running one', async () => {
    await expect(startPbx({ wsPort: 15476, udpPort: 15470, rtpengine: false })).rejects.toThrow(
      /Another test PBX is running from .*pbx-15476/,
    );
    // ...and the first one still works.
    expect((await sipOptions(first.udpPort, first.domain))?.status).toBe(200);
  });

  it('refuses a UDP port another PBX holds (Kamailio would share it silently)', async () => {
    const start = startPbx({ wsPort: 15486, udpPort: 15470, rtpengine: false });
    await expect(start).rejects.toThrow(/UDP port 15470 on 127\.0\.0\.1 \(SIP\) is in use/);
    expect((await sipOptions(first.udpPort, first.domain))?.status).toBe(200);
  });

  it("rejects with Kamailio's errors and log when Kamailio cannot start", async () => {
    // Something else holds the WebSocket port: Kamailio exits at once.
    const squatter = createServer();
    await new Promise<void>((resolve) => squatter.listen(15486, '127.0.0.1', () => resolve()));
    try {
      const start = startPbx({
        wsPort: 15486,
        udpPort: 15480,
        rtpengine: false,
        startTimeoutMs: 5000,
      });
      await expect(start).rejects.toThrow(
        /Kamailio exited[\s\S]*--- errors ---[\s\S]*Address already in use[\s\S]*kamailio\.log/,
      );
    } finally {
      await new Promise((resolve) => squatter.close(resolve));
    }
  });
});
