import type { MainTexts } from './main-texts';

/** main-texts.ts in German; apart, so the page fetches it only when German is chosen. */
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
  refusal: {
    linkNotText: 'Der Link ist kein Text.',
    numberNotText: 'Die Nummer ist kein Text.',
    linkEmpty: 'Der Link ist leer.',
    linkTooLong: 'Der Link ist länger als {max} Zeichen und wurde daher nicht geöffnet.',
    linkControl:
      'Der Link enthält einen Zeilenumbruch oder ein anderes Steuerzeichen und wurde daher nicht geöffnet.',
    linkBidi:
      'Der Link enthält versteckte Zeichen für die Schreibrichtung, mit denen Links getarnt werden, und wurde daher nicht geöffnet.',
    linkInvisible: 'Der Link enthält unsichtbare Zeichen und wurde daher nicht geöffnet.',
    linkNotAscii:
      'Der Link enthält Zeichen außerhalb von reinem ASCII (zum Beispiel ähnlich aussehende Ziffern); Telefon-Links müssen die Ziffern 0-9 verwenden.',
    linkBrokenEscape: 'Der Link enthält ein fehlerhaftes %-Escape und wurde daher nicht geöffnet.',
    linkEscapeNotText:
      'Der Link enthält ein %-Escape, das keinen gültigen Text ergibt, und wurde daher nicht geöffnet.',
    linkScheme: 'Softphone öffnet nur tel:-, sip:-, sips:- und callto:-Links.',
    telQuery:
      'Ein {scheme}:-Link darf nach "?" keine weiteren Felder enthalten und wurde daher nicht geöffnet.',
    telAddress: "Ein {scheme}:-Link muss eine Telefonnummer enthalten, keine Adresse mit {'@'}.",
    extensionTwice: 'Dieser Link nennt mehr als eine Durchwahl.',
    extensionInvalid: 'Die Durchwahl in diesem Link ist keine Zahl mit höchstens 10 Ziffern.',
    digitsAfterSemicolon:
      'Dieser Link enthält Ziffern nach ";", die nicht gewählt würden. Verwenden Sie ",1234" für Ziffern nach einer Pause oder ";ext=1234" für eine Durchwahl.',
    phoneContext: 'Der phone-context in diesem Link ist weder eine +Vorwahl noch ein Domainname.',
    malformedParameter: 'Dieser Link enthält einen fehlerhaften Parameter.',
    extensionAndPause:
      'Dieser Link enthält sowohl eine Durchwahl als auch Ziffern nach einer Pause; das ist mehrdeutig, daher wurde er nicht geöffnet.',
    postDialWait:
      'Links, die vor weiteren Ziffern auf eine Bestätigung warten, werden nicht unterstützt; wählen Sie die Nummer und tippen Sie die Ziffern auf dem Tastenfeld.',
    postDialCharacters: 'Nach der Pause sind nur die Ziffern 0-9, * und # erlaubt.',
    postDialTooLong: 'Nach der Nummer dürfen höchstens {max} Ziffern und Pausen folgen.',
    numberEmpty: 'Das enthält keine Telefonnummer.',
    numberLetters:
      'Das ist keine Telefonnummer: Sie enthält Buchstaben. Geben Sie die Nummer nur mit Ziffern ein.',
    numberCharacters:
      'Das ist keine Telefonnummer: Sie darf nur Ziffern, ein führendes +, Leerzeichen und die Trennzeichen - . / ( ) enthalten.',
    serviceCode:
      'Dienstcodes mit * oder # (etwa zur Rufumleitung) können nicht aus einem Link gewählt werden; tippen Sie sie auf dem Tastenfeld, wenn Sie das wirklich wollen.',
    numberGlobalLength: 'Eine internationale Nummer (+…) muss 3 bis {max} Ziffern haben.',
    numberLocalLength: 'Eine Telefonnummer darf höchstens {max} Ziffern haben.',
    numberNeedsCountry:
      'Diese nationale Nummer kann ohne Standardland nicht gewählt werden; wählen Sie sie mit ihrer +Landesvorwahl.',
    numberImpossible:
      'Das ist keine mögliche Telefonnummer: Prüfen Sie die Zahl der Ziffern und die Landesvorwahl.',
    sipHeaders:
      'Dieser Link versucht, dem Anruf SIP-Header hinzuzufügen. Softphone übernimmt nie SIP-Header aus einem Link, denn sie können einen anderen Anruf übernehmen oder das andere Telefon von selbst abheben lassen.',
    sipHeadersNamed:
      'Dieser Link versucht, dem Anruf SIP-Header ({names}) hinzuzufügen. Softphone übernimmt nie SIP-Header aus einem Link, denn sie können einen anderen Anruf übernehmen oder das andere Telefon von selbst abheben lassen.',
    sipMalformedParameter: 'Dieser SIP-Link enthält einen fehlerhaften Parameter.',
    sipRouting:
      'Dieser SIP-Link versucht zu ändern, wohin oder wie der Anruf gesendet wird ({name}=), und wurde daher nicht geöffnet.',
    sipTransport:
      'Dieser SIP-Link verlangt einen unerwarteten Transport ({transport}) und wurde daher nicht geöffnet.',
    sipManyAt: "Diese SIP-Adresse enthält mehr als ein {'@'} und wurde daher nicht geöffnet.",
    sipUserAndHost:
      "Ein SIP-Link muss einen Benutzer und einen Host nennen, etwa sip:alice{'@'}example.com.",
    sipPassword:
      'Dieser SIP-Link enthält ein Passwort; Softphone übernimmt nie Zugangsdaten aus einem Link.',
    sipUser:
      'Der Benutzerteil dieser SIP-Adresse darf nur Buchstaben, Ziffern und . _ ~ + - enthalten (höchstens 64).',
    sipAddressShape:
      "Eine SIP-Adresse muss aus genau einem Benutzer und einem Host bestehen, etwa alice{'@'}example.com.",
    sipPort: 'Der Port in dieser SIP-Adresse ist keine Zahl zwischen 1 und 65535.',
    sipHost:
      'Der Host in dieser SIP-Adresse ist kein gültiger Hostname und keine gültige IP-Adresse.',
    hostThisComputer:
      'Dieser SIP-Link zeigt auf diesen Computer ({host}), den ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    hostLoopback:
      'Dieser SIP-Link zeigt auf diesen Computer (Loopback) ({host}), den ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    hostLocalhost:
      'Dieser SIP-Link zeigt auf diesen Computer (localhost) ({host}), den ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    hostPrivate:
      'Dieser SIP-Link zeigt ins private Netzwerk ({host}), das ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    hostLinkLocal:
      'Dieser SIP-Link zeigt auf eine link-lokale Adresse ({host}), die ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    hostLinkLocalOrMetadata:
      'Dieser SIP-Link zeigt auf eine link-lokale oder Cloud-Metadaten-Adresse ({host}), die ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    hostMetadata:
      'Dieser SIP-Link zeigt auf eine Cloud-Metadaten-Adresse ({host}), die ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    hostAmbiguous:
      'Dieser SIP-Link zeigt auf eine mehrdeutige IP-Adresse ({host}), die ein Link aus einer anderen App nicht anrufen darf. Nur Ihre eigene SIP-Domain darf eine lokale Adresse sein.',
    tooManyLinks:
      'Andere Apps wollten Softphone innerhalb von {seconds} Sekunden mehr als {max}-mal anrufen lassen, daher wurden die weiteren Anrufe nicht gestartet. Warten Sie einen Moment und öffnen Sie den Link erneut.',
    selection: 'Der markierte Text konnte nicht gewählt werden: {reason}',
    selectionEmpty:
      'Markieren oder kopieren Sie zuerst eine Nummer und drücken Sie dann das Tastenkürzel zum Wählen.',
    switchValue: '{name} nimmt keinen Wert an; "{value}" wurde ignoriert.',
    dialMissing: '--dial braucht danach eine Nummer oder SIP-Adresse.',
    dialIgnored: '--dial "{value}" wurde ignoriert: {reason}',
    argumentIgnored: 'Argument "{value}" wurde ignoriert: {reason}',
    oneDialOnly: '"{value}" wurde ignoriert: Es kann nur eine Nummer auf einmal gewählt werden.',
  },
  errors: {
    settingsInvalid: 'Ungültige Einstellungen{detail}',
    settingsNotSaved: 'Ihre Einstellungen konnten nicht gespeichert werden ({reason}).',
    historyInvalidEntry: 'Ungültiger Eintrag in der Anrufliste{detail}',
    historyInvalidQuery: 'Ungültige Abfrage der Anrufliste{detail}: {issue}',
    historyUnavailable: 'Die Anrufliste ist nicht verfügbar ({reason}).',
    historySaveFailed: 'Der Anruf konnte nicht gespeichert werden ({reason}).',
    historyClearFailed: 'Die Anrufliste konnte nicht geleert werden ({reason}).',
    historyDeleteFailed: 'Der Anruf konnte nicht gelöscht werden ({reason}).',
    historyMarkSeenFailed: 'Verpasste Anrufe konnten nicht als gesehen markiert werden ({reason}).',
    historyRepairFailed: 'Die Anrufliste konnte nicht repariert werden ({reason}).',
    contactsInvalid: 'Ungültiger Kontakt',
    contactsTooMany: 'Ein Adressbuch fasst höchstens {max} Kontakte.',
    contactsUnavailable: 'Die Kontakte sind nicht verfügbar ({reason}).',
    contactsSaveFailed: 'Die Kontakte konnten nicht gespeichert werden ({reason}).',
    contactsDeleteFailed: 'Die Kontakte konnten nicht gelöscht werden ({reason}).',
    contactsClearFailed: 'Die Kontakte konnten nicht geleert werden ({reason}).',
    passwordSaveFailed: 'Das Passwort für {account} konnte nicht gespeichert werden ({reason}).',
    passwordNotSaved: 'Das Passwort wurde nicht gespeichert: {reason}.',
    passwordsUnreadable: 'Die gespeicherten Passwörter konnten nicht gelesen werden ({reason}).',
    keychainReadFailed:
      'Das Passwort für {account} konnte nicht aus dem Schlüsselbund des Systems gelesen werden ({reason}).',
    keychainSaveFailed:
      'Das Passwort für {account} konnte nicht im Schlüsselbund des Systems gespeichert werden ({reason}).',
    keychainRemoveFailed:
      'Das Passwort für {account} konnte nicht aus dem Schlüsselbund des Systems entfernt werden ({reason}).',
    recordingFolderNotAbsolute: 'Der Aufnahmeordner muss ein vollständiger Pfad sein.',
    recordingDiskFull:
      'Aufnahme gestoppt: Die Festplatte ist voll. Der bisher aufgenommene Teil bleibt in {name} erhalten.',
    recordingFolderGone:
      'Aufnahme gestoppt: Der Aufnahmeordner {folder} ist nicht mehr vorhanden. Wählen Sie in den Einstellungen einen anderen.',
    recordingFolderReadOnly:
      'Aufnahme gestoppt: In den Aufnahmeordner {folder} kann nicht geschrieben werden. Wählen Sie in den Einstellungen einen anderen.',
    recordingWriteFailed:
      'Aufnahme gestoppt: {name} konnte nicht geschrieben werden ({reason}). Der bisher aufgenommene Teil bleibt erhalten.',
    profileBadUrl: 'Die Provisionierungsadresse ist keine gültige URL.',
    profileNotHttps: 'Ein Provisionierungsprofil kann nur über https:// geladen werden.',
    profileServerStatus: 'Der Provisionierungsserver antwortete mit {status}.',
    profileTooLarge: 'Das Provisionierungsprofil ist zu groß.',
    profileTimeout: 'Der Provisionierungsserver hat nicht rechtzeitig geantwortet.',
    profileNotJson: 'Das Provisionierungsprofil ist kein gültiges JSON.',
    profilePassword:
      'Ein Provisionierungsprofil darf nie ein Passwort enthalten; dieses wurde abgelehnt.',
    profileInvalid: 'Das Provisionierungsprofil ist ungültig{detail}: {issue}',
    profileOtherSite: 'Im Browser muss ein Provisionierungsprofil von dieser Website kommen.',
    profileLoadFailed: 'Das Provisionierungsprofil konnte nicht geladen werden ({status}).',
  },
};
