#!/usr/bin/env node
// Serves the browser build on 127.0.0.1 (never on every interface), port from $PORT (default 4173).
import { preview } from 'vite';

const port = Number(process.env.PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`PORT must be a number from 1 to 65535, not "${process.env.PORT}".`);
  process.exit(1);
}
const server = await preview({
  configFile: 'vite.web.config.ts',
  preview: { host: '127.0.0.1', port, strictPort: true },
});
server.printUrls();
