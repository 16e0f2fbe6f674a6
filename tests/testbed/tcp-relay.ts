import { createConnection, createServer, type AddressInfo, type Socket } from 'node:net';

/** A loopback TCP relay a test can cut: the phone's WebSocket drops, the relay keeps listening. */
export interface TcpRelay {
  /** `ws://127.0.0.1:<relay port>/`: give this to the phone instead of the PBX's URL. */
  readonly url: string;
  readonly port: number;
  /** Connections relayed now. */
  readonly open: number;
  /** Connections accepted since the start (a reconnect makes it grow). */
  readonly accepted: number;
  /** Destroys every relayed connection (both sides at once, like a network that went away). */
  cut(): number;
  stop(): Promise<void>;
}

/**
 * Listens on 127.0.0.1 (a free port) and relays each connection byte for byte to `target`
 * (only 127.0.0.1 is accepted: the test bed never reaches anything else). New connections are
 * relayed after a cut as before, so the phone reconnects through the same relay.
 */
export async function startTcpRelay(target: { host: string; port: number }): Promise<TcpRelay> {
  if (target.host !== '127.0.0.1') throw new Error('The relay only forwards to 127.0.0.1');
  const pairs = new Set<[Socket, Socket]>();
  let accepted = 0;
  const server = createServer((client) => {
    accepted += 1;
    const upstream = createConnection(target);
    const pair: [Socket, Socket] = [client, upstream];
    pairs.add(pair);
    client.pipe(upstream);
    upstream.pipe(client);
    const close = () => {
      pairs.delete(pair);
      client.destroy();
      upstream.destroy();
    };
    for (const socket of pair) {
      socket.on('error', close);
      socket.on('close', close);
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as AddressInfo;
  const relay: TcpRelay = {
    url: `ws://127.0.0.1:${port}/`,
    port,
    get open() {
      return pairs.size;
    },
    get accepted() {
      return accepted;
    },
    cut() {
      const count = pairs.size;
      for (const [client, upstream] of [...pairs]) {
        client.destroy();
        upstream.destroy();
      }
      pairs.clear();
      return count;
    },
    async stop() {
      relay.cut();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return relay;
}

/** Host and port of a `ws://host:port/...` URL (the test PBX's WebSocket). */
export function wsTarget(url: string): { host: string; port: number } {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port) };
}
