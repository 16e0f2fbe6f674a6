import { loadJsSip } from '../sip/jssip-runtime';
import { prefetchViews } from '../views/lazy-views';
import { whenIdle } from '../sip/when-idle';

const warn = (what: string) => (error: unknown) =>
  console.warn(`Could not prefetch ${what}; it is fetched again when needed.`, error);

/**
 * What the first screen leaves out but the next step needs, fetched once that screen is up and
 * the page is idle: JsSIP first (Sign in waits for it), then the other views. A call never waits
 * for a chunk: it needs a registered line, and a line registers only once JsSIP is here.
 */
export function prefetchAfterFirstScreen(): void {
  whenIdle(() => {
    void loadJsSip().catch(warn('JsSIP'));
    void prefetchViews().catch(warn('the views'));
  });
}
