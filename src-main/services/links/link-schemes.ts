/**
 * Which link schemes Softphone handles and how it claims them with the OS, as pure decisions;
 * shell/protocols.ts makes the Electron calls.
 */

export const CALL_LINK_SCHEMES = ['tel', 'callto', 'sip', 'sips'] as const;

/**
 * Arguments for `app.setAsDefaultProtocolClient(scheme, execPath, args)`. Windows writes
 * `"execPath" args… "%1"` into the registry; the `--` sentinel ends switch parsing before the
 * link (see services/cli/argv.ts, and Electron's CVE-2018-1000006). Unpackaged (`electron .`),
 * the app path must come first or Electron starts without our app. macOS and Linux ignore args.
 */
export function protocolClientArgs(options: { isPackaged: boolean; appPath?: string }): string[] {
  return !options.isPackaged && options.appPath ? [options.appPath, '--'] : ['--'];
}

/**
 * Whether to claim a scheme at run time. Installers declare the handlers (electron-builder.yml);
 * at run time we only claim a scheme nobody handles yet, so starting Softphone never takes tel:
 * away from an app the user picked on purpose. `currentHandler` is
 * `app.getApplicationNameForProtocol('tel:')`: empty when there is none.
 */
export function shouldClaimScheme(currentHandler: string, ownNames: readonly string[]): boolean {
  const handler = currentHandler.trim().toLowerCase();
  return handler === '' || ownNames.some((name) => handler.includes(name.toLowerCase()));
}
