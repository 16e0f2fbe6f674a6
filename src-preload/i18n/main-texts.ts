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

/** Every text of `T` by its dotted path ("tray.quit"). */
type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

export type MainTextKey = Paths<MainTexts>;
