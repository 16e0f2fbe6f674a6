/**
 * SDP for the scripted far end (scripted-far-end.ts): a WebRTC peer on 127.0.0.1 that keeps one
 * ICE and DTLS identity for the whole call, so Chromium accepts its answers to re-INVITEs (a new
 * ufrag or fingerprint without an ICE restart is refused), and that mirrors the offer's
 * direction (hold: sendonly is answered recvonly). Nobody sends media; signalling is what counts.
 */
import { randomBytes } from 'node:crypto';

/** The far end's ICE credentials and DTLS fingerprint, fixed for one call. */
export interface MediaIdentity {
  readonly ufrag: string;
  readonly pwd: string;
  readonly fingerprint: string;
  /** How many SDPs this identity has produced (the o= line's version). */
  version: number;
  /** Our DTLS role once settled: what every later answer of ours says. */
  role?: 'active' | 'passive';
}

export function newMediaIdentity(): MediaIdentity {
  const fingerprint = Array.from(randomBytes(32), (b) => b.toString(16).padStart(2, '0'))
    .join(':')
    .toUpperCase();
  return {
    ufrag: randomBytes(3).toString('hex'),
    pwd: randomBytes(12).toString('hex'),
    fingerprint,
    version: 0,
  };
}

const MIRROR: Record<string, string> = {
  sendonly: 'recvonly',
  recvonly: 'sendonly',
  inactive: 'inactive',
  sendrecv: 'sendrecv',
};

/**
 * The far end's offer (no `offer`) or its answer to `offer`. As an offerer it says actpass and
 * the phone picks active, so as a later answerer it says passive; answering the phone's offer it
 * takes active, as Chromium does.
 */
export function farEndSdp(identity: MediaIdentity, offer?: string): string {
  identity.version += 1;
  const mid = (offer && /^a=mid:(\S+)/m.exec(offer)?.[1]) || '0';
  const dtmf = (offer && /^a=rtpmap:(\d+) telephone-event\/8000/m.exec(offer)?.[1]) || '101';
  const direction = offer
    ? (/^a=(sendonly|recvonly|inactive|sendrecv)/m.exec(offer)?.[1] ?? 'sendrecv')
    : 'sendrecv';
  if (!offer) identity.role ??= 'passive';
  else identity.role ??= 'active';
  const setup = offer ? identity.role : 'actpass';
  return [
    'v=0',
    `o=- 4242 ${identity.version} IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    `a=group:BUNDLE ${mid}`,
    'a=msid-semantic: WMS',
    `m=audio 40000 UDP/TLS/RTP/SAVPF 0 ${dtmf}`,
    'c=IN IP4 127.0.0.1',
    'a=rtcp:9 IN IP4 0.0.0.0',
    'a=candidate:1 1 udp 2122260223 127.0.0.1 40000 typ host generation 0',
    `a=ice-ufrag:${identity.ufrag}`,
    `a=ice-pwd:${identity.pwd}`,
    `a=fingerprint:sha-256 ${identity.fingerprint}`,
    `a=setup:${setup}`,
    `a=mid:${mid}`,
    `a=${MIRROR[direction] ?? 'sendrecv'}`,
    'a=rtcp-mux',
    'a=rtpmap:0 PCMU/8000',
    `a=rtpmap:${dtmf} telephone-event/8000`,
    '',
  ].join('\r\n');
}
