import type { Page } from '@playwright/test';

/** Heap in use after a full garbage collection, from the DevTools protocol. */
export async function heapMegabytes(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    const { usedSize } = await session.send('Runtime.getHeapUsage');
    return usedSize / 1024 / 1024;
  } finally {
    await session.detach();
  }
}
