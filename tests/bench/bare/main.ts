/**
 * The bench's baseline: the least a page needs to do what the product's first screen and call
 * flow do, with plain JsSIP and the same JsSIP options and account as the product
 * (src-renderer/sip/account-connection.ts, call-start.ts). No framework, no styles, no checks:
 * whatever the product spends beyond this is its own cost.
 */
import JsSIP from 'jssip';
import type { RTCSession } from 'jssip/lib/RTCSession';

// The first screen is built by script, as the product's is by Vue, so "interactive" means the
// same on both pages: the handlers are attached.
document.getElementById('app')!.innerHTML = `
<p id="status" role="status">Offline</p>
<form id="sign-in">
  <label>Server <input id="server" /></label>
  <label>Domain <input id="domain" /></label>
  <label>Extension <input id="extension" /></label>
  <label>Password <input id="password" type="password" /></label>
  <button type="submit">Sign in</button>
</form>
<button type="button" id="sign-out">Sign out</button>
<form id="dial">
  <label>Number <input id="number" /></label>
  <button type="submit">Call</button>
</form>
<div id="calls"></div>
<audio id="remote" autoplay></audio>

`;

const byId = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const value = (id: string) => byId<HTMLInputElement>(id).value.trim();
const status = byId<HTMLParagraphElement>('status');
const calls = byId<HTMLDivElement>('calls');
const remote = byId<HTMLAudioElement>('remote');
let ua: JsSIP.UA | undefined;

function button(label: string, onClick: () => void): HTMLButtonElement {
  const element = document.createElement('button');
  element.type = 'button';
  element.textContent = label;
  element.addEventListener('click', onClick);
  return element;
}

function show(session: RTCSession): void {
  const card = document.createElement('article');
  const name = document.createElement('p');
  name.textContent = session.remote_identity.uri.user;
  card.append(name);
  if (session.direction === 'incoming') {
    const answer = button('Answer', () => {
      answer.remove();
      session.answer({
        mediaConstraints: { audio: true, video: false },
        pcConfig: { iceServers: [] },
      });
    });
    card.append(answer);
  }
  card.append(button('Hang up', () => session.terminate()));
  session.on('peerconnection', ({ peerconnection }) => {
    peerconnection.addEventListener('track', (event) => {
      remote.srcObject = event.streams[0] ?? new MediaStream([event.track]);
    });
  });
  if (session.connection) {
    session.connection.addEventListener('track', (event) => {
      remote.srcObject = event.streams[0] ?? new MediaStream([event.track]);
    });
  }
  const remove = () => card.remove();
  session.on('ended', remove);
  session.on('failed', remove);
  calls.append(card);
}

byId<HTMLFormElement>('sign-in').addEventListener('submit', (event) => {
  event.preventDefault();
  ua?.stop();
  const extension = value('extension');
  const domain = value('domain');
  ua = new JsSIP.UA({
    sockets: [{ socket: new JsSIP.WebSocketInterface(value('server')), weight: 1 }],
    uri: `sip:${extension}@${domain}`,
    password: value('password'),
    authorization_user: extension,
    register: true,
    register_expires: 600,
    instance_id: crypto.randomUUID(),
    user_agent: 'Softphone/0.1 (JsSIP 3.13)',
    connection_recovery_min_interval: 2,
    connection_recovery_max_interval: 8,
    session_timers: false,
  });
  ua.on('registered', () => (status.textContent = `Registered as ${extension} at ${domain}`));
  ua.on('registrationFailed', ({ cause }) => (status.textContent = `Failed: ${cause}`));
  ua.on('newRTCSession', ({ session }: { session: RTCSession }) => show(session));
  ua.start();
});

byId<HTMLButtonElement>('sign-out').addEventListener('click', () => {
  ua?.stop();
  ua = undefined;
  status.textContent = 'Offline';
});

byId<HTMLFormElement>('dial').addEventListener('submit', (event) => {
  event.preventDefault();
  if (!ua) return;
  const domain = value('domain');
  ua.call(`sip:${value('number')}@${domain}`, {
    mediaConstraints: { audio: true, video: false },
    pcConfig: { iceServers: [] },
    rtcOfferConstraints: { offerToReceiveAudio: true, offerToReceiveVideo: false },
  });
});
