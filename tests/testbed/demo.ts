/**
 * `npm run demo`: the first minute. Starts the test PBX (where its Debian packages are
 * installed), serves the browser build with a provisioning profile per demo extension, and
 * prints two addresses: open one in each tab, type the printed password, call the other.
 * Everything listens on 127.0.0.1 only.
 */
import { accessSync, constants } from 'node:fs';
import type { ServerResponse } from 'node:http';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { ProvisioningProfileInput } from '../../src-preload/contract';
import { testExtension } from './extensions';
import { startPbx, type RunningPbx } from './pbx';

/** The two extensions the demo offers (test-only passwords, loopback only). */
export const DEMO_USERS = ['1001', '1002'] as const;

const PACKAGES =
  'kamailio kamailio-websocket-modules kamailio-extra-modules kamailio-presence-modules rtpengine-daemon';

/** The programs the PBX needs that are not on this machine (PATH, plus Debian's sbin folders). */
export function missingPrograms(
  env: NodeJS.ProcessEnv = process.env,
  systemFolders = ['/usr/sbin', '/sbin'],
): string[] {
  const folders = [...(env.PATH ?? '').split(delimiter), ...systemFolders].filter(Boolean);
  const present = (name: string) =>
    folders.some((folder) => {
      try {
        accessSync(join(folder, name), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
  return ['kamailio', 'rtpengine'].filter((name) => !present(name));
}

export function demoProfile(pbx: Pick<RunningPbx, 'wsUrl' | 'domain'>, user: string) {
  const extension = testExtension(user);
  const profile: ProvisioningProfileInput = {
    version: 1,
    provider: 'Softphone demo PBX',
    servers: [pbx.wsUrl],
    domain: pbx.domain,
    extensions: [{ user: extension.user, displayName: extension.displayName }],
  };
  return profile;
}

export interface RunningDemo {
  pbx: RunningPbx;
  server: PreviewServer;
  /** One address per demo extension, with its password. */
  addresses: { user: string; url: string; password: string }[];
  stop(): Promise<void>;
}

export async function startDemo(
  options: { webPort?: number; wsPort?: number; udpPort?: number } = {},
): Promise<RunningDemo> {
  const webPort = options.webPort ?? 4173;
  const pbx = await startPbx({
    wsPort: options.wsPort ?? 15306,
    udpPort: options.udpPort ?? 15300,
  });
  const profiles = new Map(DEMO_USERS.map((user) => [user, demoProfile(pbx, user)]));
  let server: PreviewServer;
  try {
    server = await preview({
      configFile: 'vite.web.config.ts',
      logLevel: 'warn',
      preview: { host: '127.0.0.1', port: webPort, strictPort: true },
      plugins: [
        {
          name: 'softphone-demo-profiles',
          configurePreviewServer(preview) {
            preview.middlewares.use('/demo', (request, response: ServerResponse, next) => {
              const user = /^\/(\d+)\.json$/.exec(request.url ?? '')?.[1];
              const profile = user && profiles.get(user as (typeof DEMO_USERS)[number]);
              if (!profile) return next();
              response.setHeader('Content-Type', 'application/json');
              response.end(JSON.stringify(profile));
            });
          },
        },
      ],
    });
  } catch (error) {
    await pbx.stop();
    throw error;
  }
  const base = `http://127.0.0.1:${webPort}/`;
  return {
    pbx,
    server,
    addresses: DEMO_USERS.map((user) => ({
      user,
      url: `${base}?profile=demo/${user}.json`,
      password: testExtension(user).password,
    })),
    async stop() {
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      await pbx.stop();
    },
  };
}

async function main(): Promise<void> {
  const missing = missingPrograms();
  if (missing.length > 0) {
    process.stderr.write(
      [
        `The demo needs the test PBX, and ${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} not installed.`,
        'On Debian or Ubuntu:',
        '',
        `    sudo apt-get install ${PACKAGES}`,
        '',
        'Or use the phone with your own PBX: npm run web',
        '',
      ].join('\n'),
    );
    process.exit(1);
  }
  const demo = await startDemo({
    webPort: Number(process.env.PORT ?? 4173),
    ...(process.env.PBX_WS_PORT && { wsPort: Number(process.env.PBX_WS_PORT) }),
    ...(process.env.PBX_UDP_PORT && { udpPort: Number(process.env.PBX_UDP_PORT) }),
  });
  process.stdout.write(
    [
      'Softphone demo: a test PBX and the phone in your browser, on 127.0.0.1 only.',
      '',
      'Open each address in its own browser tab (or window), type the password, press Sign in:',
      '',
      ...demo.addresses.map(
        (address) => `  ${address.user}  ${address.url}    password: ${address.password}`,
      ),
      '',
      `Then call ${DEMO_USERS[1]} from the first tab (and answer in the second). Ctrl-C stops the demo.`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const shutdown = (): void => {
    if (stopping) return;
    stopping = true;
    void demo.stop().then(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
