/**
 * What a secret looks like and how it is removed (redact.ts), and the diagnostics export built
 * from it (bundle.ts): shared by main, the logger and the page, so every build redacts alike.
 */
export { isSecretKey, REDACTED, redactDetails, redactText } from './redact';
export {
  DIAGNOSTICS_FILES,
  diagnosticsFileName,
  diagnosticsFiles,
  diagnosticsZip,
  type DiagnosticsInput,
  type DiagnosticsLog,
} from './bundle';
export { heldSecrets } from './held-secrets';
