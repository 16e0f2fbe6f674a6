import type { Messages } from './en';

export const de: Messages = {
  app: { name: 'Softphone', skipToMain: 'Zum Hauptinhalt springen' },
  signIn: {
    title: 'Beim Telefon anmelden',
    lead: 'Geben Sie die Daten Ihres Anbieters ein. Ihr Passwort wird im Schlüsselbund des Systems gespeichert.',
    leadWeb: 'Geben Sie die Daten Ihres Anbieters ein. Im Browser bleibt Ihr Passwort nur gespeichert, bis dieser Tab geschlossen wird.',
    server: 'Server',
    serverHint: 'WebSocket-Adresse, zum Beispiel wss://pbx.example.com:8089/ws',
    domain: 'Domäne',
    extension: 'Nebenstelle',
    password: 'Passwort',
    displayName: 'Anzeigename (optional)',
    submit: 'Anmelden',
    importProfile: 'Provisionierungsprofil importieren…',
    profileLoaded: 'Die Einstellungen von {provider} sind eingetragen: Geben Sie Nebenstelle und Passwort ein.',
    required: 'Dieses Feld ist erforderlich',
  },
  registration: {
    offline: 'Offline',
    connecting: 'Verbindung zu {server} wird hergestellt…',
    registered: 'Angemeldet als {extension} bei {domain}',
    'wrong-password': 'Falsches Passwort für {extension} bei {domain}',
    forbidden: 'Der Server hat die Nebenstelle {extension} bei {domain} abgelehnt',
    'not-found': 'Die Nebenstelle {extension} ist bei {domain} unbekannt',
    'server-unavailable': 'Der Server ist nicht verfügbar ({detail}). Bitte später erneut versuchen.',
    timeout: 'Der Server {server} hat nicht rechtzeitig geantwortet. Neuer Versuch…',
    unreachable: 'Server {server} nicht erreichbar. Neuer Versuch…',
    rejected: 'Anmeldung abgelehnt: {detail}',
    retry: 'Jetzt erneut versuchen',
  },
  account: {
    signOut: 'Abmelden',
    label: 'Konto',
  },
  notice: { dismiss: 'Schließen' },
};
