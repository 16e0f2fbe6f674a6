/** What tests/bench/page/ring-probe.ts records; times are the page's `performance.now()`, in ms. */
export interface RingProbe {
  /** Each animation frame: when it began and how long since the previous one. */
  frames: { at: number; ms: number }[];
  /** Each INVITE's arrival on the WebSocket. */
  invites: number[];
  /** The first frame at which this many Answer buttons were on screen (reset to see it again). */
  answersShown: Record<number, number>;
  /** Chromium's long animation frames (50 ms and over), with the scripts that ran in each. */
  longFrames: { at: number; ms: number; renderMs: number; scripts: string[] }[];
}
