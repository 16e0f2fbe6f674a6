/** English messages: the reference language; every other locale has the same keys. */
export const en = {
  app: { name: 'Softphone', skipToMain: 'Skip to main content' },
  signIn: {
    title: 'Sign in to your phone',
    lead: 'Enter the details your provider gave you. Your password is stored in the system keychain.',
    leadWeb: 'Enter the details your provider gave you. In the browser your password is kept only until this tab closes.',
    server: 'Server',
    serverHint: 'WebSocket address, for example wss://pbx.example.com:8089/ws',
    domain: 'Domain',
    extension: 'Extension',
    password: 'Password',
    displayName: 'Display name (optional)',
    submit: 'Sign in',
    importProfile: 'Import provisioning profile…',
    profileLoaded: 'Settings from {provider} are filled in: enter your extension and password.',
    required: 'This field is required',
  },
  registration: {
    offline: 'Offline',
    connecting: 'Connecting to {server}…',
    registered: 'Registered as {extension} at {domain}',
    'wrong-password': 'Wrong password for {extension} at {domain}',
    forbidden: 'The server refused extension {extension} at {domain}',
    'not-found': 'Extension {extension} is not known at {domain}',
    'server-unavailable': 'The server is unavailable ({detail}). Try again later.',
    timeout: 'The server at {server} did not answer in time. Retrying…',
    unreachable: 'Cannot reach server {server}. Retrying…',
    rejected: 'Registration was refused: {detail}',
    retry: 'Retry now',
  },
  account: {
    signOut: 'Sign out',
    label: 'Account',
  },
  notice: { dismiss: 'Dismiss' },
};

export type Messages = typeof en;
