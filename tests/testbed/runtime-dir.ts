/**
 * The PBX's runtime dir, <repo>/.tmp/pbx-<wsPort>/: logs, pid files, the
 * kamcmd socket and the password table. Wiped at each start, kept after
 * stop so a failed test's logs can be read.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestExtension } from './extensions';
import { udpPortFree } from './probes';

/** Last `lines` lines of a log file, for error messages. */
export function logTail(file: string, lines = 40): string {
  if (!existsSync(file)) return `(no log at ${file})`;
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
}

/** A start-up failure: the daemon's error lines first, then the log's tail. */
export function startError(summary: string, logFile: string): Error {
  const log = existsSync(logFile) ? readFileSync(logFile, 'utf8') : '';
  const errors = log
    .split('\n')
    .filter((line) => /ERROR|CRITICAL|ALERT/.test(line))
    .slice(0, 10);
  const parts = [summary];
  if (errors.length > 0) parts.push('--- errors ---', ...errors);
  parts.push(`--- ${logFile} (tail) ---`, logTail(logFile));
  return new Error(parts.join('\n'));
}

/**
 * The password table Kamailio's htable loads through db_text: a header line
 * naming the columns, then `user:0:0:password:0` rows.
 */
function writePasswordTable(dbDir: string, extensions: readonly TestExtension[]): void {
  mkdirSync(dbDir, { recursive: true });
  const rows = extensions.map((ext) => {
    if (!/^[\w-]+$/.test(ext.user) || !/^[\w-]+$/.test(ext.password)) {
      throw new Error(`extension ${ext.user}: user and password must be letters, digits, - or _`);
    }
    return `${ext.user}:0:0:${ext.password}:0`;
  });
  const head = 'key_name(str) key_type(int) value_type(int) key_value(str) expires(int)';
  writeFileSync(join(dbDir, 'passwd'), `${head}\n${rows.join('\n')}\n`);
}

/**
 * pua (the presence modules' publisher, for busy lamps) binds a database and checks its table's
 * version at start-up even when it keeps everything in memory (db_mode 0), so the db_text dir
 * gets a `version` table naming pua's schema version and an empty `pua` table (the column line
 * of Debian's /usr/share/kamailio/dbtext/kamailio/pua, Kamailio 5.6). Nothing is written there.
 */
function writePresenceTables(dbDir: string): void {
  writeFileSync(
    join(dbDir, 'version'),
    'id(int,auto) table_name(string) table_version(int) \n0:pua:7\n',
  );
  const puaColumns = [
    'id(int,auto)',
    'pres_uri(string)',
    'pres_id(string)',
    'event(int)',
    'expires(int)',
    'desired_expires(int)',
    'flag(int)',
    'etag(string)',
    'tuple_id(string,null)',
    'watcher_uri(string)',
    'call_id(string)',
    'to_tag(string)',
    'from_tag(string)',
    'cseq(int)',
    'record_route(string,null)',
    'contact(string)',
    'remote_contact(string)',
    'version(int)',
    'extra_headers(string)',
  ];
  writeFileSync(join(dbDir, 'pua'), `${puaColumns.join(' ')} \n`);
}

/**
 * Refuses to reuse a runtime dir that a live PBX still runs from (found by
 * its pid files). That is another test run on the same port, perhaps in
 * another network namespace; wiping its dir would pull its files away.
 * Crashed runs leave nothing alive: the daemon watchdog sees to that.
 */
function assertRuntimeDirFree(runtimeDir: string): void {
  for (const file of ['kamailio.pid', 'rtpengine.pid']) {
    const path = join(runtimeDir, file);
    if (!existsSync(path)) continue;
    const pid = Number.parseInt(readFileSync(path, 'utf8'), 10);
    let cmdline = '';
    try {
      cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    } catch {
      continue; // not running
    }
    if (cmdline.includes(runtimeDir)) {
      throw new Error(
        `Another test PBX is running from ${runtimeDir} (pid ${pid}). ` +
          'Stop it, or give this one other ports (PBX_WS_PORT / PBX_UDP_PORT).',
      );
    }
  }
}

/**
 * Makes a fresh runtime dir with the password table, after checking that no
 * running PBX uses it and that the UDP ports are free. Throws a message a
 * developer can act on otherwise.
 */
export async function prepareRuntimeDir(
  runtimeDir: string,
  udpPorts: readonly (readonly [what: string, port: number])[],
  extensions: readonly TestExtension[],
): Promise<{ dbDir: string }> {
  assertRuntimeDirFree(runtimeDir);
  for (const [what, port] of udpPorts) {
    if (!(await udpPortFree(port))) {
      throw new Error(
        `UDP port ${port} on 127.0.0.1 (${what}) is in use, perhaps by another PBX. ` +
          'Stop it, or choose other ports (PBX_WS_PORT / PBX_UDP_PORT).',
      );
    }
  }
  rmSync(runtimeDir, { recursive: true, force: true });
  mkdirSync(runtimeDir, { recursive: true });
  const dbDir = join(runtimeDir, 'db');
  writePasswordTable(dbDir, extensions);
  writePresenceTables(dbDir);
  return { dbDir };
}
