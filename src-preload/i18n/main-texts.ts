/**
 * The texts main shows itself (tray, notifications, system dialogs), part of the app's one
 * catalogue: the renderer's vue-i18n messages carry them under `main`, so the language test and
 * the key-parity test cover them, and main formats them with vue-i18n's own core
 * (src-main/services/i18n). vue-i18n syntax: `{name}` placeholders, `a | b | c` plural forms.
 */
export const mainTextsEn = {
  tray: {
    show: 'Show Softphone',
    hide: 'Hide Softphone',
    answer: 'Answer {who}',
    hangup: 'Hang up {who}',
    doNotDisturb: 'Do not disturb',
    recent: 'Recent calls',
    noRecent: 'No recent calls',
    quit: 'Quit Softphone',
    voicemail: 'Call voicemail',
    portal: 'Open customer portal',
    incoming: 'Incoming call from {who}',
    onHold: 'On hold with {who}',
    calling: 'Calling {who}',
    inCall: 'In call with {who}',
    calls: '{count} calls',
    missed: '{count} missed call | {count} missed calls',
    voicemails: '{count} new voicemail | {count} new voicemails',
    ready: 'Ready',
    connecting: 'Connecting…',
    notConnected: 'Not connected',
    notConnectedBecause: 'Not connected: {detail}',
    offline: 'Offline',
    outcome: {
      missed: 'missed',
      declined: 'declined',
      busy: 'busy',
      cancelled: 'cancelled',
      failed: 'failed',
    },
  },
  notify: {
    incoming: 'Incoming call',
    missed: 'Missed call',
    onLine: '{caller} · on line {line}',
  },
  dialog: {
    callQuestion: 'Call {number}?',
    callDetail: 'A link or another program asked Softphone to place this call.',
    call: 'Call',
    cancel: 'Cancel',
    alwaysAllow: 'Always allow for tel: links',
    updateReady: 'Softphone {version} is ready to install',
    updateDetail: 'Softphone restarts to install it. Calls in progress are ended.',
    installRestart: 'Install and restart',
    later: 'Later',
    endCalls: 'End the call in progress? | End the {count} calls in progress?',
    quitDetail: 'Quitting Softphone ends every call.',
    reloadDetail: 'Reloading the phone page ends every call.',
    endAndQuit: 'End calls and quit',
    endAndReload: 'End calls and reload',
    exportHistory: 'Export call history',
    exportDiagnostics: 'Export diagnostics',
    recordingsFolder: 'Recordings folder',
  },
};

export type MainTexts = typeof mainTextsEn;

export const mainTextsDe: MainTexts = {
  tray: {
    show: 'Softphone zeigen',
    hide: 'Softphone verbergen',
    answer: '{who} annehmen',
    hangup: '{who} auflegen',
    doNotDisturb: 'Nicht stören',
    recent: 'Letzte Anrufe',
    noRecent: 'Keine letzten Anrufe',
    quit: 'Softphone beenden',
    voicemail: 'Mailbox anrufen',
    portal: 'Kundenportal öffnen',
    incoming: 'Eingehender Anruf von {who}',
    onHold: 'Gehalten: {who}',
    calling: 'Ruft {who} an',
    inCall: 'Im Gespräch mit {who}',
    calls: '{count} Anrufe',
    missed: '{count} verpasster Anruf | {count} verpasste Anrufe',
    voicemails: '{count} neue Sprachnachricht | {count} neue Sprachnachrichten',
    ready: 'Bereit',
    connecting: 'Verbinde…',
    notConnected: 'Nicht verbunden',
    notConnectedBecause: 'Nicht verbunden: {detail}',
    offline: 'Offline',
    outcome: {
      missed: 'verpasst',
      declined: 'abgelehnt',
      busy: 'besetzt',
      cancelled: 'abgebrochen',
      failed: 'fehlgeschlagen',
    },
  },
  notify: {
    incoming: 'Eingehender Anruf',
    missed: 'Verpasster Anruf',
    onLine: '{caller} · auf Leitung {line}',
  },
  dialog: {
    callQuestion: '{number} anrufen?',
    callDetail: 'Ein Link oder ein anderes Programm möchte mit Softphone diesen Anruf starten.',
    call: 'Anrufen',
    cancel: 'Abbrechen',
    alwaysAllow: 'Für tel:-Links immer erlauben',
    updateReady: 'Softphone {version} ist bereit zur Installation',
    updateDetail: 'Softphone startet zur Installation neu. Laufende Anrufe werden beendet.',
    installRestart: 'Installieren und neu starten',
    later: 'Später',
    endCalls: 'Den laufenden Anruf beenden? | Die {count} laufenden Anrufe beenden?',
    quitDetail: 'Beenden von Softphone beendet jeden Anruf.',
    reloadDetail: 'Neuladen der Telefonseite beendet jeden Anruf.',
    endAndQuit: 'Anrufe beenden und Softphone beenden',
    endAndReload: 'Anrufe beenden und neu laden',
    exportHistory: 'Anrufliste exportieren',
    exportDiagnostics: 'Diagnosedaten exportieren',
    recordingsFolder: 'Aufnahmeordner',
  },
};

/** Every text of `T` by its dotted path ("tray.quit"). */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MainTextKey = Paths<MainTexts>;
