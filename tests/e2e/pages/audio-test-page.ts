import { expect, type Locator, type Page } from '@playwright/test';

/** Where a test tone played (src-renderer/sip/debug-hook.ts testTones()). */
export interface ToneRoute {
  sinkId: string;
  volume: number;
}

/** The few browser APIs used in page.evaluate (the e2e code type-checks without DOM globals). */
interface Track {
  readyState: string;
  getSettings(): { deviceId?: string };
}
interface AudioElement {
  sinkId: string;
  volume: number;
  ended: boolean;
  paused: boolean;
  captureStream(): unknown;
}
interface PageApis {
  navigator: {
    mediaDevices: { getUserMedia(constraints: unknown): Promise<{ getTracks(): Track[] }> };
  };
  document: { querySelector(selector: string): AudioElement | null };
  AudioContext: new () => {
    createMediaStreamSource(stream: unknown): { connect(node: unknown): void };
    createAnalyser(): { fftSize: number; getFloatTimeDomainData(data: Float32Array): void };
    close(): Promise<void>;
  };
  performance: { now(): number };
  __openedTracks?: Track[];
  __softphoneDebug?: { testTones(): { sound?: ToneRoute; ringtone?: ToneRoute } };
}
const PLAYBACK = '[data-testid="audio-test-playback"]';

/**
 * Test audio (Settings → Audio devices → Test audio): the microphone meter and picker, the test
 * sound and ringtone, the record-and-play-back loop, found by role and name. What no text shows
 * (where a tone played, whether the playback was audible, whether the microphone is still open)
 * is read from the page itself.
 */
export class AudioTestPage {
  readonly view: Locator;
  readonly heading: Locator;
  readonly meter: Locator;
  readonly microphone: Locator;
  readonly status: Locator;
  readonly alert: Locator;

  constructor(readonly page: Page) {
    this.view = page.getByRole('region', { name: 'Test audio' });
    this.heading = page.getByRole('heading', { level: 1, name: 'Test audio' });
    this.meter = page.getByRole('meter', { name: 'Microphone level' });
    this.microphone = page.getByRole('combobox', { name: 'Microphone', exact: true });
    // The header's registration state is a status too: the view's own, then.
    this.status = this.view.getByRole('status');
    this.alert = this.view.getByRole('alert');
  }

  button(name: string): Locator {
    return this.page.getByRole('button', { name, exact: true });
  }

  /** From Settings (which must be shown): the Test audio button under Audio devices. */
  async openFromSettings(): Promise<void> {
    await this.button('Test audio').click();
    await expect(this.heading).toBeVisible();
  }

  async meterValue(): Promise<number> {
    return Number(await this.meter.getAttribute('aria-valuenow'));
  }

  /**
   * From now on remembers every track getUserMedia hands the app, so a test can tell whether
   * the microphone is still open; `fail` makes it refuse instead, with that DOMException name.
   */
  async watchMicrophone(fail?: string): Promise<void> {
    await this.page.evaluate((failure) => {
      const apis = globalThis as unknown as PageApis & {
        DOMException: new (m: string, n: string) => Error;
      };
      const media = apis.navigator.mediaDevices;
      const original = media.getUserMedia.bind(media);
      apis.__openedTracks = [];
      media.getUserMedia = async (constraints) => {
        if (failure) throw new apis.DOMException('refused by the test', failure);
        const stream = await original(constraints);
        apis.__openedTracks!.push(...stream.getTracks());
        return stream;
      };
    }, fail);
  }

  /** Each track opened since watchMicrophone(): its state and device. */
  openedTracks(): Promise<{ readyState: string; deviceId?: string }[]> {
    return this.page.evaluate(() =>
      ((globalThis as unknown as PageApis).__openedTracks ?? []).map((track) => ({
        readyState: track.readyState,
        deviceId: track.getSettings().deviceId,
      })),
    );
  }

  testTones(): Promise<{ sound?: ToneRoute; ringtone?: ToneRoute }> {
    return this.page.evaluate(
      () => (globalThis as unknown as PageApis).__softphoneDebug?.testTones() ?? {},
    );
  }

  /** Where the recording plays back, and how loud. */
  playbackRoute(): Promise<ToneRoute | undefined> {
    return this.page.evaluate((selector) => {
      const element = (globalThis as unknown as PageApis).document.querySelector(selector);
      return element ? { sinkId: element.sinkId, volume: element.volume } : undefined;
    }, PLAYBACK);
  }

  /**
   * The loudest RMS (0..1, 43 ms windows) of what the playback element plays during `ms` or
   * until it ends: taken from the element's own output (captureStream), not from the app.
   */
  playbackPeakRms(ms: number): Promise<number> {
    return this.page.evaluate(
      async ([selector, duration]) => {
        const apis = globalThis as unknown as PageApis;
        const element = apis.document.querySelector(selector);
        if (!element || element.paused) return -1;
        const context = new apis.AudioContext();
        const analyser = context.createAnalyser();
        analyser.fftSize = 2048;
        context.createMediaStreamSource(element.captureStream()).connect(analyser);
        const data = new Float32Array(analyser.fftSize);
        let peak = 0;
        const until = apis.performance.now() + duration;
        while (apis.performance.now() < until && !element.ended) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          analyser.getFloatTimeDomainData(data);
          const rms = Math.sqrt(
            data.reduce((sum, sample) => sum + sample * sample, 0) / data.length,
          );
          peak = Math.max(peak, rms);
        }
        await context.close();
        return peak;
      },
      [PLAYBACK, ms] as const,
    );
  }
}
