/** What the page probes (tests/bench/page/probes.ts) record; timestamps are wall-clock ms. */
export interface ProbeRecord {
  /** Wall-clock time of the navigation's start. */
  origin: number;
  signInVisible?: number;
  interactive?: number;
  registered?: number;
  /** The last click on each button, by its text. */
  clicks: Record<string, number>;
  /** Each RTCPeerConnection created. */
  peerConnections: number[];
  /** Each INVITE that arrived on a WebSocket. */
  invites: number[];
  /** Each INVITE the page sent on a WebSocket (retransmissions and re-INVITEs included). */
  invitesSent: number[];
  /** Each time an Answer button appeared. */
  answerShown: number[];
  /** First RTP packet received after each Answer click. */
  firstAudio: number[];
}
