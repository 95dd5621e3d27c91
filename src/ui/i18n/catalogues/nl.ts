/**
 * Nederlands (nl): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('nl');

const nl: Messages = {
  app: {
    skipToContent: 'Naar de inhoud',
    navigation: 'Weergaven',
    views: {
      shop: 'Een certificaat bestellen',
      result: 'Resultaat van de bestelling',
      generate: 'Sleutel en CSR maken',
    },
    loading: 'Laden…',
    loadFailed:
      'Deze pagina kon niet worden geladen. Laad de pagina opnieuw om het nog eens te proberen.',
    insecure:
      'Deze pagina is geopend via onbeveiligd http, daarom laat uw browser haar geen sleutels maken of certificaten controleren. Open de pagina met https:// om alles te kunnen gebruiken.',
    privacy:
      'Werkt volledig in uw browser. Niets wat u typt, geen sleutel en geen wachtwoord verlaat deze pagina, behalve een bestelling die u zelf naar Sectigo stuurt.',
  },
  common: {
    language: 'Taal',
    continue: 'Verder',
    back: 'Terug',
    required: 'verplicht',
    technicalDetails: 'Technische details (voor support)',
    technicalDetailsHelp:
      'Wat de pagina verstuurt of heeft ontvangen, met de namen die de interface van Sectigo gebruikt. U hebt dit alleen nodig als support erom vraagt.',
    tooLong: (label: string, max: number) =>
      `${label}: gebruik maximaal ${formatNumber(max)} tekens.`,
    atMost: (max: number) => `Maximaal ${formatNumber(max)} tekens.`,
    invalid: (label: string) =>
      `${label}: deze waarde wordt niet geaccepteerd. Controleer de waarde en probeer het opnieuw.`,
    invalidCharacters: (label: string) =>
      `${label}: verwijder de onzichtbare of beschadigde tekens (plak de tekst als platte tekst).`,
    chooseOption: '— kies —',
    support: {
      title: 'Hulp nodig?',
      email: 'E-mail',
      phone: 'Telefoon',
      pages: 'Helppagina’s',
    },
    keyLoss: {
      confirm:
        'Uw privésleutel is nog niet opgeslagen. Als u doorgaat, is hij voorgoed verloren en kan een certificaat dat ermee is besteld niet worden gebruikt. Toch doorgaan?',
    },
    chooseFile: 'Kies een bestand…',
    files: {
      dropHere: 'of sleep een bestand hierheen',
      clear: 'Wissen',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} is ${formatNumber(mebibytes)} MiB; bestanden boven ${formatNumber(max)} MiB worden niet gelezen.`,
    },
    copy: {
      button: 'Kopiëren',
      copied: 'Gekopieerd',
      failed: 'Kopiëren mislukt',
      label: (what: string) => `${what} kopiëren`,
      done: (what: string) => `${what} gekopieerd`,
      couldNot: 'Kon niet kopiëren',
    },
    download: (filename: string) => `${filename} downloaden`,
  },
  params: {
    foreName: {
      label: 'Voornaam',
      help: 'Zoals hij in uw certificaat moet staan.',
      required: 'Vul uw voornaam (of uw achternaam) in.',
    },
    surName: {
      label: 'Achternaam',
      required: 'Vul uw achternaam (of uw voornaam) in.',
    },
    emailAddress: {
      label: 'Uw e-mailadres',
      help: 'Het certificaat wordt voor deze mailbox uitgegeven. Sectigo stuurt er een verificatielink naartoe.',
      required: 'Vul uw e-mailadres in.',
      invalid: 'Vul uw e-mailadres in als naam@voorbeeld.nl.',
    },
    telephoneNumber: {
      label: 'Telefoonnummer',
      help: 'Optioneel. Wordt alleen gebruikt als Sectigo u over deze bestelling moet bereiken.',
      required: 'Vul uw telefoonnummer in.',
    },
    organizationName: {
      label: 'Naam van de organisatie',
      help: 'De geregistreerde juridische naam, precies zoals in het officiële register.',
      required: 'Vul de geregistreerde naam van uw organisatie in.',
    },
    streetAddress1: {
      label: 'Straat en huisnummer',
      help: 'Het geregistreerde adres van de organisatie.',
      required: 'Vul de straat en het huisnummer van uw organisatie in.',
    },
    streetAddress2: {
      label: 'Adresregel 2',
      help: 'Optioneel.',
      required: 'Vul de tweede adresregel in.',
    },
    localityName: {
      label: 'Plaats',
      help: 'Vul de plaats in, of de provincie of regio (ten minste één van beide).',
      required: 'Vul de plaats in (of de provincie of regio).',
    },
    stateOrProvinceName: {
      label: 'Provincie of regio',
      required: 'Vul de provincie of regio in (of de plaats).',
    },
    postalCode: {
      label: 'Postcode',
      required: 'Vul de postcode in.',
    },
    countryName: {
      label: 'Land',
      required: 'Kies het land van uw organisatie.',
      invalid: 'Kies het land uit de lijst.',
    },
    organizationIdentifier: {
      label: 'Organisatie-ID',
      help: 'Het nummer waaronder uw organisatie is geregistreerd (bijvoorbeeld het KvK-nummer of btw-nummer).',
      required: 'Vul het registratienummer van uw organisatie in.',
    },
    loginName: {
      label: 'Accountnaam',
      help: 'De naam van uw Sectigo-account (hoofdlettergevoelig). U hebt hem later nodig om het certificaat op te halen.',
      required: 'Vul uw accountnaam in.',
    },
    loginPassword: {
      label: 'Accountwachtwoord',
      help: 'Hoofdlettergevoelig. Wordt alleen naar Sectigo verstuurd; deze pagina slaat het nooit op.',
      required: 'Vul uw accountwachtwoord in.',
    },
    orderNumber: {
      label: 'Bestelnummer',
      help: 'Het nummer dat werd getoond toen u de bestelling plaatste (alleen cijfers).',
      required: 'Vul uw bestelnummer in, of gebruik in plaats daarvan een ophaalcode.',
      invalid: 'Een bestelnummer bestaat alleen uit cijfers, zoals 8151164.',
    },
    collectionCode: {
      label: 'Ophaalcode',
      help: 'Als u een ophaalcode hebt gekregen, kunt u die alleen gebruiken, zonder uw accountnaam en wachtwoord.',
      required: 'Vul uw ophaalcode in.',
    },
  },
  shop: {
    defaultTitle: 'Een e-mailcertificaat bestellen',
    needsConfig:
      'Deze pagina heeft een config.json van de aanbieder nodig om bestellingen aan te nemen.',
    steps: {
      label: 'Stappen',
      product: 'Certificaat',
      details: 'Uw gegevens',
      key: 'Uw sleutel',
      review: 'Controleren en bestellen',
    },
    start: {
      collectLink: 'Een besteld certificaat ophalen',
      collectHint:
        'Al besteld? Haal uw certificaat op en maak het bestand voor uw e-mailprogramma.',
    },
    product: {
      legend: 'Kies uw certificaat',
      groupLabel: 'Certificaat',
      names: {
        mailbox: 'E-mailcertificaat',
        organization: 'E-mailcertificaat met de naam van uw organisatie',
      },
      blurbs: {
        mailbox:
          'Ondertekent en versleutelt uw e-mail. Sectigo controleert met een link naar de mailbox dat die van u is.',
        organization:
          'Ondertekent en versleutelt e-mail en toont de naam van uw organisatie. Sectigo controleert ook uw organisatie; daarom zijn de geregistreerde naam en het adres nodig.',
      },
      years: (years: number) => plural(years, { one: '# jaar', other: '# jaar' }),
      price: (price: string) => `Prijs: ${price}`,
      choose: 'Kies een certificaat om verder te gaan.',
    },
    details: {
      aboutYou: 'Over u',
      organization: 'Uw organisatie',
      account: 'Uw Sectigo-account',
      accountHelp:
        'Sectigo bewaart uw certificaat in een account. U hebt de naam en het wachtwoord ervan later nodig om het certificaat op te halen.',
      newAccount: 'Ik ben nieuw: maak mijn account aan met deze naam en dit wachtwoord',
      existingAccount: 'Ik heb al een account',
      confirmPassword: 'Wachtwoord nogmaals',
      confirmPasswordHelp: 'Typ hetzelfde wachtwoord nog een keer.',
      passwordsDiffer:
        'De twee wachtwoorden zijn verschillend. Typ twee keer hetzelfde wachtwoord.',
      retypePassword:
        'Voor uw veiligheid is deze pagina uw wachtwoord na het versturen vergeten. Vul het opnieuw in.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'Hieronder vraagt één punt uw aandacht.',
          other: 'Hieronder vragen # punten uw aandacht.',
        }),
    },
    key: {
      legend: 'Uw privésleutel',
      intro: (email: string) =>
        `Uw certificaat heeft een sleutelpaar nodig. Dat wordt nu gemaakt, in deze browser, voor ${email}. Alleen de openbare helft gaat naar Sectigo; de privésleutel blijft bij u.`,
      saveFirst:
        'Sla hem op voordat u bestelt: u hebt hem nodig om het certificaat te installeren, en niemand kan hem herstellen.',
      make: 'Mijn sleutel maken',
      making: 'Uw sleutel wordt gemaakt…',
      ready: 'Uw sleutel is klaar.',
      download: 'Mijn privésleutel downloaden (.key)',
      confirmSaved: 'Ik heb mijn privésleutel opgeslagen',
      mustSave:
        'Download uw privésleutel (of bevestig dat u hem hebt opgeslagen) voordat u verdergaat.',
      makeFirst: 'Maak eerst uw sleutel.',
      failed:
        'Uw sleutel kon in deze browser niet worden gemaakt. Laad de pagina opnieuw en probeer het nog eens.',
      keptFromBefore:
        'U gebruikt dezelfde sleutel als eerder. Uw opgeslagen sleutelbestand hoort nog steeds bij deze bestelling.',
      makeNew: 'In plaats daarvan een nieuwe sleutel maken',
      makeNewHelp:
        'Alleen als u het sleutelbestand kwijt bent. Het oude bestand werkt niet met de nieuwe bestelling.',
    },
    review: {
      title: 'Controleer uw bestelling',
      intro: 'Controleer uw bestelling. Uw privésleutel wordt niet verstuurd: die blijft bij u.',
      certificate: 'Certificaat',
      validity: 'Geldig voor',
      price: 'Prijs',
      mailbox: 'Mailbox',
      name: 'Naam',
      organization: 'Organisatie',
      address: 'Adres',
      identifier: 'Organisatie-ID',
      account: 'Sectigo-account',
      accountNew: (name: string) => `${name} (nieuw account)`,
      accountExisting: (name: string) => `${name} (bestaand account)`,
      whatHappens: 'Wanneer u op ‘Bestelling plaatsen’ klikt',
      happens: [
        'De beveiligde pagina van Sectigo opent in een nieuw tabblad met uw bestelling. Dit tabblad blijft open, zodat niets van wat u hebt ingevuld verloren gaat als er iets misgaat.',
        'Sectigo stuurt een verificatielink naar uw mailbox.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} keurt de bestelling goed voordat Sectigo het certificaat uitgeeft.`,
      placeOrder: 'Bestelling plaatsen',
      fixFirst: 'Corrigeer dit voordat u bestelt:',
      edit: 'Wijzigen',
      sentParams: 'Wat naar Sectigo wordt verstuurd',
      csrSummary: (characters: number) =>
        `certificaataanvraag met uw openbare sleutel (${formatNumber(characters)} tekens)`,
      passwordHidden: '(verborgen)',
    },
    waiting: {
      title: 'Uw bestelling ligt bij Sectigo',
      body: 'De pagina van Sectigo is in een nieuw tabblad geopend. Zodra Sectigo heeft geantwoord, verschijnt het resultaat in dat tabblad en hier.',
      noTab:
        'Geen nieuw tabblad? Misschien heeft uw browser het geblokkeerd: sta pop-ups toe voor deze pagina en klik daarna opnieuw op ‘Bestelling plaatsen’.',
      again: 'Bestelling opnieuw plaatsen',
    },
    error: {
      title: 'Uw bestelling is niet geplaatst',
      whatToDo: 'Wat u kunt doen',
      tryAgain: 'Opnieuw proberen',
      tryAgainHelp:
        'Alles wat u hebt ingevuld staat er nog, en uw sleutel ook. Voor uw veiligheid moet u uw wachtwoord opnieuw invullen.',
      contactSupport: 'Gebeurt het opnieuw? Neem dan contact met ons op:',
    },
    success: {
      title: 'Bedankt: uw bestelling is geplaatst',
      orderNumber: 'Uw bestelnummer',
      keepIt: 'Bewaar dit nummer: u hebt het nodig om uw certificaat op te halen.',
      next: 'Wat er nu gebeurt',
      steps: {
        verify: (email: string) =>
          `Sectigo stuurt een e-mail naar ${email}. Open die en volg de link om te bevestigen dat de mailbox van u is.`,
        organization:
          'Sectigo controleert de naam en het adres van uw organisatie. Dat kan enkele werkdagen duren.',
        approve: (brand: string) => `${brand} keurt uw bestelling goed.`,
        issued:
          'Zodra het certificaat klaar is, stuurt Sectigo u een e-mail. Kom dan terug naar deze pagina en haal het op.',
      },
      collectNow: 'Mijn certificaat ophalen',
      keepKey:
        'Bewaar het opgeslagen bestand met uw privésleutel: u hebt het nodig om het certificaat te installeren.',
    },
    resultTab: {
      otherTab:
        'Uw bestelpagina is nog open in het tabblad waar u vandaan kwam: dit resultaat is daaraan doorgegeven, en alles wat u hebt ingevuld staat daar.',
      close: 'Dit tabblad sluiten',
    },
  },
  result: {
    title: 'Resultaat van de bestelling',
    noResult:
      'Deze pagina toont de uitkomst van een bestelling wanneer u terugkomt van Sectigo. Het adres bevat nu geen resultaat.',
    decodeHint: 'Om een ander antwoord van Sectigo te lezen, plakt u het in',
    decodeLink: 'Antwoord decoderen',
    placed: 'De bestelling is geplaatst',
    notPlaced: 'De bestelling is niet geplaatst',
    unreadable: 'Dit resultaat kon niet worden gelezen',
    unreadableBody:
      'De link die deze pagina opende, bevat geen resultaat dat deze pagina herkent. Hebt u net een bestelling geplaatst? Kijk dan in uw e-mail of neem contact op met de verkoper.',
    orderNumber: 'Bestelnummer',
    orderNumberCopy: 'bestelnummer',
    oddOrderNumber:
      'De link bevat een bestelnummer in een onverwachte vorm (een bestelnummer bestaat alleen uit cijfers), dus het wordt niet als bestelnummer getoond.',
    unknownCode: (code: string) =>
      `De link geeft een foutcode die deze pagina niet kent (${code}). De bestelling is hoogstwaarschijnlijk niet geplaatst.`,
    meaning: 'Wat deze code betekent',
    linkText: 'Tekst uit de link, niet gecontroleerd',
    fieldUnknown: 'De link noemt een veld dat deze pagina niet kent.',
    field: (label: string) => `Het betreffende veld: ${label}.`,
    cleared:
      'Het resultaat is uit de adresbalk verwijderd, zodat het niet wordt herhaald als u deze pagina opnieuw laadt of deelt. Het blijft hier staan tot u de pagina sluit.',
    everything: 'Alles in de link',
    openInDecode: 'Openen in de weergave ‘Antwoord decoderen’',
    codes: {
      '-1': 'De bestelling heeft Sectigo niet via een beveiligde verbinding bereikt.',
      '-2': 'De bestelling bevatte iets wat Sectigo niet accepteert.',
      '-3': 'Er ontbrak informatie in de bestelling die Sectigo nodig heeft.',
      '-4': 'Sommige informatie in de bestelling is niet geaccepteerd.',
      '-13': 'Uw sleutel heeft een grootte die Sectigo niet accepteert.',
      '-14': 'Sectigo had een onverwacht probleem met de bestelling.',
      '-16':
        'Sectigo kon u niet aanmelden: de accountnaam of het wachtwoord is onjuist, of het account is geblokkeerd of het wachtwoord is verlopen.',
      '-38': 'Het account mist gegevens die Sectigo eerst moet controleren.',
      '-39': 'De bestelling bevatte geen certificaat.',
      '-44': 'Sectigo heeft uw sleutel niet geaccepteerd.',
      '-62': 'De naam van de organisatie ontbreekt.',
      '-65': 'Dit certificaat kan op dit moment niet via dit account worden besteld.',
      '-70': 'Het e-mailadres is niet geaccepteerd.',
      '-83': 'De bestelling bevatte een gegeven dat er niet op van toepassing is.',
      '-91': 'Dit account mag deze bestelling niet plaatsen.',
      '-97': 'De sessie is verlopen.',
    },
    advice: {
      '-3': 'Probeer het opnieuw en controleer of alle velden zijn ingevuld.',
      '-4': 'Probeer het opnieuw en controleer wat u hebt ingevuld.',
      '-13': 'Probeer het opnieuw en maak een nieuwe sleutel.',
      '-14': 'Wacht een paar minuten en probeer het opnieuw.',
      '-16':
        'Controleer uw accountnaam en wachtwoord en probeer het opnieuw. Bent u nieuw, kies dan ‘Ik ben nieuw’; is uw account geblokkeerd, neem dan contact met ons op.',
      '-44': 'Probeer het opnieuw en maak een nieuwe sleutel.',
      '-62': 'Probeer het opnieuw en vul de naam van uw organisatie in.',
      '-70': 'Controleer uw e-mailadres en probeer het opnieuw.',
      '-97': 'Probeer het opnieuw.',
    },
    adviceDefault: 'Controleer wat u hebt ingevuld en probeer het opnieuw.',
  },
  collect: {
    title: 'Uw certificaat ophalen',
    intro:
      'Zodra Sectigo uw certificaat heeft uitgegeven, haalt u het hier op en maakt u er, samen met de opgeslagen privésleutel, een bestand van dat uw e-mailprogramma kan importeren.',
    steps: {
      ask: 'Sectigo vragen',
      answer: 'Antwoord terugbrengen',
      key: 'Uw sleutel',
      file: 'Uw certificaatbestand',
      install: 'Installeren',
    },
    ask: {
      legend: 'Hoe wilt u het ophalen?',
      withAccount: 'Met mijn bestelnummer en Sectigo-account',
      withCode: 'Met een ophaalcode',
      open: 'Mijn certificaat bij Sectigo opvragen',
      opened:
        'Het antwoord van Sectigo is in een nieuw tabblad geopend. Het is een korte tekst: selecteer alles (Ctrl+A of ⌘A), kopieer het en plak het hieronder. Of sla de pagina op (Ctrl+S of ⌘S) en sleep het bestand hieronder.',
      haveAnswer: 'Ik heb het antwoord van Sectigo al',
    },
    answer: {
      label: 'Antwoord van Sectigo',
      help: 'Plak de hele tekst of sleep het opgeslagen bestand hierheen. De tekst begint met een getal op een eigen regel.',
      choose: 'Kies het opgeslagen bestand…',
      empty: 'Plak eerst het antwoord van Sectigo.',
      notAnswer:
        'Dit lijkt niet op het antwoord van Sectigo op een ophaalverzoek. Plak de hele tekst van het tabblad dat Sectigo opende.',
      ready: (count: number) =>
        plural(count, {
          one: 'Uw certificaat is binnen.',
          other:
            'Uw certificaat is binnen, met in totaal # certificaten (dat van u en die van Sectigo).',
        }),
      pending:
        'Sectigo heeft het verzoek aangenomen, maar uw certificaat is nog niet klaar. Probeer het later opnieuw.',
      available:
        'Uw certificaat is klaar, maar het antwoord bevat het niet. Vraag het opnieuw op met de knop op deze pagina; die vraagt om het certificaat zelf.',
      for: (email: string) => `Uitgegeven voor ${email}`,
      validUntil: (date: string) => `geldig tot ${date}`,
      codes: {
        '-154':
          'U hebt uw e-mailadres nog niet bevestigd. Open de e-mail van Sectigo, volg de link erin en vraag het daarna opnieuw op.',
        '-16':
          'Sectigo kon u niet aanmelden: controleer uw accountnaam en wachtwoord en vraag het opnieuw op.',
        '-22': 'De bestelling wacht nog op betaling of goedkeuring. Vraag het later opnieuw op.',
        '-20': 'Sectigo heeft de certificaataanvraag afgewezen. Neem contact met ons op.',
        '-21': 'Dit certificaat is ingetrokken. Neem contact met ons op.',
        '-3': 'Er ontbrak iets in het verzoek. Controleer het bestelnummer (of de ophaalcode) en vraag het opnieuw op.',
        '-4': 'Iets in het verzoek is niet geaccepteerd. Controleer het bestelnummer (of de ophaalcode) en vraag het opnieuw op.',
        '-14':
          'Sectigo had een onverwacht probleem. Wacht een paar minuten en vraag het opnieuw op.',
      },
      otherError: (code: string) =>
        `Sectigo antwoordde met fout ${code}. Controleer de gegevens en vraag het opnieuw op, of neem contact met ons op.`,
    },
    key: {
      legend: 'De privésleutel die u hebt opgeslagen',
      fromSession: 'De sleutel gebruiken die tijdens dit bezoek op deze pagina is gemaakt',
      fromFile: 'Mijn opgeslagen sleutelbestand gebruiken',
      label: 'Uw bestand met de privésleutel',
      help: 'Het .key-bestand dat u bij het bestellen hebt opgeslagen. Het wordt alleen in deze pagina gelezen en nergens naartoe verstuurd.',
      choose: 'Kies het sleutelbestand…',
      passphrase: 'Wachtwoordzin van de sleutel',
      passphraseHelp: 'Uw sleutelbestand is beveiligd met een wachtwoordzin: vul die in.',
      check: 'Mijn sleutel controleren',
      matches: 'Uw sleutel en uw certificaat horen bij elkaar.',
      mismatch:
        'Deze sleutel hoort niet bij dit certificaat. Gebruik het sleutelbestand dat u hebt opgeslagen toen u deze bestelling plaatste.',
      empty: 'Voeg eerst uw bestand met de privésleutel toe.',
      needsPassphrase: 'Vul de wachtwoordzin van uw sleutelbestand in.',
      wrongPassphrase: 'De wachtwoordzin klopt niet voor dit sleutelbestand. Probeer het opnieuw.',
      unreadable:
        'Dit bestand is geen privésleutel die deze pagina kan lezen. Kies het .key-bestand dat u hebt opgeslagen.',
    },
    file: {
      legend: 'Beveilig het bestand met een wachtwoord',
      help: 'Uw e-mailprogramma vraagt één keer om dit wachtwoord, wanneer u het bestand importeert.',
      password: 'Nieuw wachtwoord voor het bestand',
      confirm: 'Wachtwoord nogmaals',
      differ: 'De twee wachtwoorden zijn verschillend.',
      tooShort: (min: number) => `Gebruik minstens ${formatNumber(min)} tekens.`,
      legacy: 'Maken voor oudere systemen (Windows 7 of 8.1, oudere macOS-versies)',
      legacyHelp:
        'Gebruikt oudere, zwakkere versleuteling die deze systemen nodig hebben; laat dit uit, tenzij het importeren daar mislukt.',
      build: 'Mijn certificaatbestand maken',
      building: 'Uw bestand wordt gemaakt…',
      ready: 'Uw certificaatbestand is klaar.',
      download: (name: string) => `${name} downloaden`,
      failed:
        'Het bestand kon niet worden gemaakt. Controleer de stappen hierboven en probeer het opnieuw.',
    },
    install: {
      title: 'Installeren in uw e-mailprogramma',
      intro:
        'Open het gedownloade bestand in uw e-mailprogramma en vul het wachtwoord in dat u hebt gekozen.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Dubbelklik op het .p12-bestand en volg de wizard voor importeren; vul uw wachtwoord in wanneer daarom wordt gevraagd.',
          'In Outlook: Bestand › Opties › Vertrouwenscentrum › Instellingen voor het Vertrouwenscentrum › E-mailbeveiliging.',
          'Kies onder ‘Versleutelde e-mail’ de knop ‘Instellingen’ en selecteer uw nieuwe certificaat; klik op ‘OK’.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Dubbelklik op het .p12-bestand: Sleutelhangertoegang wordt geopend. Voeg het toe aan uw inlogsleutelhanger en vul uw wachtwoord in.',
          'Stop Mail en open het opnieuw. Wanneer u een bericht vanaf dit adres schrijft, verschijnen de knoppen voor ondertekenen en versleutelen.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Instellingen › Privacy & Beveiliging › Certificaten › Certificaten beheren › Uw certificaten › Importeren; kies het .p12-bestand en vul uw wachtwoord in.',
          'Accountinstellingen › End-to-end-versleuteling › S/MIME: selecteer het certificaat voor ondertekenen en voor versleutelen.',
        ],
      },
    },
  },
  // TODO(translate): the Generate view, still in English. Replace this whole block with
  // the translation of src/ui/i18n/en/generate.ts (same keys, same values shown).
  generate: {
    title: 'Generate a key and CSR',
    lead: 'Your browser makes the key pair itself, in this page. The private key is never sent anywhere: save it before you order, because it cannot be recovered.',

    mode: {
      legend: 'Key',
      new: 'Make a new key',
      existing: 'Use my existing key (a renewal that keeps the key)',
    },

    /** The kinds of certificate (src/core/pki/csrPresets.ts), by preset id. */
    presets: {
      legend: 'Certificate kind',
      dv: {
        label: 'Website, domain validated (DV)',
        description: 'Proves control of the domain names only. The request needs just the names.',
      },
      'ov-ev': {
        label: 'Website, organization or extended validation (OV/EV)',
        description:
          'Names your organization in the certificate. Give its legal name and address as registered.',
      },
      'smime-mailbox': {
        label: 'Email (S/MIME), mailbox validated',
        description:
          'Signs and encrypts email for one address. The request needs just the address.',
      },
      'smime-organization': {
        label: 'Email (S/MIME), organization validated',
        description:
          'An email certificate that also names your organization: its full name and address are required.',
      },
    },

    names: {
      legend: 'Names in the certificate',
      emailLabel: 'Email address',
      emailHelp: 'The mailbox the certificate is for.',
      domainsLabel: 'Domain names',
      domainsHelp:
        'One per line (or separated by commas). The first is the certificate’s main name. Use *.example.com for a wildcard.',
      /** How one name is called in a message about it: "Domain name 2". */
      domain: (position: number) => `Domain name ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP address ${formatNumber(position)}`,
    },

    organization: {
      legend: 'Organization',
      /** Subject fields (src/core/pki/subject.ts), by key. */
      fields: {
        countryName: 'Country',
        stateOrProvinceName: 'State or province',
        localityName: 'Locality (city)',
        streetAddress: 'Street address',
        postalCode: 'Postal code',
        postOfficeBox: 'PO box',
        organizationName: 'Organization',
        organizationalUnitName: 'Organizational unit (department)',
        commonName: 'Main name',
        emailAddress: 'Email address',
      },
      streetLine: (line: number) => `Street address ${formatNumber(line)}`,
      perLine: (max: number) => `At most ${formatNumber(max)} characters per line.`,
      countryHelp: 'Where the organization is registered.',
      countryNone: '— none —',
    },

    algorithms: {
      legend: 'Key algorithm',
      recommended: 'recommended',
      /** What each key type means for the customer (src/core/pki/algorithms.ts), by id. */
      notes: {
        'RSA-2048':
          'Works with every server and mail program. The safe choice for email certificates.',
        'RSA-3072': 'Stronger RSA; a little slower to make and to use. Widely supported.',
        'RSA-4096':
          'Strong RSA; takes a few seconds to make, and connections start a little slower.',
        'RSA-8192': 'The largest size Sectigo accepts. Can take a minute to make; rarely worth it.',
        'P-256': 'Modern, small and fast; as strong as RSA 3072. Recommended for websites.',
        'P-384': 'Stronger elliptic curve; a little slower. Widely supported.',
        'P-521': 'The strongest curve Sectigo accepts; some older software cannot use it.',
      },
    },

    existing: {
      legend: 'Your existing private key',
      help: 'Paste the private key file you use now, or drop it here (PEM; a passphrase-protected key works too). It stays in this page’s memory only.',
      choose: 'Choose the key file…',
      passphrase: 'Passphrase (only for a protected key)',
      /** Why the key could not be used (readPrivateKey reasons). */
      problems: {
        empty: 'Paste your private key, or drop its file here.',
        needsPassphrase: 'This key is protected with a passphrase: enter it.',
        wrongPassphrase: 'The passphrase does not open this key. Try again.',
        unsupported: 'This kind of key cannot be used here. Make a new key instead.',
        unreadable:
          'This is not a private key this page can read. Check that you pasted the whole key file.',
      },
      ownKey: (algorithm: string) => `${algorithm} (your key)`,
    },

    actions: {
      generate: 'Generate key and CSR',
      makeCsr: 'Make the CSR',
      cancel: 'Cancel',
    },

    progress: {
      making: (algorithm: string) => `Making a ${algorithm} key and CSR`,
      reading: 'Reading the key and making the CSR',
      /** The time so far, shown while the key is being made. */
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },

    failures: {
      attention: 'Some fields need attention: see the messages beside them.',
      cancelled: 'Cancelled: no key was kept.',
      failed: 'The CSR could not be made. Try again; if it fails again, try another key algorithm.',
      keyLoss:
        'The private key made before has not been saved. Making a new CSR replaces it, and it cannot be recovered. Go on anyway?',
    },

    /** What is wrong with the form, by the rule broken. `field` is the field's name as shown. */
    problems: {
      domainsRequired: 'Give at least one domain name.',
      emailRequired: 'Enter the email address.',
      oneEmail: 'Give one email address per certificate.',
      required: (field: string) => `${field} is required for this kind of certificate.`,
      /** `fields` is a list joined with "or" by Intl ("Locality (city) or State or province"). */
      oneOf: (fields: string) => `Fill in at least one: ${fields}.`,
      /** The subject rules (SubjectProblem codes in src/core/pki/subject.ts). */
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'use at most # line', other: 'use at most # lines' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} is too long: use at most ${formatNumber(max)} characters (this has ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} contains a line break, tab or other invisible character: remove it.`,
        countryCode: (field: string) => `${field}: choose a country from the list.`,
        printableOnly: (field: string) =>
          `${field} may only contain letters A–Z, digits, spaces and ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} may only contain letters A–Z without accents, digits and punctuation.`,
      },
      /** The name rules (name problem codes in src/core/pki/names.ts); `value` is the name as typed. */
      names: {
        empty: (field: string) => `${field} is empty.`,
        invalid: (field: string, value: string) =>
          `${field} “${value}” is not a valid domain name.`,
        tooLong: (field: string, value: string) =>
          `${field} “${value}” is too long for a domain name.`,
        singleLabel: (field: string, value: string) =>
          `${field} “${value}” needs at least two parts, such as example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} has an invalid label "${label}" (in “${value}”): use letters, digits and hyphens only, at most 63 characters per part, and no hyphen at either end.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} “${value}”: a wildcard (*) may only be the whole first part, as in *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} “${value}”: a wildcard needs a registered domain under it, as in *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} “${value}” is an internal name (ending in ${suffix}): public certificates are only issued for registered domain names.`,
        notIp: (field: string, value: string) =>
          `${field} “${value}” is not an IP address (IPv4 or IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} is a private or reserved address: public certificates cannot include it.`,
        notEmail: (field: string, value: string) =>
          `${field} “${value}” is not an email address such as name@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} “${value}” does not end in a valid domain name.`,
      },
    },

    /** Notes on names that are not problems (name note codes in src/core/pki/names.ts). */
    notes: {
      urlHost: (value: string, host: string) =>
        `“${value}” looks like a web address: only its domain name, ${host}, goes in the certificate.`,
      punycode: (value: string, ascii: string) =>
        `${value} is written ${ascii} in the certificate.`,
      ipAddress: (value: string) => `${value} is an IP address: it goes in the certificate as one.`,
    },

    openssl: {
      summary: 'Prefer to make the key yourself? The same with openssl',
      label: 'openssl req command',
    },

    result: {
      titleWithKey: 'Your CSR and private key',
      title: 'Your CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, made in ${formatSeconds(seconds, 2)} in this browser.`,
      unsaved:
        'The private key exists only in this page. Download it (or copy it somewhere safe) before you order or leave: it cannot be recovered, and the certificate is useless without it.',
      saved: 'Key saved. Keep it private; you will install it with the certificate.',
      csr: 'Certificate signing request (CSR)',
      downloadCsr: 'Download CSR (.csr)',
      next: 'Next: order your certificate with this CSR. When it is issued, install it together with the private key.',
      inspect: 'Inspect this CSR',
      order: 'Use it in an order',
      keyTitle: 'Private key',
      downloadKey: 'Download private key (.key)',
      showKey: 'Show private key',
      hideKey: 'Hide private key',
      savedCheck: 'I have saved the private key',
      keyBlock: 'Private key (PKCS#8, unencrypted)',
      encrypt: {
        summary: 'Save it encrypted with a passphrase (recommended)',
        help: (rounds: number) =>
          `The key is encrypted with AES-256 and a key derived from the passphrase (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} rounds). openssl, nginx, Apache and Windows can read it. Keep the passphrase as safe as the key.`,
        passphrase: 'Passphrase',
        passphraseHelp: (min: number) => `At least ${formatNumber(min)} characters.`,
        tooShort: (min: number) =>
          `The passphrase is too short: use at least ${formatNumber(min)} characters (a few unrelated words work well).`,
        again: 'Passphrase again',
        differ: 'The two passphrases differ.',
        button: 'Encrypt the key',
        busy: 'Encrypting…',
        download: 'Download encrypted key (.key)',
        failed: 'The key could not be encrypted. Try again.',
      },
    },
  },
};

export default nl;
