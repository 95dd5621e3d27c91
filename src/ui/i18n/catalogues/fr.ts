/**
 * Français (fr): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('fr');

/** A number of characters, in the right singular or plural form. */
const countCharacters = (count: number) =>
  plural(count, { one: '# caractère', other: '# caractères' });

const fr: Messages = {
  app: {
    skipToContent: 'Aller au contenu',
    navigation: 'Vues',
    views: {
      shop: 'Commander un certificat',
      result: 'Résultat de la commande',
      generate: 'Générer une clé et un CSR',
    },
    loading: 'Chargement…',
    loadFailed: 'Cette page n’a pas pu être chargée. Rechargez la page pour réessayer.',
    insecure:
      'Cette page a été ouverte en http non sécurisé : votre navigateur ne lui permet donc pas de créer des clés ni de vérifier des certificats. Ouvrez-la avec https:// pour tout utiliser.',
    privacy:
      'Tout se passe dans votre navigateur. Rien de ce que vous saisissez, aucune clé ni aucun mot de passe ne quitte cette page, sauf une commande que vous choisissez d’envoyer à Sectigo.',
  },
  common: {
    language: 'Langue',
    continue: 'Continuer',
    back: 'Retour',
    required: 'obligatoire',
    technicalDetails: 'Détails techniques (pour l’assistance)',
    technicalDetailsHelp:
      'Ce que la page envoie ou a reçu, avec les noms qu’utilise l’interface de Sectigo. Vous n’en avez besoin que si l’assistance vous le demande.',
    tooLong: (label: string, max: number) =>
      `${label}\u00a0: utilisez au plus ${countCharacters(max)}.`,
    atMost: (max: number) => `${countCharacters(max)} au maximum.`,
    invalid: (label: string) =>
      `${label}\u00a0: cette valeur n’est pas acceptée. Vérifiez-la et réessayez.`,
    invalidCharacters: (label: string) =>
      `${label}\u00a0: supprimez les caractères invisibles ou endommagés (collez le texte sans mise en forme).`,
    chooseOption: '— choisir —',
    support: {
      title: 'Besoin d’aide ?',
      email: 'E-mail',
      phone: 'Téléphone',
      pages: 'Pages d’aide',
    },
    keyLoss: {
      confirm:
        'Votre clé privée n’a pas encore été enregistrée. Si vous continuez, elle sera définitivement perdue et un certificat commandé avec elle sera inutilisable. Continuer quand même ?',
    },
    chooseFile: 'Choisir un fichier…',
    files: {
      dropHere: 'ou déposez un fichier ici',
      clear: 'Effacer',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} fait ${formatNumber(mebibytes)} Mio ; les fichiers de plus de ${formatNumber(max)} Mio ne sont pas lus.`,
    },
    copy: {
      button: 'Copier',
      copied: 'Copié',
      failed: 'Échec de la copie',
      label: (what: string) => `Copier : ${what}`,
      done: (what: string) => `${what} : copié`,
      couldNot: 'Impossible de copier',
    },
    download: (filename: string) => `Télécharger ${filename}`,
  },
  params: {
    foreName: {
      label: 'Prénom',
      help: 'Tel qu’il doit figurer dans votre certificat.',
      required: 'Saisissez votre prénom (ou votre nom).',
    },
    surName: {
      label: 'Nom',
      required: 'Saisissez votre nom (ou votre prénom).',
    },
    emailAddress: {
      label: 'Votre adresse e-mail',
      help: 'Le certificat sera émis pour cette boîte aux lettres. Sectigo y envoie un lien de vérification.',
      required: 'Saisissez votre adresse e-mail.',
      invalid: 'Saisissez votre adresse e-mail sous la forme nom@example.com.',
    },
    telephoneNumber: {
      label: 'Numéro de téléphone',
      help: 'Facultatif. Utilisé uniquement si Sectigo doit vous joindre au sujet de cette commande.',
      required: 'Saisissez votre numéro de téléphone.',
    },
    organizationName: {
      label: 'Nom de l’organisation',
      help: 'La dénomination légale enregistrée, exactement comme dans le registre officiel.',
      required: 'Saisissez la dénomination enregistrée de votre organisation.',
    },
    streetAddress1: {
      label: 'Adresse',
      help: 'L’adresse enregistrée de l’organisation.',
      required: 'Saisissez l’adresse (rue et numéro) de votre organisation.',
    },
    streetAddress2: {
      label: 'Complément d’adresse',
      help: 'Facultatif.',
      required: 'Saisissez le complément d’adresse.',
    },
    localityName: {
      label: 'Ville',
      help: 'Indiquez la ville, ou bien la région ou l’État (au moins l’un des deux).',
      required: 'Saisissez la ville (ou la région ou l’État).',
    },
    stateOrProvinceName: {
      label: 'Région ou État',
      required: 'Saisissez la région ou l’État (ou la ville).',
    },
    postalCode: {
      label: 'Code postal',
      required: 'Saisissez le code postal.',
    },
    countryName: {
      label: 'Pays',
      required: 'Choisissez le pays de votre organisation.',
      invalid: 'Choisissez le pays dans la liste.',
    },
    organizationIdentifier: {
      label: 'Identifiant de l’organisation',
      help: 'Le numéro sous lequel votre organisation est enregistrée (par exemple son numéro d’immatriculation ou de TVA).',
      required: 'Saisissez le numéro d’immatriculation de votre organisation.',
    },
    loginName: {
      label: 'Nom du compte',
      help: 'Le nom de votre compte Sectigo (attention aux majuscules et minuscules). Vous en aurez besoin plus tard pour récupérer le certificat.',
      required: 'Saisissez le nom de votre compte.',
    },
    loginPassword: {
      label: 'Mot de passe du compte',
      help: 'Attention aux majuscules et minuscules. Envoyé uniquement à Sectigo ; cette page ne l’enregistre jamais.',
      required: 'Saisissez le mot de passe de votre compte.',
    },
    orderNumber: {
      label: 'Numéro de commande',
      help: 'Le numéro affiché lorsque vous avez passé la commande (uniquement des chiffres).',
      required: 'Saisissez votre numéro de commande, ou utilisez plutôt un code de retrait.',
      invalid: 'Un numéro de commande ne comporte que des chiffres, par exemple 8151164.',
    },
    collectionCode: {
      label: 'Code de retrait',
      help: 'Si vous avez reçu un code de retrait, vous pouvez l’utiliser seul, sans le nom ni le mot de passe de votre compte.',
      required: 'Saisissez votre code de retrait.',
    },
  },
  shop: {
    defaultTitle: 'Commander un certificat de messagerie',
    needsConfig:
      'Pour prendre des commandes, cette page a besoin d’un fichier config.json fourni par le revendeur.',
    steps: {
      label: 'Étapes',
      product: 'Certificat',
      details: 'Vos coordonnées',
      key: 'Votre clé',
      review: 'Vérification et commande',
    },
    start: {
      collectLink: 'Récupérer un certificat commandé',
      collectHint:
        'Déjà commandé ? Récupérez votre certificat et créez le fichier pour votre logiciel de messagerie.',
    },
    product: {
      legend: 'Choisissez votre certificat',
      groupLabel: 'Certificat',
      names: {
        mailbox: 'Certificat de messagerie',
        organization: 'Certificat de messagerie au nom de votre organisation',
      },
      blurbs: {
        mailbox:
          'Signe et chiffre vos e-mails. Sectigo vérifie que la boîte aux lettres vous appartient en y envoyant un lien.',
        organization:
          'Signe et chiffre vos e-mails et affiche le nom de votre organisation. Sectigo vérifie aussi votre organisation : sa dénomination et son adresse enregistrées sont donc nécessaires.',
      },
      years: (years: number) => plural(years, { one: '# an', other: '# ans' }),
      price: (price: string) => `Prix\u00a0: ${price}`,
      choose: 'Choisissez un certificat pour continuer.',
    },
    details: {
      aboutYou: 'À propos de vous',
      organization: 'Votre organisation',
      account: 'Votre compte Sectigo',
      accountHelp:
        'Sectigo conserve votre certificat dans un compte. Vous aurez besoin de son nom et de son mot de passe plus tard pour récupérer le certificat.',
      newAccount: 'Je n’ai pas de compte : le créer avec ce nom et ce mot de passe',
      existingAccount: 'J’ai déjà un compte',
      confirmPassword: 'Confirmez le mot de passe',
      confirmPasswordHelp: 'Saisissez une nouvelle fois le même mot de passe.',
      passwordsDiffer:
        'Les deux mots de passe sont différents. Saisissez deux fois le même mot de passe.',
      retypePassword:
        'Pour votre sécurité, cette page a oublié votre mot de passe après l’avoir envoyé. Saisissez-le à nouveau.',
      fixBelow: (count: number) =>
        plural(count, {
          one: '# point ci-dessous demande votre attention.',
          other: '# points ci-dessous demandent votre attention.',
        }),
    },
    key: {
      legend: 'Votre clé privée',
      intro: (email: string) =>
        `Votre certificat nécessite une paire de clés. Elle est créée maintenant, dans ce navigateur, pour ${email}. Seule la moitié publique est envoyée à Sectigo\u202f; la clé privée reste chez vous.`,
      saveFirst:
        'Enregistrez-la avant de commander : vous en avez besoin pour installer le certificat, et personne ne peut la récupérer à votre place.',
      make: 'Créer ma clé',
      making: 'Création de votre clé…',
      ready: 'Votre clé est prête.',
      download: 'Télécharger ma clé privée (.key)',
      confirmSaved: 'J’ai enregistré ma clé privée',
      mustSave:
        'Téléchargez votre clé privée (ou confirmez que vous l’avez enregistrée) avant de continuer.',
      makeFirst: 'Créez d’abord votre clé.',
      failed: 'Votre clé n’a pas pu être créée dans ce navigateur. Rechargez la page et réessayez.',
      keptFromBefore:
        'Vous utilisez la même clé qu’auparavant. Le fichier de clé que vous avez enregistré correspond toujours à cette commande.',
      makeNew: 'Créer plutôt une nouvelle clé',
      makeNewHelp:
        'Uniquement si vous avez perdu le fichier de clé. L’ancien fichier ne fonctionnera pas avec la nouvelle commande.',
    },
    review: {
      title: 'Vérifiez votre commande',
      intro:
        'Veuillez vérifier votre commande. Votre clé privée n’est pas envoyée : elle reste chez vous.',
      certificate: 'Certificat',
      validity: 'Durée de validité',
      price: 'Prix',
      mailbox: 'Boîte aux lettres',
      name: 'Nom',
      organization: 'Organisation',
      address: 'Adresse',
      identifier: 'Identifiant de l’organisation',
      account: 'Compte Sectigo',
      accountNew: (name: string) => `${name} (nouveau compte)`,
      accountExisting: (name: string) => `${name} (compte existant)`,
      whatHappens: 'Quand vous appuyez sur « Passer la commande »',
      happens: [
        'La page sécurisée de Sectigo s’ouvre dans un nouvel onglet avec votre commande. Cet onglet-ci reste ouvert : rien de ce que vous avez saisi n’est perdu en cas de problème.',
        'Sectigo envoie un lien de vérification à votre boîte aux lettres.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} approuve la commande avant que Sectigo émette le certificat.`,
      placeOrder: 'Passer la commande',
      fixFirst: 'Corrigez ces points avant de commander :',
      edit: 'Modifier',
      sentParams: 'Ce qui est envoyé à Sectigo',
      csrSummary: (characters: number) =>
        `demande de certificat avec votre clé publique (${countCharacters(characters)})`,
      passwordHidden: '(masqué)',
    },
    waiting: {
      title: 'Votre commande est chez Sectigo',
      body: 'La page de Sectigo s’est ouverte dans un nouvel onglet. Dès que Sectigo aura répondu, le résultat s’affichera dans cet onglet et ici.',
      noTab:
        'Pas de nouvel onglet ? Votre navigateur l’a peut-être bloqué : autorisez les fenêtres pop-up pour cette page, puis appuyez à nouveau sur « Passer la commande ».',
      again: 'Passer à nouveau la commande',
    },
    error: {
      title: 'Votre commande n’a pas été passée',
      whatToDo: 'Ce que vous pouvez faire',
      tryAgain: 'Réessayer',
      tryAgainHelp:
        'Tout ce que vous avez saisi est toujours là, votre clé aussi. Pour votre sécurité, vous devez saisir à nouveau votre mot de passe.',
      contactSupport: 'Si le problème se reproduit, contactez-nous :',
    },
    success: {
      title: 'Merci : votre commande a été passée',
      orderNumber: 'Votre numéro de commande',
      keepIt: 'Conservez ce numéro : vous en aurez besoin pour récupérer votre certificat.',
      next: 'La suite',
      steps: {
        verify: (email: string) =>
          `Sectigo envoie un e-mail à ${email}. Ouvrez-le et suivez le lien pour confirmer que cette boîte aux lettres vous appartient.`,
        organization:
          'Sectigo vérifie le nom et l’adresse de votre organisation. Cela peut prendre quelques jours ouvrés.',
        approve: (brand: string) => `${brand} approuve votre commande.`,
        issued:
          'Quand le certificat est prêt, Sectigo vous envoie un e-mail. Revenez alors sur cette page pour le récupérer.',
      },
      collectNow: 'Récupérer mon certificat',
      keepKey:
        'Conservez le fichier de clé privée que vous avez enregistré : vous en aurez besoin pour installer le certificat.',
    },
    resultTab: {
      otherTab:
        'Votre page de commande est toujours ouverte dans l’onglet d’où vous venez : ce résultat lui a été transmis, et tout ce que vous avez saisi s’y trouve.',
      close: 'Fermer cet onglet',
    },
  },
  result: {
    title: 'Résultat de la commande',
    noResult:
      'Cette page affiche l’issue d’une commande quand vous revenez de Sectigo. L’adresse ne contient actuellement aucun résultat.',
    decodeHint: 'Pour lire toute autre réponse de Sectigo, collez-la dans',
    decodeLink: 'Décoder une réponse',
    placed: 'La commande a été passée',
    notPlaced: 'La commande n’a pas été passée',
    unreadable: 'Ce résultat n’a pas pu être lu',
    unreadableBody:
      'Le lien qui a ouvert cette page ne contient aucun résultat que cette page reconnaît. Si vous venez de passer une commande, consultez vos e-mails ou contactez le vendeur.',
    orderNumber: 'Numéro de commande',
    orderNumberCopy: 'numéro de commande',
    oddOrderNumber:
      'Le lien contient un numéro de commande sous une forme inattendue (un numéro de commande ne comporte que des chiffres) ; il n’est donc pas affiché comme tel.',
    unknownCode:
      'Le lien indique un code d’erreur que cette page ne connaît pas. La commande n’a très probablement pas été passée.',
    meaning: 'Signification de ce code',
    linkText: 'Texte provenant du lien, non vérifié',
    fieldUnknown: 'Le lien mentionne un champ que cette page ne connaît pas.',
    field: (label: string) => `Champ concerné\u00a0: ${label}.`,
    cleared:
      'Le résultat a été retiré de la barre d’adresse : recharger ou partager cette page ne le répète pas. Il reste affiché ici jusqu’à ce que vous fermiez la page.',
    everything: 'Tout le contenu du lien',
    detailsFailed:
      'Les détails techniques n’ont pas pu être chargés. Refermez-les puis rouvrez-les pour réessayer.',
    toOrderingPage: 'Aller à la page de commande',
    openInDecode: 'Ouvrir dans la vue Décodage',
    codes: {
      '-1': 'La commande n’est pas parvenue à Sectigo par une connexion sécurisée.',
      '-2': 'La commande contenait un élément que Sectigo n’accepte pas.',
      '-3': 'Des informations dont Sectigo a besoin manquaient dans la commande.',
      '-4': 'Certaines informations de la commande n’ont pas été acceptées.',
      '-13': 'Votre clé a une taille que Sectigo n’accepte pas.',
      '-14': 'Sectigo a rencontré un problème inattendu avec la commande.',
      '-16':
        'Sectigo n’a pas pu vous connecter : le nom du compte ou le mot de passe est incorrect, ou bien le compte est verrouillé ou son mot de passe a expiré.',
      '-38': 'Il manque au compte des informations que Sectigo doit d’abord vérifier.',
      '-39': 'La commande ne comportait pas de certificat.',
      '-44': 'Sectigo n’a pas accepté votre clé.',
      '-62': 'Le nom de l’organisation est manquant.',
      '-65': 'Ce certificat ne peut pas être commandé par ce compte pour le moment.',
      '-70': 'L’adresse e-mail n’a pas été acceptée.',
      '-83': 'La commande contenait une information qui ne la concerne pas.',
      '-91': 'Ce compte n’est pas autorisé à passer cette commande.',
      '-97': 'La session a expiré.',
    },
    advice: {
      '-3': 'Réessayez en vérifiant que chaque champ est rempli.',
      '-4': 'Réessayez en vérifiant ce que vous avez saisi.',
      '-13': 'Réessayez en créant une nouvelle clé.',
      '-14': 'Patientez quelques minutes et réessayez.',
      '-16':
        'Vérifiez le nom et le mot de passe de votre compte, puis réessayez. Si vous n’avez pas encore de compte, choisissez « Je n’ai pas de compte » ; si votre compte est verrouillé, contactez-nous.',
      '-44': 'Réessayez en créant une nouvelle clé.',
      '-62': 'Réessayez en saisissant le nom de votre organisation.',
      '-70': 'Vérifiez votre adresse e-mail et réessayez.',
      '-97': 'Réessayez.',
    },
    adviceDefault: 'Vérifiez ce que vous avez saisi et réessayez.',
  },
  collect: {
    title: 'Récupérer votre certificat',
    intro:
      'Une fois votre certificat émis par Sectigo, récupérez-le ici et transformez-le, avec la clé privée que vous avez enregistrée, en un fichier que votre logiciel de messagerie peut importer.',
    steps: {
      ask: 'Interroger Sectigo',
      answer: 'Rapporter la réponse',
      key: 'Votre clé',
      file: 'Votre fichier de certificat',
      install: 'Installation',
    },
    ask: {
      legend: 'Comment souhaitez-vous le récupérer ?',
      withAccount: 'Avec mon numéro de commande et mon compte Sectigo',
      withCode: 'Avec un code de retrait',
      open: 'Demander mon certificat à Sectigo',
      opened:
        'La réponse de Sectigo s’est ouverte dans un nouvel onglet. C’est un court texte : sélectionnez-le en entier, copiez-le, revenez à cet onglet et collez-le ci-dessous. Sur un téléphone, touchez le texte longuement, puis choisissez Tout sélectionner et Copier ; sur un ordinateur, appuyez sur Ctrl+A puis Ctrl+C (⌘A puis ⌘C sur un Mac). Ou enregistrez la page et choisissez le fichier ci-dessous.',
      haveAnswer: 'J’ai déjà la réponse de Sectigo',
    },
    answer: {
      label: 'Réponse de Sectigo',
      help: 'Collez le texte entier ou choisissez le fichier enregistré. Il commence par un nombre seul sur sa ligne.',
      choose: 'Choisir le fichier enregistré…',
      empty: 'Collez d’abord la réponse de Sectigo.',
      notAnswer:
        'Cela ne ressemble pas à la réponse de Sectigo à une demande de récupération. Collez le texte entier de l’onglet ouvert par Sectigo.',
      ready: (count: number) =>
        plural(count, {
          one: 'Votre certificat est arrivé.',
          other:
            'Votre certificat est arrivé, avec # certificats au total (le vôtre et ceux de Sectigo).',
        }),
      pending:
        'Sectigo a accepté la demande, mais votre certificat n’est pas encore prêt. Réessayez plus tard.',
      available:
        'Votre certificat est prêt, mais la réponse ne le contient pas. Refaites la demande avec le bouton de cette page, qui demande le certificat lui-même.',
      for: (email: string) => `Émis pour ${email}`,
      validUntil: (date: string) => `valable jusqu’au ${date}`,
      codes: {
        '-154':
          'Vous n’avez pas encore confirmé votre adresse e-mail. Ouvrez l’e-mail de Sectigo et suivez son lien, puis refaites la demande.',
        '-16':
          'Sectigo n’a pas pu vous connecter : vérifiez le nom et le mot de passe de votre compte, puis refaites la demande.',
        '-22':
          'La commande attend encore un paiement ou une approbation. Refaites la demande plus tard.',
        '-20': 'Sectigo a refusé la demande de certificat. Contactez-nous.',
        '-21': 'Ce certificat a été révoqué. Contactez-nous.',
        '-3': 'Il manquait une information dans la demande. Vérifiez le numéro de commande (ou le code de retrait) et refaites la demande.',
        '-4': 'Une information de la demande n’a pas été acceptée. Vérifiez le numéro de commande (ou le code de retrait) et refaites la demande.',
        '-14':
          'Sectigo a rencontré un problème inattendu. Patientez quelques minutes et refaites la demande.',
      },
      otherError: (code: string) =>
        `La réponse indique l’erreur ${code}, que cette page ne sait pas expliquer. Vérifiez que vous avez copié toute la réponse de Sectigo et refaites la demande, ou contactez-nous en indiquant ce numéro.`,
    },
    key: {
      legend: 'La clé privée que vous avez enregistrée',
      fromSession: 'Utiliser la clé créée sur cette page lors de cette visite',
      fromFile: 'Utiliser mon fichier de clé enregistré',
      label: 'Votre fichier de clé privée',
      help: 'Le fichier .key que vous avez enregistré lors de la commande. Il est lu uniquement dans cette page ; il n’est envoyé nulle part.',
      choose: 'Choisir le fichier de clé…',
      passphrase: 'Phrase secrète de la clé',
      passphraseHelp: 'Votre fichier de clé est protégé par une phrase secrète : saisissez-la.',
      check: 'Vérifier ma clé',
      matches: 'Votre clé et votre certificat vont bien ensemble.',
      mismatch:
        'Cette clé ne correspond pas à ce certificat. Utilisez le fichier de clé enregistré lorsque vous avez passé cette commande.',
      empty: 'Ajoutez d’abord votre fichier de clé privée.',
      needsPassphrase: 'Saisissez la phrase secrète de votre fichier de clé.',
      wrongPassphrase: 'Cette phrase secrète ne correspond pas à ce fichier de clé. Réessayez.',
      unreadable:
        'Ce fichier n’est pas une clé privée que cette page sait lire. Choisissez le fichier .key que vous avez enregistré.',
    },
    file: {
      legend: 'Protéger le fichier par un mot de passe',
      help: 'Votre logiciel de messagerie demande ce mot de passe une seule fois, lors de l’importation du fichier.',
      password: 'Nouveau mot de passe du fichier',
      confirm: 'Confirmez le mot de passe',
      differ: 'Les deux mots de passe sont différents.',
      tooShort: (min: number) => `Utilisez au moins ${countCharacters(min)}.`,
      legacy: 'Le créer pour d’anciens systèmes (Windows 7 ou 8.1, anciennes versions de macOS)',
      legacyHelp:
        'Utilise un chiffrement plus ancien et plus faible, nécessaire à ces systèmes ; laissez cette option désactivée, sauf si l’importation y échoue.',
      build: 'Créer mon fichier de certificat',
      building: 'Création de votre fichier…',
      ready: 'Votre fichier de certificat est prêt.',
      download: (name: string) => `Télécharger ${name}`,
      failed: 'Le fichier n’a pas pu être créé. Vérifiez les étapes ci-dessus et réessayez.',
    },
    install: {
      title: 'L’installer dans votre logiciel de messagerie',
      intro:
        'Ouvrez le fichier téléchargé dans votre logiciel de messagerie et saisissez le mot de passe que vous avez choisi.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Double-cliquez sur le fichier .p12 et suivez l’assistant d’importation ; saisissez votre mot de passe quand il vous est demandé.',
          'Dans Outlook : Fichier › Options › Centre de gestion de la confidentialité › Paramètres du Centre de gestion de la confidentialité › Sécurité du courrier électronique.',
          'Sous Courrier électronique chiffré, choisissez Paramètres et sélectionnez votre nouveau certificat ; appuyez sur OK.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Double-cliquez sur le fichier .p12 : Trousseau d’accès s’ouvre. Ajoutez-le au trousseau « session » et saisissez votre mot de passe.',
          'Quittez puis rouvrez Mail. Quand vous rédigez un message depuis cette adresse, les boutons de signature et de chiffrement apparaissent.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Paramètres › Vie privée et sécurité › Certificats › Gérer les certificats › Vos certificats › Importer ; choisissez le fichier .p12 et saisissez votre mot de passe.',
          'Paramètres des comptes › Chiffrement de bout en bout › S/MIME : sélectionnez le certificat pour la signature et pour le chiffrement.',
        ],
      },
      iphone: {
        name: 'Mail sur iPhone et iPad',
        steps: [
          'Enregistrez le fichier .p12 dans Fichiers et touchez-le. Ouvrez ensuite Réglages, touchez « Profil téléchargé » en haut, choisissez Installer, puis saisissez le code de l’appareil et votre mot de passe.',
          'Réglages › Mail › Comptes (iOS 18 : Réglages › Apps › Mail › Comptes de messagerie) › votre compte › Compte › Avancé : activez Signer et Chiffrer par défaut, et choisissez ce certificat pour les deux.',
        ],
      },
    },
  },
  generate: {
    title: 'Générer une clé et un CSR',
    lead: 'Votre navigateur crée lui-même la paire de clés, dans cette page. La clé privée n’est envoyée nulle part : enregistrez-la avant de commander, car elle ne peut pas être récupérée.',
    mode: {
      legend: 'Clé',
      new: 'Créer une nouvelle clé',
      existing: 'Utiliser ma clé existante (renouvellement qui conserve la clé)',
    },
    presets: {
      legend: 'Type de certificat',
      dv: {
        label: 'Site web, validation du domaine (DV)',
        description:
          'Prouve uniquement le contrôle des noms de domaine. La demande ne contient que les noms.',
      },
      'ov-ev': {
        label: 'Site web, validation de l’organisation ou étendue (OV/EV)',
        description:
          'Fait figurer votre organisation dans le certificat. Indiquez sa raison sociale et son adresse telles qu’enregistrées.',
      },
      'smime-mailbox': {
        label: 'E-mail (S/MIME), validation de la boîte aux lettres',
        description:
          'Signe et chiffre les e-mails d’une seule adresse. La demande ne contient que l’adresse.',
      },
      'smime-organization': {
        label: 'E-mail (S/MIME), validation de l’organisation',
        description:
          'Un certificat e-mail qui nomme aussi votre organisation : son nom complet et son adresse sont obligatoires.',
      },
    },
    names: {
      legend: 'Noms dans le certificat',
      emailLabel: 'Adresse e-mail',
      emailHelp: 'La boîte aux lettres à laquelle le certificat est destiné.',
      domainsLabel: 'Noms de domaine',
      domainsHelp:
        'Un par ligne (ou séparés par des virgules). Le premier est le nom principal du certificat. Pour un certificat générique, écrivez *.example.com.',
      domain: (position: number) => `Nom de domaine ${formatNumber(position)}`,
      ipAddress: (position: number) => `Adresse IP ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organisation',
      fields: {
        countryName: 'Pays',
        stateOrProvinceName: 'État, région ou province',
        localityName: 'Localité (ville)',
        streetAddress: 'Adresse',
        postalCode: 'Code postal',
        postOfficeBox: 'Boîte postale',
        organizationName: 'Organisation',
        organizationalUnitName: 'Unité d’organisation (service)',
        commonName: 'Nom principal',
        emailAddress: 'Adresse e-mail',
      },
      streetLine: (line: number) => `Ligne d’adresse ${formatNumber(line)}`,
      perLine: (max: number) => `${formatNumber(max)} caractères au plus par ligne.`,
      countryHelp: 'Le pays où l’organisation est enregistrée.',
      countryNone: '— aucun —',
    },
    algorithms: {
      legend: 'Algorithme de clé',
      recommended: 'recommandé',
      notes: {
        'RSA-2048':
          'Fonctionne avec tous les serveurs et logiciels de messagerie. Le choix sûr pour les certificats e-mail.',
        'RSA-3072':
          'RSA plus robuste ; un peu plus lent à créer et à utiliser. Largement pris en charge.',
        'RSA-4096':
          'RSA robuste ; la création prend quelques secondes et les connexions démarrent un peu plus lentement.',
        'RSA-8192':
          'La plus grande taille acceptée par Sectigo. La création peut prendre une minute ; rarement utile.',
        'P-256':
          'Moderne, compacte et rapide ; aussi robuste que RSA 3072. Recommandée pour les sites web.',
        'P-384': 'Courbe elliptique plus robuste ; un peu plus lente. Largement prise en charge.',
        'P-521':
          'La courbe la plus robuste acceptée par Sectigo ; certains logiciels anciens ne la prennent pas en charge.',
      },
    },
    existing: {
      legend: 'Votre clé privée existante',
      help: 'Collez le fichier de la clé privée que vous utilisez, ou déposez-le ici (PEM ; une clé protégée par phrase secrète fonctionne aussi). Elle reste uniquement dans la mémoire de cette page.',
      choose: 'Choisir le fichier de clé…',
      passphrase: 'Phrase secrète (seulement pour une clé protégée)',
      problems: {
        empty: 'Collez votre clé privée, ou déposez son fichier ici.',
        needsPassphrase: 'Cette clé est protégée par une phrase secrète : saisissez-la.',
        wrongPassphrase: 'La phrase secrète n’ouvre pas cette clé. Réessayez.',
        unsupported: 'Ce type de clé ne peut pas être utilisé ici. Créez plutôt une nouvelle clé.',
        unreadable:
          'Ce n’est pas une clé privée que cette page sait lire. Vérifiez que vous avez collé tout le fichier de clé.',
      },
      ownKey: (algorithm: string) => `${algorithm} (votre clé)`,
    },
    actions: {
      generate: 'Générer la clé et le CSR',
      makeCsr: 'Créer le CSR',
      cancel: 'Annuler',
    },
    progress: {
      making: (algorithm: string) => `Création d’une clé ${algorithm} et du CSR`,
      reading: 'Lecture de la clé et création du CSR',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Certains champs demandent votre attention : voir les messages à côté.',
      cancelled: 'Annulé : aucune clé n’a été conservée.',
      failed:
        'Le CSR n’a pas pu être créé. Réessayez ; en cas de nouvel échec, choisissez un autre algorithme de clé.',
      keyLoss:
        'La clé privée créée auparavant n’a pas été enregistrée. Un nouveau CSR la remplace, et elle ne peut pas être récupérée. Continuer quand même ?',
    },
    problems: {
      domainsRequired: 'Indiquez au moins un nom de domaine.',
      emailRequired: 'Saisissez l’adresse e-mail.',
      oneEmail: 'Indiquez une seule adresse e-mail par certificat.',
      required: (field: string) => `${field} est obligatoire pour ce type de certificat.`,
      oneOf: (fields: string) => `Remplissez au moins l’un des champs : ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field} : ${plural(max, { one: '# ligne au plus', other: '# lignes au plus' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} est trop long : ${formatNumber(max)} caractères au plus (il y en a ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} contient un saut de ligne, une tabulation ou un autre caractère invisible : supprimez-le.`,
        countryCode: (field: string) => `${field} : choisissez un pays dans la liste.`,
        printableOnly: (field: string) =>
          `${field} ne peut contenir que des lettres A–Z, des chiffres, des espaces et ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} ne peut contenir que des lettres A–Z sans accents, des chiffres et de la ponctuation.`,
      },
      names: {
        empty: (field: string) => `${field} est vide.`,
        invalid: (field: string, value: string) =>
          `${field} « ${value} » n’est pas un nom de domaine valide.`,
        tooLong: (field: string, value: string) =>
          `${field} « ${value} » est trop long pour un nom de domaine.`,
        singleLabel: (field: string, value: string) =>
          `${field} « ${value} » doit comporter au moins deux parties, comme example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} contient une partie non valide « ${label} » (dans « ${value} ») : lettres, chiffres et traits d’union uniquement, 63 caractères au plus par partie, sans trait d’union au début ni à la fin.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} « ${value} » : un joker (*) ne peut être que la première partie entière, comme dans *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} « ${value} » : un joker doit être suivi d’un domaine enregistré, comme dans *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} « ${value} » est un nom interne (se terminant par ${suffix}) : les certificats publics ne sont délivrés que pour des noms de domaine enregistrés.`,
        notIp: (field: string, value: string) =>
          `${field} « ${value} » n’est pas une adresse IP (IPv4 ou IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} est une adresse privée ou réservée : un certificat public ne peut pas la contenir.`,
        notEmail: (field: string, value: string) =>
          `${field} « ${value} » n’est pas une adresse e-mail comme nom@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} « ${value} » ne se termine pas par un nom de domaine valide.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `« ${value} » ressemble à une adresse web : seul son nom de domaine, ${host}, figure dans le certificat.`,
      punycode: (value: string, ascii: string) => `${value} s’écrit ${ascii} dans le certificat.`,
      ipAddress: (value: string) =>
        `${value} est une adresse IP : elle figure dans le certificat en tant que telle.`,
    },
    openssl: {
      summary: 'Vous préférez créer la clé vous-même ? La même chose avec openssl',
      label: 'Commande openssl req',
    },
    result: {
      titleWithKey: 'Votre CSR et votre clé privée',
      title: 'Votre CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, créée en ${formatSeconds(seconds, 2)} dans ce navigateur.`,
      unsaved:
        'La clé privée n’existe que dans cette page. Téléchargez-la (ou copiez-la en lieu sûr) avant de commander ou de quitter la page : elle ne peut pas être récupérée, et le certificat est inutilisable sans elle.',
      saved: 'Clé enregistrée. Gardez-la privée ; vous l’installerez avec le certificat.',
      csr: 'Demande de signature de certificat (CSR)',
      downloadCsr: 'Télécharger le CSR (.csr)',
      next: 'Ensuite : commandez votre certificat avec ce CSR. Une fois délivré, installez-le avec la clé privée.',
      inspect: 'Examiner ce CSR',
      order: 'L’utiliser dans une commande',
      keyTitle: 'Clé privée',
      downloadKey: 'Télécharger la clé privée (.key)',
      showKey: 'Afficher la clé privée',
      hideKey: 'Masquer la clé privée',
      savedCheck: 'J’ai enregistré la clé privée',
      keyBlock: 'Clé privée (PKCS#8, non chiffrée)',
      encrypt: {
        summary: 'L’enregistrer chiffrée avec une phrase secrète (recommandé)',
        help: (rounds: number) =>
          `La clé est chiffrée avec AES-256 et une clé dérivée de la phrase secrète (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} itérations). openssl, nginx, Apache et Windows savent la lire. Conservez la phrase secrète aussi soigneusement que la clé.`,
        passphrase: 'Phrase secrète',
        passphraseHelp: (min: number) => `Au moins ${formatNumber(min)} caractères.`,
        tooShort: (min: number) =>
          `La phrase secrète est trop courte : utilisez au moins ${formatNumber(min)} caractères (quelques mots sans rapport entre eux conviennent bien).`,
        again: 'Phrase secrète (confirmation)',
        differ: 'Les deux phrases secrètes sont différentes.',
        button: 'Chiffrer la clé',
        busy: 'Chiffrement…',
        download: 'Télécharger la clé chiffrée (.key)',
        failed: 'La clé n’a pas pu être chiffrée. Réessayez.',
      },
    },
  },
};

export default fr;
