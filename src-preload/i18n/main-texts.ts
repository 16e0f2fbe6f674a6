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

/** Every text of `T` by its dotted path ("tray.quit"). */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MainTextKey = Paths<MainTexts>;
