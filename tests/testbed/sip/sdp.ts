/**
 * SDP bodies that look like the two kinds of phone on the test bed, so
 * tests can see what the PBX (and rtpengine) does to them:
 *  - a plain RTP phone (SIPp, baresip): RTP/AVP, PCMU + telephone-event;
 *  - a WebRTC phone (JsSIP in Chromium): ICE, DTLS-SRTP fingerprint,
 *    rtcp-mux, UDP/TLS/RTP/SAVPF, one host candidate on 127.0.0.1.
 * Nobody has to send media for these to be accepted. Answers keep the
 * offer's payload types (PCMU and telephone-event/8000) and media ID, as a
 * real phone does; otherwise rtpengine would drop telephone-event.
 */
import { randomBytes } from 'node:crypto';

const sessionId = (): string => String(Date.now());

interface Codecs {
  readonly dtmfPt: number;
  readonly mid: string;
}

const OFFER_DEFAULTS: Codecs = { dtmfPt: 101, mid: '0' };

/** What an answer to `offer` must reuse: its telephone-event payload type and a=mid. */
function negotiated(offer: string | undefined): Codecs {
  if (!offer) return OFFER_DEFAULTS;
  const dtmf = /^a=rtpmap:(\d+) telephone-event\/8000/m.exec(offer)?.[1];
  const payloads = /^m=audio \d+ \S+ (.*)$/m.exec(offer)?.[1]?.trim().split(/\s+/) ?? [];
  if (!payloads.includes('0')) {
    throw new Error(`offer without PCMU, the only codec the test phones answer with:\n${offer}`);
  }
  return {
    dtmfPt: dtmf ? Number(dtmf) : OFFER_DEFAULTS.dtmfPt,
    mid: /^a=mid:(\S+)/m.exec(offer)?.[1] ?? OFFER_DEFAULTS.mid,
  };
}

/**
 * An offer (or, given `offer`, the answer to it) from a plain RTP phone
 * listening on 127.0.0.1:port.
 */
export function plainRtpSdp(port: number, offer?: string): string {
  const { dtmfPt } = negotiated(offer);
  return [
    'v=0',
    `o=test ${sessionId()} 1 IN IP4 127.0.0.1`,
    's=-',
    'c=IN IP4 127.0.0.1',
    't=0 0',
    `m=audio ${port} RTP/AVP 0 ${dtmfPt}`,
    'a=rtpmap:0 PCMU/8000',
    `a=rtpmap:${dtmfPt} telephone-event/8000`,
    `a=fmtp:${dtmfPt} 0-16`,
    'a=ptime:20',
    'a=sendrecv',
    '',
  ].join('\r\n');
}

/**
 * An offer from a browser, or, given `offer`, its answer (DTLS role active,
 * as Chrome answers).
 */
export function webrtcSdp(port: number, offer?: string): string {
  const { dtmfPt, mid } = negotiated(offer);
  const setup = offer ? 'active' : 'actpass';
  const payloads = offer ? `0 ${dtmfPt}` : `111 0 ${dtmfPt}`;
  const fingerprint = Array.from(randomBytes(32), (b) => b.toString(16).padStart(2, '0'))
    .join(':')
    .toUpperCase();
  return [
    'v=0',
    `o=- ${sessionId()} 2 IN IP4 127.0.0.1`,
    's=-',
    't=0 0',
    `a=group:BUNDLE ${mid}`,
    'a=msid-semantic: WMS',
    `m=audio ${port} UDP/TLS/RTP/SAVPF ${payloads}`,
    'c=IN IP4 127.0.0.1',
    'a=rtcp:9 IN IP4 0.0.0.0',
    `a=candidate:1 1 udp 2122260223 127.0.0.1 ${port} typ host generation 0`,
    `a=ice-ufrag:${randomBytes(3).toString('hex')}`,
    `a=ice-pwd:${randomBytes(12).toString('hex')}`,
    `a=fingerprint:sha-256 ${fingerprint}`,
    `a=setup:${setup}`,
    `a=mid:${mid}`,
    'a=sendrecv',
    'a=rtcp-mux',
    ...(offer ? [] : ['a=rtpmap:111 opus/48000/2', 'a=fmtp:111 minptime=10;useinbandfec=1']),
    'a=rtpmap:0 PCMU/8000',
    `a=rtpmap:${dtmfPt} telephone-event/8000`,
    '',
  ].join('\r\n');
}

/** The port of the first m=audio line. */
export function audioPort(sdp: string): number {
  const m = /^m=audio (\d+) /m.exec(sdp);
  if (!m?.[1]) throw new Error(`SDP without m=audio:\n${sdp}`);
  return Number(m[1]);
}

/** The connection address for audio (media-level c= wins over session-level). */
export function audioAddress(sdp: string): string {
  const media = sdp.slice(sdp.indexOf('m=audio'));
  const c = /^c=IN IP4 (\S+)/m.exec(media) ?? /^c=IN IP4 (\S+)/m.exec(sdp);
  if (!c?.[1]) throw new Error(`SDP without c= line:\n${sdp}`);
  return c[1];
}

/** The transport protocol of the first m=audio line (RTP/AVP, UDP/TLS/RTP/SAVPF...). */
export function audioProtocol(sdp: string): string {
  return /^m=audio \d+ (\S+)/m.exec(sdp)?.[1] ?? '';
}
