/**
 * Electron security scan (Electronegativity 1.10.3) of the sources and of the built app.
 *
 *   node tests/security/electronegativity.mjs        (npm run test:security runs it)
 *
 * 1. `npm run build`, then a copy of `out/` transpiled to es2019 with esbuild: Electronegativity's
 *    parser stops at class private fields ("Unknown node type ClassPrivateProperty").
 * 2. The sources (src-main, src-preload and the renderer's two HTML pages, where the CSP lives) are
 *    staged into one folder, so the global checks (navigation limits, permission handler, CSP) see
 *    main and the pages together, as they run.
 * 3. Each is scanned inside tests/scripts/loopback-only.sh: Electronegativity fetches translations
 *    from the Internet as soon as it starts, and nothing here may leave loopback.
 *    `AvailableSecurityFixesGlobalCheck` needs the network (it asks for Electron releases): off.
 * 4. Every HIGH or MEDIUM finding must be listed in electronegativity-false-positives.json with
 *    its reason, and each entry's `evidence` (a pattern that must still be in a named file) is
 *    checked, so a suppression stops holding the moment the code it relies on changes.
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { transformSync } from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const work = join(root, '.tmp', 'electronegativity');
const config = JSON.parse(
  readFileSync(join(root, 'tests/security/electronegativity-false-positives.json'), 'utf8'),
);
const tool = join(root, 'node_modules/.bin/electronegativity');
const loopbackOnly = join(root, 'tests/scripts/loopback-only.sh');

/** Progress for the CI log (lint allows console.warn/error only). */
const say = (line) => process.stdout.write(`${line}\n`);

function filesUnder(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

function stage() {
  rmSync(work, { recursive: true, force: true });
  const sources = join(work, 'sources');
  cpSync(join(root, 'src-main'), join(sources, 'src-main'), {
    recursive: true,
    filter: (path) => !/\.test\.ts$|test-fakes\.ts$/.test(path),
  });
  cpSync(join(root, 'src-preload'), join(sources, 'src-preload'), {
    recursive: true,
    filter: (path) => !/\.test\.ts$/.test(path),
  });
  for (const page of ['index.html', 'popup.html'])
    cpSync(join(root, 'src-renderer', page), join(sources, 'src-renderer', page));

  const built = join(work, 'out');
  cpSync(join(root, 'out'), built, { recursive: true });
  for (const file of filesUnder(built).filter((path) => /\.(c|m)?js$/.test(path))) {
    const { code } = transformSync(readFileSync(file, 'utf8'), {
      target: 'es2019',
      // Keep import.meta as is: the parser reads it, and the copy is never run.
      supported: { 'import-meta': true },
      loader: 'js',
    });
    writeFileSync(file, code);
  }
  return { sources, built };
}

function scan(input, name) {
  const csv = join(work, `${name}.csv`);
  execFileSync(
    'bash',
    [
      loopbackOnly,
      tool,
      '-i',
      input,
      '-x',
      'AvailableSecurityFixesGlobalCheck',
      '-r',
      '-v',
      'false',
      '-o',
      csv,
    ],
    { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, CI: process.env.CI ?? '1' } },
  );
  return parseCsv(readFileSync(csv, 'utf8')).map((row) => ({ ...row, scope: name }));
}

/** Electronegativity's CSV: a header, then quoted fields with "" for a quote. */
function parseCsv(text) {
  const rows = [];
  let field = '';
  let row = [];
  let quoted = false;
  const endField = () => {
    row.push(field.trim());
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted && ch === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (!quoted && ch === ',') {
      endField();
    } else if (!quoted && ch === '\n') {
      endField();
      rows.push(row);
      row = [];
    } else {
      field += ch;
    }
  }
  if (field || row.length) {
    endField();
    rows.push(row);
  }
  const [, ...body] = rows.filter((r) => r.length > 1);
  return body.map(([check, severity, confidence, file, location, sample, description]) => ({
    check,
    severity,
    confidence,
    file,
    location,
    sample,
    description,
  }));
}

function matches(entry, finding) {
  return (
    entry.check === finding.check &&
    entry.scope === finding.scope &&
    entry.file === finding.file &&
    (entry.sample === undefined || finding.sample.includes(entry.sample))
  );
}

/** Each suppression names code that makes it false; that code must still be there. */
function evidenceProblems(entry) {
  return (entry.evidence ?? []).flatMap(({ file, pattern }) => {
    const text = readFileSync(join(root, file), 'utf8');
    return new RegExp(pattern).test(text)
      ? []
      : [`${entry.check} (${entry.file}): evidence /${pattern}/ is no longer in ${file}`];
  });
}

function main() {
  if (!process.env.SKIP_BUILD)
    execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  mkdirSync(work, { recursive: true });
  const { sources, built } = stage();
  const findings = [...scan(sources, 'sources'), ...scan(built, 'built')];
  const serious = findings.filter((f) => f.severity === 'HIGH' || f.severity === 'MEDIUM');
  const entries = config.falsePositives;
  const genuine = serious.filter((f) => !entries.some((entry) => matches(entry, f)));
  const problems = entries.flatMap(evidenceProblems);
  const unused = entries.filter((entry) => !serious.some((f) => matches(entry, f)));

  say(
    `electronegativity: ${findings.length} findings, ${serious.length} high/medium, ` +
      `${serious.length - genuine.length} recorded as false positives, ${genuine.length} genuine`,
  );
  for (const f of genuine)
    console.error(
      `  GENUINE ${f.severity} ${f.check} ${f.scope}:${f.file}:${f.location} ${f.sample}`,
    );
  for (const problem of problems) console.error(`  STALE SUPPRESSION ${problem}`);
  for (const entry of unused)
    console.warn(`  (unused false-positive entry: ${entry.check} ${entry.scope}:${entry.file})`);
  if (genuine.length > 0 || problems.length > 0) process.exit(1);
  say(`electronegativity: ok (${relative(root, work)})`);
}

main();
