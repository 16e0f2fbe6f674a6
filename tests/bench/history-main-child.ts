/**
 * One cold run of main's call history, in its own Node process (`--expose-gc`), so the figures
 * are those of a freshly started app: HistoryStore.open on the file given, the heap the open
 * store keeps, and each search the History view sends. Prints one JSON line.
 *
 * Usage: node --expose-gc --import tsx history-main-child.ts <history.jsonl> <term>...
 */
import { performance } from 'node:perf_hooks';
import { HistoryStore } from '../../src-main/services/history';

const [filePath, ...terms] = process.argv.slice(2);
const gc = (globalThis as { gc?: () => void }).gc;
if (!filePath || !gc) throw new Error('Usage: node --expose-gc … <history.jsonl> <term>…');
const log = { info() {}, warn() {}, error() {} };

gc();
const before = process.memoryUsage().heapUsed;
const started = performance.now();
const store = await HistoryStore.open({ filePath, log });
const open = performance.now() - started;
gc();
const heap = (process.memoryUsage().heapUsed - before) / 1024 / 1024;

// What the History view asks for while the user types: each prefix of each term, one page.
const search: number[] = [];
for (const term of terms) {
  for (let length = 1; length <= term.length; length += 1) {
    const at = performance.now();
    store.list({ search: term.slice(0, length), limit: 100 });
    search.push(performance.now() - at);
  }
}
const at = performance.now();
store.list({ limit: 100 });
const firstPage = performance.now() - at;
process.stdout.write(`${JSON.stringify({ size: store.size, open, heap, search, firstPage })}\n`);
