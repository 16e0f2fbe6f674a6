import { expect, type Locator, type Page } from '@playwright/test';

/** What decoding a recording in the page found. */
export interface DecodedRecording {
  durationS: number;
  /** RMS of each 250 ms window of the decoded audio (all channels mixed). */
  windowRms: number[];
}

export const RMS_WINDOW_S = 0.25;

/** The few browser APIs the decoding uses (the e2e code type-checks without DOM globals). */
interface Request<T> {
  result: T;
  error: unknown;
  onsuccess: (() => void) | null;
  onerror: (() => void) | null;
}
interface PageApis {
  indexedDB: {
    open(name: string): Request<{
      transaction(store: string): {
        objectStore(store: string): { getAll(range: unknown): Request<{ bytes: Uint8Array }[]> };
      };
      close(): void;
    }>;
  };
  IDBKeyRange: { bound(lower: unknown, upper: unknown): unknown };
  OfflineAudioContext: new (
    channels: number,
    length: number,
    rate: number,
  ) => {
    decodeAudioData(bytes: ArrayBuffer): Promise<{
      duration: number;
      length: number;
      sampleRate: number;
      numberOfChannels: number;
      getChannelData(channel: number): Float32Array;
    }>;
  };
}

/** The view Recordings: its list, the player, Delete. */
export class RecordingsPage {
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.table = page.getByRole('region', { name: 'Recordings' }).getByRole('table');
  }

  async open(): Promise<void> {
    await this.page
      .getByRole('navigation')
      .getByRole('button', { name: /^Recordings/ })
      .click();
  }

  rows(): Locator {
    return this.table.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /**
   * Clicks Play on row `index` and waits until the <audio> element has loaded the recording, then
   * decodes the stored bytes with AudioContext.decodeAudioData. The bytes are read from the
   * browser store directly: the page's CSP (rightly) lets no script fetch a blob: URL.
   */
  async playAndDecode(index = 0): Promise<DecodedRecording> {
    const row = this.rows().nth(index);
    const id = await row.getAttribute('data-recording-id');
    await row.getByRole('button', { name: /^Play the recording/ }).click();
    const player = row.locator('audio');
    await expect(player).toHaveAttribute('src', /^blob:/);
    await expect
      .poll(() =>
        player.evaluate((element) => (element as unknown as { readyState: number }).readyState),
      )
      .toBeGreaterThanOrEqual(1);
    const bytes = await this.page.evaluate(async (recordingId) => {
      const browser = globalThis as unknown as PageApis;
      const wait = <T>(request: Request<T>) =>
        new Promise<T>((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const db = await wait(browser.indexedDB.open('softphone-recordings'));
      const range = browser.IDBKeyRange.bound(
        [recordingId, 0],
        [recordingId, Number.MAX_SAFE_INTEGER],
      );
      const chunks = await wait(db.transaction('chunks').objectStore('chunks').getAll(range));
      db.close();
      return new Uint8Array(await new Blob(chunks.map((chunk) => chunk.bytes)).arrayBuffer());
    }, id ?? '');
    return decodeRecording(this.page, bytes);
  }
}

/** Decodes a recording's bytes with the page's own audio decoder (Opus in WebM or Ogg). */
export function decodeRecording(page: Page, bytes: Uint8Array): Promise<DecodedRecording> {
  return page.evaluate(
    async ([file, windowS]) => {
      const browser = globalThis as unknown as PageApis;
      const context = new browser.OfflineAudioContext(1, 1, 48_000);
      const audio = await context.decodeAudioData(file.slice().buffer);
      const size = Math.round(windowS * audio.sampleRate);
      const channels = Array.from({ length: audio.numberOfChannels }, (_, c) =>
        audio.getChannelData(c),
      );
      const windowRms: number[] = [];
      for (let start = 0; start + size <= audio.length; start += size) {
        let sum = 0;
        for (let i = start; i < start + size; i++) {
          let sample = 0;
          for (const data of channels) sample += data[i]! / channels.length;
          sum += sample * sample;
        }
        windowRms.push(Math.sqrt(sum / size));
      }
      return { durationS: audio.duration, windowRms };
    },
    [bytes, RMS_WINDOW_S] as const,
  );
}

/** The loudest 250 ms window between `fromS` and `toS` of a decoded recording. */
export function peakRms(decoded: DecodedRecording, fromS: number, toS: number): number {
  const first = Math.ceil(fromS / RMS_WINDOW_S);
  const last = Math.floor(toS / RMS_WINDOW_S);
  return Math.max(0, ...decoded.windowRms.slice(first, last));
}
