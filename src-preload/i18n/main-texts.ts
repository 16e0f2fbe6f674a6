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
  /**
   * Why a link, a command line or a dial from outside the window was refused (`refusals.ts`):
   * main sends the code, the page shows it in the user's language, the log keeps the English.
   * `{'@'}` is vue-i18n's way to write a literal @ (a bare one starts a linked message).
   */
  refusal: {
    linkNotText: 'The link is not text.',
    numberNotText: 'The number is not text.',
    linkEmpty: 'The link is empty.',
    linkTooLong: 'The link is longer than {max} characters, so it was not opened.',
    linkControl:
      'The link contains a line break or another control character, so it was not opened.',
    linkBidi:
      'The link contains hidden text-direction characters, a trick used to disguise links, so it was not opened.',
    linkInvisible: 'The link contains invisible characters, so it was not opened.',
    linkNotAscii:
      'The link contains characters outside plain ASCII (for example look-alike digits); phone links must use the digits 0-9.',
    linkBrokenEscape: 'The link has a broken %-escape, so it was not opened.',
    linkEscapeNotText: 'The link has a %-escape that is not valid text, so it was not opened.',
    linkScheme: 'Softphone opens only tel:, sip:, sips: and callto: links.',
    telQuery: 'A {scheme}: link cannot carry extra fields after "?", so it was not opened.',
    telAddress: "A {scheme}: link must contain a phone number, not an address with {'@'}.",
    extensionTwice: 'This link names more than one extension.',
    extensionInvalid: 'The extension in this link is not a number of at most 10 digits.',
    digitsAfterSemicolon:
      'This link has digits after ";" that would not be dialled. Use ",1234" for digits after a pause or ";ext=1234" for an extension.',
    phoneContext: 'The phone-context in this link is neither a +prefix nor a domain name.',
    malformedParameter: 'This link has a malformed parameter.',
    extensionAndPause:
      'This link has both an extension and digits after a pause; it is ambiguous, so it was not opened.',
    postDialWait:
      'Links that wait for confirmation before sending more digits are not supported; dial the number and type the digits on the keypad.',
    postDialCharacters: 'The digits after the pause may only be 0-9, * and #.',
    postDialTooLong: 'At most {max} digits and pauses may follow the number.',
    numberEmpty: 'This does not contain a phone number.',
    numberLetters:
      'This is not a phone number: it contains letters. Type the number with digits only.',
    numberCharacters:
      'This is not a phone number: it may contain only digits, a leading +, spaces and the separators - . / ( )',
    serviceCode:
      'Service codes with * or # (such as call forwarding codes) cannot be dialled from a link; type them on the keypad if you mean it.',
    numberGlobalLength: 'An international number (+…) must have between 3 and {max} digits.',
    numberLocalLength: 'A phone number may have at most {max} digits.',
    numberNeedsCountry:
      'This national number cannot be dialled without a default country; dial it with its +country code.',
    numberImpossible:
      'This is not a possible phone number: check the number of digits and the country code.',
    sipHeaders:
      'This link tries to add SIP headers to the call. Softphone never takes SIP headers from a link, because they can take over another call or make the other phone answer by itself.',
    sipHeadersNamed:
      'This link tries to add SIP headers ({names}) to the call. Softphone never takes SIP headers from a link, because they can take over another call or make the other phone answer by itself.',
    sipMalformedParameter: 'This SIP link has a malformed parameter.',
    sipRouting:
      'This SIP link tries to change where or how the call is sent ({name}=), so it was not opened.',
    sipTransport:
      'This SIP link asks for an unexpected transport ({transport}), so it was not opened.',
    sipManyAt: "This SIP address contains more than one {'@'}, so it was not opened.",
    sipUserAndHost: "A SIP link must name a user and a host, such as sip:alice{'@'}example.com.",
    sipPassword:
      'This SIP link contains a password; Softphone never takes credentials from a link.',
    sipUser:
      'The user part of this SIP address may contain only letters, digits and . _ ~ + - (at most 64).',
    sipAddressShape: "A SIP address must be one user and one host, such as alice{'@'}example.com.",
    sipPort: 'The port in this SIP address is not a number between 1 and 65535.',
    sipHost: 'The host in this SIP address is not a valid host name or IP address.',
    hostThisComputer:
      'This SIP link points at this computer ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    hostLoopback:
      'This SIP link points at this computer (loopback) ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    hostLocalhost:
      'This SIP link points at this computer (localhost) ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    hostPrivate:
      'This SIP link points at the private network ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    hostLinkLocal:
      'This SIP link points at a link-local address ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    hostLinkLocalOrMetadata:
      'This SIP link points at a link-local or cloud metadata address ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    hostMetadata:
      'This SIP link points at a cloud metadata address ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    hostAmbiguous:
      'This SIP link points at an ambiguous IP address ({host}), which a link from another app may not call. Only your own SIP domain may be a local address.',
    tooManyLinks:
      'Other apps asked Softphone to call more than {max} times within {seconds} seconds, so the extra calls were not placed. Wait a moment and open the link again.',
    selection: 'Could not dial the selected text: {reason}',
    selectionEmpty: 'Select or copy a number first, then press the dial hotkey.',
    switchValue: '{name} takes no value; ignored "{value}".',
    dialMissing: '--dial needs a number or SIP address after it.',
    dialIgnored: 'Ignored --dial "{value}": {reason}',
    argumentIgnored: 'Ignored argument "{value}": {reason}',
    oneDialOnly: 'Ignored "{value}": only one number can be dialled at a time.',
  },
  /**
   * Errors main's stores (and the browser build's) can meet, as `UserError` codes
   * (`src-preload/contract/user-error.ts`): the page shows them in the user's language. OS detail
   * ("ENOSPC …") stays English in `{reason}`.
   */
  errors: {
    settingsInvalid: 'Invalid settings{detail}',
    settingsNotSaved: 'Your settings could not be saved ({reason}).',
    historyInvalidEntry: 'Invalid call history entry{detail}',
    historyInvalidQuery: 'Invalid call history query{detail}: {issue}',
    historyUnavailable: 'Call history is unavailable ({reason}).',
    historySaveFailed: 'Could not save the call ({reason}).',
    historyClearFailed: 'Could not clear the call history ({reason}).',
    historyDeleteFailed: 'Could not delete the call ({reason}).',
    historyMarkSeenFailed: 'Could not mark missed calls as seen ({reason}).',
    historyRepairFailed: 'Could not repair the call history ({reason}).',
    contactsInvalid: 'Invalid contact',
    contactsTooMany: 'An address book holds at most {max} contacts.',
    contactsUnavailable: 'Contacts are unavailable ({reason}).',
    contactsSaveFailed: 'Could not save contacts ({reason}).',
    contactsDeleteFailed: 'Could not delete contacts ({reason}).',
    contactsClearFailed: 'Could not clear contacts ({reason}).',
    passwordSaveFailed: 'Could not save the password for {account} ({reason}).',
    passwordNotSaved: 'The password was not saved: {reason}.',
    passwordsUnreadable: 'Could not read the saved passwords ({reason}).',
    keychainReadFailed:
      'Could not read the password for {account} from the system keychain ({reason}).',
    keychainSaveFailed:
      'Could not save the password for {account} in the system keychain ({reason}).',
    keychainRemoveFailed:
      'Could not remove the password for {account} from the system keychain ({reason}).',
    recordingFolderNotAbsolute: 'The recordings folder must be a full path.',
    recordingDiskFull:
      'Recording stopped: the disk is full. The part recorded so far is kept in {name}.',
    recordingFolderGone:
      'Recording stopped: the recordings folder {folder} is no longer there. Choose another one in Settings.',
    recordingFolderReadOnly:
      'Recording stopped: the recordings folder {folder} cannot be written to. Choose another one in Settings.',
    recordingWriteFailed:
      'Recording stopped: {name} could not be written ({reason}). The part recorded so far is kept.',
    profileBadUrl: 'The provisioning address is not a valid URL.',
    profileNotHttps: 'A provisioning profile can only be loaded over https://.',
    profileServerStatus: 'The provisioning server answered {status}.',
    profileTooLarge: 'The provisioning profile is too large.',
    profileTimeout: 'The provisioning server did not answer in time.',
    profileNotJson: 'The provisioning profile is not valid JSON.',
    profilePassword: 'A provisioning profile must never contain a password; this one was refused.',
    profileInvalid: 'The provisioning profile is invalid{detail}: {issue}',
    profileOtherSite: 'In the browser a provisioning profile must come from this site.',
    profileLoadFailed: 'Could not load the provisioning profile ({status}).',
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

export const mainTextsFr: MainTexts = {
  tray: {
    show: 'Afficher Softphone',
    hide: 'Masquer Softphone',
    answer: 'Décrocher ({who})',
    hangup: 'Raccrocher ({who})',
    doNotDisturb: 'Ne pas déranger',
    recent: 'Appels récents',
    noRecent: 'Aucun appel récent',
    quit: 'Quitter Softphone',
    voicemail: 'Appeler la messagerie vocale',
    portal: 'Ouvrir l’espace client',
    incoming: 'Appel entrant : {who}',
    onHold: 'En attente : {who}',
    calling: 'Appel vers {who}',
    inCall: 'En communication avec {who}',
    calls: '{count} appels',
    missed: '{count} appel manqué | {count} appels manqués',
    voicemails: '{count} nouveau message vocal | {count} nouveaux messages vocaux',
    ready: 'Prêt',
    connecting: 'Connexion…',
    notConnected: 'Non connecté',
    notConnectedBecause: 'Non connecté : {detail}',
    offline: 'Hors ligne',
    outcome: {
      missed: 'manqué',
      declined: 'refusé',
      busy: 'occupé',
      cancelled: 'annulé',
      failed: 'échec',
    },
  },
  notify: {
    incoming: 'Appel entrant',
    missed: 'Appel manqué',
    onLine: '{caller} · sur la ligne {line}',
  },
  dialog: {
    callQuestion: 'Appeler {number} ?',
    callDetail: 'Un lien ou un autre programme a demandé à Softphone de passer cet appel.',
    call: 'Appeler',
    cancel: 'Annuler',
    alwaysAllow: 'Toujours autoriser pour les liens tel:',
    updateReady: 'Softphone {version} est prêt à être installé',
    updateDetail: 'Softphone redémarre pour l’installer. Les appels en cours seront terminés.',
    installRestart: 'Installer et redémarrer',
    later: 'Plus tard',
    endCalls: 'Mettre fin à l’appel en cours ? | Mettre fin aux {count} appels en cours ?',
    quitDetail: 'Quitter Softphone met fin à tous les appels.',
    reloadDetail: 'Recharger la page du téléphone met fin à tous les appels.',
    endAndQuit: 'Terminer les appels et quitter',
    endAndReload: 'Terminer les appels et recharger',
    exportHistory: 'Exporter l’historique des appels',
    exportDiagnostics: 'Exporter le diagnostic',
    recordingsFolder: 'Dossier des enregistrements',
  },

  refusal: {
    linkNotText: 'Le lien n’est pas du texte.',
    numberNotText: 'Le numéro n’est pas du texte.',
    linkEmpty: 'Le lien est vide.',
    linkTooLong: 'Le lien dépasse {max} caractères, il n’a donc pas été ouvert.',
    linkControl:
      'Le lien contient un saut de ligne ou un autre caractère de contrôle, il n’a donc pas été ouvert.',
    linkBidi:
      'Le lien contient des caractères invisibles de sens d’écriture, une astuce utilisée pour déguiser les liens, il n’a donc pas été ouvert.',
    linkInvisible: 'Le lien contient des caractères invisibles, il n’a donc pas été ouvert.',
    linkNotAscii:
      'Le lien contient des caractères hors de l’ASCII simple (par exemple des chiffres d’apparence trompeuse) ; les liens téléphoniques doivent utiliser les chiffres 0-9.',
    linkBrokenEscape: 'Le lien contient un échappement % incorrect, il n’a donc pas été ouvert.',
    linkEscapeNotText:
      'Le lien contient un échappement % qui ne correspond pas à du texte valide, il n’a donc pas été ouvert.',
    linkScheme: 'Softphone n’ouvre que les liens tel:, sip:, sips: et callto:.',
    telQuery:
      'Un lien {scheme}: ne peut pas contenir de champs supplémentaires après « ? », il n’a donc pas été ouvert.',
    telAddress:
      "Un lien {scheme}: doit contenir un numéro de téléphone, pas une adresse avec {'@'}.",
    extensionTwice: 'Ce lien indique plus d’un poste.',
    extensionInvalid: 'Le poste indiqué dans ce lien n’est pas un nombre d’au plus 10 chiffres.',
    digitsAfterSemicolon:
      'Ce lien contient après « ; » des chiffres qui ne seraient pas composés. Utilisez « ,1234 » pour des chiffres après une pause ou « ;ext=1234 » pour un poste.',
    phoneContext:
      'Le paramètre phone-context de ce lien n’est ni un préfixe commençant par +, ni un nom de domaine.',
    malformedParameter: 'Ce lien contient un paramètre mal formé.',
    extensionAndPause:
      'Ce lien contient à la fois un poste et des chiffres après une pause ; il est ambigu, il n’a donc pas été ouvert.',
    postDialWait:
      'Les liens qui attendent une confirmation avant d’envoyer d’autres chiffres ne sont pas pris en charge ; composez le numéro puis saisissez les chiffres sur le clavier.',
    postDialCharacters: 'Les chiffres après la pause ne peuvent être que 0-9, * et #.',
    postDialTooLong: 'Le numéro peut être suivi d’au plus {max} chiffres et pauses.',
    numberEmpty: 'Ceci ne contient pas de numéro de téléphone.',
    numberLetters:
      'Ceci n’est pas un numéro de téléphone : il contient des lettres. Saisissez le numéro uniquement avec des chiffres.',
    numberCharacters:
      'Ceci n’est pas un numéro de téléphone : il ne peut contenir que des chiffres, un + initial, des espaces et les séparateurs - . / ( )',
    serviceCode:
      'Les codes de service avec * ou # (comme les codes de renvoi d’appel) ne peuvent pas être composés depuis un lien ; saisissez-les sur le clavier si c’est bien votre intention.',
    numberGlobalLength: 'Un numéro international (+…) doit comporter entre 3 et {max} chiffres.',
    numberLocalLength: 'Un numéro de téléphone peut comporter au plus {max} chiffres.',
    numberNeedsCountry:
      'Ce numéro national ne peut pas être composé sans pays par défaut ; composez-le avec l’indicatif de son pays (+…).',
    numberImpossible:
      'Ce numéro de téléphone n’est pas possible : vérifiez le nombre de chiffres et l’indicatif du pays.',
    sipHeaders:
      'Ce lien tente d’ajouter des en-têtes SIP à l’appel. Softphone n’accepte jamais d’en-têtes SIP provenant d’un lien, car ils peuvent prendre le contrôle d’un autre appel ou faire décrocher automatiquement l’autre téléphone.',
    sipHeadersNamed:
      'Ce lien tente d’ajouter des en-têtes SIP ({names}) à l’appel. Softphone n’accepte jamais d’en-têtes SIP provenant d’un lien, car ils peuvent prendre le contrôle d’un autre appel ou faire décrocher automatiquement l’autre téléphone.',
    sipMalformedParameter: 'Ce lien SIP contient un paramètre mal formé.',
    sipRouting:
      'Ce lien SIP tente de modifier la destination ou le mode d’acheminement de l’appel ({name}=), il n’a donc pas été ouvert.',
    sipTransport:
      'Ce lien SIP demande un transport inattendu ({transport}), il n’a donc pas été ouvert.',
    sipManyAt: "Cette adresse SIP contient plus d’un {'@'}, le lien n’a donc pas été ouvert.",
    sipUserAndHost:
      "Un lien SIP doit indiquer un utilisateur et un hôte, par exemple sip:alice{'@'}example.com.",
    sipPassword:
      'Ce lien SIP contient un mot de passe ; Softphone n’accepte jamais d’identifiants provenant d’un lien.',
    sipUser:
      'La partie utilisateur de cette adresse SIP ne peut contenir que des lettres, des chiffres et . _ ~ + - (64 caractères au maximum).',
    sipAddressShape:
      "Une adresse SIP doit comporter un seul utilisateur et un seul hôte, par exemple alice{'@'}example.com.",
    sipPort: 'Le port de cette adresse SIP n’est pas un nombre compris entre 1 et 65535.',
    sipHost: 'L’hôte de cette adresse SIP n’est pas un nom d’hôte ou une adresse IP valide.',
    hostThisComputer:
      'Ce lien SIP pointe vers cet ordinateur ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    hostLoopback:
      'Ce lien SIP pointe vers cet ordinateur (bouclage) ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    hostLocalhost:
      'Ce lien SIP pointe vers cet ordinateur (localhost) ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    hostPrivate:
      'Ce lien SIP pointe vers le réseau privé ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    hostLinkLocal:
      'Ce lien SIP pointe vers une adresse lien-local ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    hostLinkLocalOrMetadata:
      'Ce lien SIP pointe vers une adresse lien-local ou de métadonnées cloud ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    hostMetadata:
      'Ce lien SIP pointe vers une adresse de métadonnées cloud ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    hostAmbiguous:
      'Ce lien SIP pointe vers une adresse IP ambiguë ({host}), qu’un lien provenant d’une autre application n’a pas le droit d’appeler. Seul votre propre domaine SIP peut être une adresse locale.',
    tooManyLinks:
      'D’autres applications ont demandé à Softphone d’appeler plus de {max} fois en {seconds} secondes, les appels supplémentaires n’ont donc pas été passés. Patientez un instant puis rouvrez le lien.',
    selection: 'Impossible de composer le texte sélectionné : {reason}',
    selectionEmpty:
      'Sélectionnez ou copiez d’abord un numéro, puis appuyez sur le raccourci de numérotation.',
    switchValue: '{name} n’accepte pas de valeur ; valeur « {value} » ignorée.',
    dialMissing: '--dial doit être suivi d’un numéro ou d’une adresse SIP.',
    dialIgnored: '--dial « {value} » ignoré : {reason}',
    argumentIgnored: 'Argument « {value} » ignoré : {reason}',
    oneDialOnly: '« {value} » ignoré : un seul numéro peut être composé à la fois.',
  },
  errors: {
    settingsInvalid: 'Paramètres non valides{detail}',
    settingsNotSaved: 'Vos paramètres n’ont pas pu être enregistrés ({reason}).',
    historyInvalidEntry: 'Entrée du journal des appels non valide{detail}',
    historyInvalidQuery: 'Requête du journal des appels non valide{detail} : {issue}',
    historyUnavailable: 'Le journal des appels n’est pas disponible ({reason}).',
    historySaveFailed: 'Impossible d’enregistrer l’appel ({reason}).',
    historyClearFailed: 'Impossible d’effacer le journal des appels ({reason}).',
    historyDeleteFailed: 'Impossible de supprimer l’appel ({reason}).',
    historyMarkSeenFailed: 'Impossible de marquer les appels manqués comme vus ({reason}).',
    historyRepairFailed: 'Impossible de réparer le journal des appels ({reason}).',
    contactsInvalid: 'Contact non valide',
    contactsTooMany: 'Un carnet d’adresses peut contenir au plus {max} contacts.',
    contactsUnavailable: 'Les contacts ne sont pas disponibles ({reason}).',
    contactsSaveFailed: 'Impossible d’enregistrer les contacts ({reason}).',
    contactsDeleteFailed: 'Impossible de supprimer les contacts ({reason}).',
    contactsClearFailed: 'Impossible d’effacer les contacts ({reason}).',
    passwordSaveFailed: 'Impossible d’enregistrer le mot de passe de {account} ({reason}).',
    passwordNotSaved: 'Le mot de passe n’a pas été enregistré : {reason}.',
    passwordsUnreadable: 'Impossible de lire les mots de passe enregistrés ({reason}).',
    keychainReadFailed:
      'Impossible de lire le mot de passe de {account} dans le trousseau du système ({reason}).',
    keychainSaveFailed:
      'Impossible d’enregistrer le mot de passe de {account} dans le trousseau du système ({reason}).',
    keychainRemoveFailed:
      'Impossible de supprimer le mot de passe de {account} du trousseau du système ({reason}).',
    recordingFolderNotAbsolute: 'Le dossier des enregistrements doit être un chemin complet.',
    recordingDiskFull:
      'Enregistrement arrêté : le disque est plein. La partie déjà enregistrée est conservée dans {name}.',
    recordingFolderGone:
      'Enregistrement arrêté : le dossier des enregistrements {folder} n’existe plus. Choisissez-en un autre dans les Paramètres.',
    recordingFolderReadOnly:
      'Enregistrement arrêté : impossible d’écrire dans le dossier des enregistrements {folder}. Choisissez-en un autre dans les Paramètres.',
    recordingWriteFailed:
      'Enregistrement arrêté : impossible d’écrire {name} ({reason}). La partie déjà enregistrée est conservée.',
    profileBadUrl: 'L’adresse de provisionnement n’est pas une URL valide.',
    profileNotHttps: 'Un profil de provisionnement ne peut être chargé que via https://.',
    profileServerStatus: 'Le serveur de provisionnement a répondu {status}.',
    profileTooLarge: 'Le profil de provisionnement est trop volumineux.',
    profileTimeout: 'Le serveur de provisionnement n’a pas répondu à temps.',
    profileNotJson: 'Le profil de provisionnement n’est pas un JSON valide.',
    profilePassword:
      'Un profil de provisionnement ne doit jamais contenir de mot de passe ; celui-ci a été refusé.',
    profileInvalid: 'Le profil de provisionnement n’est pas valide{detail} : {issue}',
    profileOtherSite: 'Dans le navigateur, un profil de provisionnement doit provenir de ce site.',
    profileLoadFailed: 'Impossible de charger le profil de provisionnement ({status}).',
  },
};

/** Every text of `T` by its dotted path ("tray.quit"). */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MainTextKey = Paths<MainTexts>;
