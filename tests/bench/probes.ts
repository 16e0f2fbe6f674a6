import type { Page } from '@playwright/test';

interface ProbeWindow {
  __benchSamples?: Record<string, number[]>;
  addEventListener(type: string, listener: (event: unknown) => void, capture: boolean): void;
}

/**
 * Times each edit of the field `#id`, inside the page: from the input event's own timestamp
 * (before any handler ran) to the end of the task that follows it, with a forced layout, so the
 * figure covers the handlers, Vue's re-render (a microtask) and style and layout of the result.
 * It leaves out paint, which the compositor does off the main thread. Samples go to
 * `__benchSamples[key]`.
 */
export async function probeInputRedraw(page: Page, id: string, key: string): Promise<void> {
  await page.evaluate(
    ([fieldId, name]) => {
      const w = globalThis as unknown as ProbeWindow & {
        __benchProbes?: Set<string>;
        MessageChannel: new () => {
          port1: { onmessage: (() => void) | null };
          port2: { postMessage(value: unknown): void };
        };
        document: { body: { offsetHeight: number } };
        performance: { now(): number };
      };
      w.__benchSamples ??= {};
      w.__benchSamples[name] ??= [];
      w.__benchProbes ??= new Set();
      if (w.__benchProbes.has(name)) return;
      w.__benchProbes.add(name);
      const samples = w.__benchSamples[name];
      w.addEventListener(
        'input',
        (event) => {
          const { target, timeStamp } = event as { target: { id?: string }; timeStamp: number };
          if (target.id !== fieldId) return;
          const channel = new w.MessageChannel();
          channel.port1.onmessage = () => {
            void w.document.body.offsetHeight;
            samples.push(w.performance.now() - timeStamp);
          };
          channel.port2.postMessage(0);
        },
        true,
      );
    },
    [id, key] as const,
  );
}
