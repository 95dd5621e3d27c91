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
    unknownCode:
      'De link geeft een foutcode die deze pagina niet kent. De bestelling is hoogstwaarschijnlijk niet geplaatst.',
    meaning: 'Wat deze code betekent',
    linkText: 'Tekst uit de link, niet gecontroleerd',
    fieldUnknown: 'De link noemt een veld dat deze pagina niet kent.',
    field: (label: string) => `Het betreffende veld: ${label}.`,
    cleared:
      'Het resultaat is uit de adresbalk verwijderd, zodat het niet wordt herhaald als u deze pagina opnieuw laadt of deelt. Het blijft hier staan tot u de pagina sluit.',
    everything: 'Alles in de link',
    detailsFailed:
      'De technische details konden niet worden geladen. Sluit ze en open ze opnieuw om het nog eens te proberen.',
    toOrderingPage: 'Naar de bestelpagina',
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
        'Het antwoord van Sectigo is in een nieuw tabblad geopend. Het is een korte tekst: selecteer alles, kopieer het, ga terug naar dit tabblad en plak het hieronder. Op een telefoon: houd uw vinger op de tekst en kies Selecteer alles en Kopieer; op een computer: druk op Ctrl+A en daarna Ctrl+C (⌘A en ⌘C op een Mac). Of sla de pagina op en kies het bestand hieronder.',
      haveAnswer: 'Ik heb het antwoord van Sectigo al',
    },
    answer: {
      label: 'Antwoord van Sectigo',
      help: 'Plak de hele tekst of kies het opgeslagen bestand. De tekst begint met een getal op een eigen regel.',
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
        `Het antwoord bevat fout ${code}, die deze pagina niet kan uitleggen. Controleer of u het hele antwoord van Sectigo hebt gekopieerd en vraag het opnieuw op, of neem contact met ons op en noem dit nummer.`,
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
      iphone: {
        name: 'Mail op iPhone en iPad',
        steps: [
          'Bewaar het .p12-bestand in Bestanden en tik erop. Open daarna Instellingen, tik bovenaan op ‘Profiel gedownload’, kies Installeer en vul de toegangscode van uw apparaat en daarna uw wachtwoord in.',
          'Instellingen › Mail › Accounts (iOS 18: Instellingen › Apps › Mail › Mailaccounts) › uw account › Account › Geavanceerd: zet Onderteken en Codeer standaard aan en kies voor beide dit certificaat.',
        ],
      },
    },
  },
  generate: {
    title: 'Een sleutel en CSR maken',
    lead: 'Uw browser maakt het sleutelpaar zelf, op deze pagina. De privésleutel wordt nergens heen gestuurd: sla hem op voordat u bestelt, want hij kan niet worden hersteld.',
    mode: {
      legend: 'Sleutel',
      new: 'Een nieuwe sleutel maken',
      existing: 'Mijn bestaande sleutel gebruiken (een verlenging met dezelfde sleutel)',
    },
    presets: {
      legend: 'Soort certificaat',
      dv: {
        label: 'Website, domeingevalideerd (DV)',
        description:
          'Bewijst alleen dat u de domeinnamen beheert. De aanvraag heeft alleen de namen nodig.',
      },
      'ov-ev': {
        label: 'Website, organisatie- of uitgebreid gevalideerd (OV/EV)',
        description:
          'Vermeldt uw organisatie in het certificaat. Geef de juridische naam en het adres zoals ze geregistreerd zijn.',
      },
      'smime-mailbox': {
        label: 'E-mail (S/MIME), mailbox gevalideerd',
        description:
          'Ondertekent en versleutelt e-mail voor één adres. De aanvraag heeft alleen het adres nodig.',
      },
      'smime-organization': {
        label: 'E-mail (S/MIME), organisatie gevalideerd',
        description:
          'Een e-mailcertificaat dat ook uw organisatie vermeldt: de volledige naam en het adres zijn verplicht.',
      },
    },
    names: {
      legend: 'Namen in het certificaat',
      emailLabel: 'E-mailadres',
      emailHelp: 'De mailbox waarvoor het certificaat is.',
      domainsLabel: 'Domeinnamen',
      domainsHelp:
        'Eén per regel (of gescheiden door komma’s). De eerste is de hoofdnaam van het certificaat. Schrijf *.example.com voor een wildcard.',
      domain: (position: number) => `Domeinnaam ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP-adres ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organisatie',
      fields: {
        countryName: 'Land',
        stateOrProvinceName: 'Provincie of staat',
        localityName: 'Plaats',
        streetAddress: 'Adres',
        postalCode: 'Postcode',
        postOfficeBox: 'Postbus',
        organizationName: 'Organisatie',
        organizationalUnitName: 'Organisatie-eenheid (afdeling)',
        commonName: 'Hoofdnaam',
        emailAddress: 'E-mailadres',
      },
      streetLine: (line: number) => `Adresregel ${formatNumber(line)}`,
      perLine: (max: number) => `Hoogstens ${formatNumber(max)} tekens per regel.`,
      countryHelp: 'Waar de organisatie geregistreerd is.',
      countryNone: '— geen —',
    },
    algorithms: {
      legend: 'Sleutelalgoritme',
      recommended: 'aanbevolen',
      notes: {
        'RSA-2048':
          'Werkt met elke server en elk e-mailprogramma. De veilige keuze voor e-mailcertificaten.',
        'RSA-3072': 'Sterkere RSA; iets trager om te maken en te gebruiken. Breed ondersteund.',
        'RSA-4096':
          'Sterke RSA; het maken duurt enkele seconden en verbindingen starten iets trager.',
        'RSA-8192':
          'De grootste lengte die Sectigo accepteert. Het maken kan een minuut duren; zelden de moeite waard.',
        'P-256': 'Modern, klein en snel; even sterk als RSA 3072. Aanbevolen voor websites.',
        'P-384': 'Sterkere elliptische curve; iets trager. Breed ondersteund.',
        'P-521':
          'De sterkste curve die Sectigo accepteert; sommige oudere software kan er niet mee werken.',
      },
    },
    existing: {
      legend: 'Uw bestaande privésleutel',
      help: 'Plak het bestand van de privésleutel die u nu gebruikt, of sleep het hierheen (PEM; een met wachtwoordzin beveiligde sleutel werkt ook). Hij blijft alleen in het geheugen van deze pagina.',
      choose: 'Sleutelbestand kiezen…',
      passphrase: 'Wachtwoordzin (alleen voor een beveiligde sleutel)',
      problems: {
        empty: 'Plak uw privésleutel, of sleep het bestand hierheen.',
        needsPassphrase: 'Deze sleutel is beveiligd met een wachtwoordzin: vul die in.',
        wrongPassphrase: 'De wachtwoordzin opent deze sleutel niet. Probeer het opnieuw.',
        unsupported:
          'Dit soort sleutel kan hier niet worden gebruikt. Maak in plaats daarvan een nieuwe sleutel.',
        unreadable:
          'Dit is geen privésleutel die deze pagina kan lezen. Controleer of u het hele sleutelbestand hebt geplakt.',
      },
      ownKey: (algorithm: string) => `${algorithm} (uw sleutel)`,
    },
    actions: {
      generate: 'Sleutel en CSR maken',
      makeCsr: 'De CSR maken',
      cancel: 'Annuleren',
    },
    progress: {
      making: (algorithm: string) => `Een ${algorithm}-sleutel en CSR worden gemaakt`,
      reading: 'De sleutel wordt gelezen en de CSR gemaakt',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Sommige velden vragen aandacht: zie de meldingen ernaast.',
      cancelled: 'Geannuleerd: er is geen sleutel bewaard.',
      failed:
        'De CSR kon niet worden gemaakt. Probeer het opnieuw; lukt het weer niet, kies dan een ander sleutelalgoritme.',
      keyLoss:
        'De eerder gemaakte privésleutel is niet opgeslagen. Een nieuwe CSR vervangt hem, en hij kan niet worden hersteld. Toch doorgaan?',
    },
    problems: {
      domainsRequired: 'Geef ten minste één domeinnaam op.',
      emailRequired: 'Vul het e-mailadres in.',
      oneEmail: 'Geef één e-mailadres per certificaat op.',
      required: (field: string) => `${field} is verplicht voor dit soort certificaat.`,
      oneOf: (fields: string) => `Vul er ten minste één in: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'hoogstens # regel', other: 'hoogstens # regels' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} is te lang: hoogstens ${formatNumber(max)} tekens (dit zijn er ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} bevat een regeleinde, tab of ander onzichtbaar teken: verwijder het.`,
        countryCode: (field: string) => `${field}: kies een land uit de lijst.`,
        printableOnly: (field: string) =>
          `${field} mag alleen letters A–Z, cijfers, spaties en ' ( ) + , - . / : = ? bevatten.`,
        asciiOnly: (field: string) =>
          `${field} mag alleen letters A–Z zonder accenten, cijfers en leestekens bevatten.`,
      },
      names: {
        empty: (field: string) => `${field} is leeg.`,
        invalid: (field: string, value: string) =>
          `${field} ‘${value}’ is geen geldige domeinnaam.`,
        tooLong: (field: string, value: string) =>
          `${field} ‘${value}’ is te lang voor een domeinnaam.`,
        singleLabel: (field: string, value: string) =>
          `${field} ‘${value}’ heeft ten minste twee delen nodig, zoals example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} heeft een ongeldig deel ‘${label}’ (in ‘${value}’): alleen letters, cijfers en koppeltekens, hoogstens 63 tekens per deel, geen koppelteken aan het begin of eind.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} ‘${value}’: een wildcard (*) mag alleen het hele eerste deel zijn, zoals in *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} ‘${value}’: een wildcard heeft een geregistreerd domein eronder nodig, zoals in *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} ‘${value}’ is een interne naam (eindigt op ${suffix}): openbare certificaten worden alleen voor geregistreerde domeinnamen uitgegeven.`,
        notIp: (field: string, value: string) =>
          `${field} ‘${value}’ is geen IP-adres (IPv4 of IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} is een privé- of gereserveerd adres: een openbaar certificaat kan het niet bevatten.`,
        notEmail: (field: string, value: string) =>
          `${field} ‘${value}’ is geen e-mailadres zoals naam@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} ‘${value}’ eindigt niet op een geldige domeinnaam.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `‘${value}’ lijkt op een webadres: alleen de domeinnaam ${host} komt in het certificaat.`,
      punycode: (value: string, ascii: string) =>
        `${value} wordt in het certificaat geschreven als ${ascii}.`,
      ipAddress: (value: string) =>
        `${value} is een IP-adres: het komt als IP-adres in het certificaat.`,
    },
    openssl: {
      summary: 'Maakt u de sleutel liever zelf? Hetzelfde met openssl',
      label: 'Opdracht openssl req',
    },
    result: {
      titleWithKey: 'Uw CSR en privésleutel',
      title: 'Uw CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, gemaakt in ${formatSeconds(seconds, 2)} in deze browser.`,
      unsaved:
        'De privésleutel bestaat alleen op deze pagina. Download hem (of kopieer hem naar een veilige plek) voordat u bestelt of weggaat: hij kan niet worden hersteld, en zonder hem is het certificaat onbruikbaar.',
      saved: 'Sleutel opgeslagen. Houd hem privé; u installeert hem samen met het certificaat.',
      csr: 'Certificaatondertekeningsverzoek (CSR)',
      downloadCsr: 'CSR downloaden (.csr)',
      next: 'Volgende stap: bestel uw certificaat met deze CSR. Als het is uitgegeven, installeert u het samen met de privésleutel.',
      inspect: 'Deze CSR bekijken',
      order: 'Gebruiken in een bestelling',
      keyTitle: 'Privésleutel',
      downloadKey: 'Privésleutel downloaden (.key)',
      showKey: 'Privésleutel tonen',
      hideKey: 'Privésleutel verbergen',
      savedCheck: 'Ik heb de privésleutel opgeslagen',
      keyBlock: 'Privésleutel (PKCS#8, onversleuteld)',
      encrypt: {
        summary: 'Versleuteld opslaan met een wachtwoordzin (aanbevolen)',
        help: (rounds: number) =>
          `De sleutel wordt versleuteld met AES-256 en een sleutel die is afgeleid van de wachtwoordzin (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} rondes). openssl, nginx, Apache en Windows kunnen hem lezen. Bewaar de wachtwoordzin even zorgvuldig als de sleutel.`,
        passphrase: 'Wachtwoordzin',
        passphraseHelp: (min: number) => `Ten minste ${formatNumber(min)} tekens.`,
        tooShort: (min: number) =>
          `De wachtwoordzin is te kort: gebruik ten minste ${formatNumber(min)} tekens (een paar losse woorden werken goed).`,
        again: 'Wachtwoordzin herhalen',
        differ: 'De twee wachtwoordzinnen verschillen.',
        button: 'De sleutel versleutelen',
        busy: 'Bezig met versleutelen…',
        download: 'Versleutelde sleutel downloaden (.key)',
        failed: 'De sleutel kon niet worden versleuteld. Probeer het opnieuw.',
      },
    },
  },
};

export default nl;
