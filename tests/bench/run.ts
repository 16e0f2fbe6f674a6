/**
 * `npm run bench`: starts the test PBX and the browser build on loopback, runs each measurement
 * in Debian's Chromium (product and baseline alternating in every round), prints the table and
 * writes the raw samples to .tmp/bench/ (gitignored) so runs can be compared. Nothing here is a
 * test: no figure fails anything.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { build as bundle } from 'esbuild';
import { build, preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../testbed/chromium';
import { describePbx, startPbx } from '../testbed/pbx';
import type { Measurement } from './bench-context';
import { contactsSearch } from './contacts-search';
import { desktopProcess } from './desktop-process';
import { history100k } from './history-100k';
import { heap, phoneFlow } from './phone-flow';
import { formatTable, summarise, type BenchRow } from './stats';
import { tenRinging } from './ten-ringing';

const MEASUREMENTS: Measurement[] = [
  phoneFlow,
  heap,
  contactsSearch,
  history100k,
  tenRinging,
  desktopProcess,
];

const runs = Number(process.env.BENCH_RUNS ?? 7);
const only = process.env.BENCH_ONLY;
const webPort = Number(process.env.BENCH_WEB_PORT ?? 4188);

const print = (text: string) => void process.stdout.write(`${text}\n`);
const log = (line: string) => print(`[bench] ${line}`);
const pbx = await startPbx({
  wsPort: Number(process.env.PBX_WS_PORT ?? 15106),
  udpPort: Number(process.env.PBX_UDP_PORT ?? 15100),
});
process.env.PBX_WS_URL = pbx.wsUrl;
process.env.PBX_DOMAIN = pbx.domain;
log(describePbx(pbx));
const server = await preview({
  configFile: 'vite.web.config.ts',
  logLevel: 'warn',
  preview: { host: '127.0.0.1', port: webPort, strictPort: true },
});
// The baseline page, built like the product (Vite, production mode) and served beside it.
const bareRoot = join('tests', 'bench', 'bare');
const bareOut = join(process.cwd(), '.tmp', 'bench', 'bare');
await build({
  configFile: false,
  root: bareRoot,
  base: './',
  logLevel: 'warn',
  build: { outDir: bareOut, emptyOutDir: true },
});
const bareServer = await preview({
  configFile: false,
  root: bareRoot,
  logLevel: 'warn',
  build: { outDir: bareOut },
  preview: { host: '127.0.0.1', port: webPort + 1, strictPort: true },
});
const probeScript = (
  await bundle({
    entryPoints: [join('tests', 'bench', 'page', 'probes.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2022',
    write: false,
  })
).outputFiles[0]!.text;
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${platform()} ${release()}, Node ${process.version}, Chromium ${browser.version()}`;

const rows: BenchRow[] = [];
try {
  for (const measurement of MEASUREMENTS) {
    if (only && !measurement.name.includes(only)) continue;
    log(`${measurement.name}: ${runs} rounds`);
    rows.push(
      ...(await measurement.run({
        browser,
        baseURL: `http://127.0.0.1:${webPort}/`,
        bareURL: `http://127.0.0.1:${webPort + 1}/`,
        probeScript,
        pbx,
        runs,
        log,
      })),
    );
  }
} finally {
  await browser.close();
  for (const each of [server, bareServer])
    await new Promise<void>((resolve) => each.httpServer.close(() => resolve()));
  await pbx.stop();
}

print(`\n${formatTable(rows)}\n\nMachine: ${machine}`);
const folder = join('.tmp', 'bench');
mkdirSync(folder, { recursive: true });
const file = join(folder, `${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
writeFileSync(
  file,
  `${JSON.stringify(
    {
      machine,
      runs,
      rows: rows.map((row) => ({
        ...row,
        productSummary: summarise(row.product),
        baselineSummary: summarise(row.baseline),
      })),
    },
    null,
    2,
  )}\n`,
);
print(`Raw samples: ${file}`);
