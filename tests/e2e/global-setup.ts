import { startPbx } from '../testbed/pbx';

/** One PBX for the whole run; tests read its address from the environment. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const pbx = await startPbx();
  process.env.PBX_WS_URL = pbx.wsUrl;
  process.env.PBX_DOMAIN = pbx.domain;
  process.env.PBX_UDP_PORT = String(pbx.udpPort);
  return () => pbx.stop();
}
