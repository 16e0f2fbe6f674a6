import type { MainTexts } from './main-texts';

/** main-texts.ts in French; apart, so the page fetches it only when French is chosen. */
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
