/**
 * A queue that tests wait on: items arrive whenever the network delivers
 * them, and next() takes the first unconsumed one matching a predicate,
 * waiting up to a timeout. Timeouts name what was awaited and what did come,
 * so a failing test says why.
 */
export class Inbox<T> {
  private readonly items: T[] = [];
  private readonly seen: T[] = [];
  private waiters: { match: (item: T) => boolean; resolve: (item: T) => void }[] = [];

  push(item: T): void {
    this.seen.push(item);
    const waiter = this.waiters.find((w) => w.match(item));
    if (waiter) {
      this.waiters = this.waiters.filter((w) => w !== waiter);
      waiter.resolve(item);
    } else {
      this.items.push(item);
    }
  }

  /** Everything ever pushed, consumed or not (for assertions and errors). */
  history(): readonly T[] {
    return this.seen;
  }

  next(
    match: (item: T) => boolean,
    timeoutMs: number,
    what: string,
    show: (item: T) => string,
  ): Promise<T> {
    const index = this.items.findIndex(match);
    if (index >= 0) return Promise.resolve(this.items.splice(index, 1)[0] as T);
    return new Promise((resolve, reject) => {
      const waiter = {
        match,
        resolve: (item: T) => {
          clearTimeout(timer);
          resolve(item);
        },
      };
      const timer = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        const got = this.seen.map(show).join(', ') || 'nothing';
        reject(new Error(`Timed out after ${timeoutMs} ms waiting for ${what}; received: ${got}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }
}
