/**
 * Dansk (da): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('da');

const da: Messages = {
  app: {
    skipToContent: 'Gå til indholdet',
    navigation: 'Visninger',
    views: {
      shop: 'Bestil et certifikat',
      result: 'Resultat af bestillingen',
      generate: 'Opret nøgle og CSR',
    },
    loading: 'Indlæser…',
    loadFailed: 'Denne side kunne ikke indlæses. Genindlæs siden for at prøve igen.',
    insecure:
      'Denne side blev åbnet over ukrypteret http, så din browser lader den ikke lave nøgler eller kontrollere certifikater. Åbn den med https:// for at bruge det hele.',
    privacy:
      'Kører helt i din browser. Intet af det, du skriver, ingen nøgle og ingen adgangskode forlader denne side, undtagen en bestilling, som du selv vælger at sende til Sectigo.',
  },
  common: {
    language: 'Sprog',
    continue: 'Fortsæt',
    back: 'Tilbage',
    required: 'skal udfyldes',
    technicalDetails: 'Tekniske detaljer (til support)',
    technicalDetailsHelp:
      'Det, siden sender eller har modtaget, med de navne, Sectigos grænseflade bruger. Du har kun brug for det, hvis support beder om det.',
    tooLong: (label: string, max: number) => `${label}: brug højst ${formatNumber(max)} tegn.`,
    atMost: (max: number) => `Højst ${formatNumber(max)} tegn.`,
    invalid: (label: string) =>
      `${label}: denne værdi accepteres ikke. Kontrollér den, og prøv igen.`,
    invalidCharacters: (label: string) =>
      `${label}: fjern de usynlige eller ødelagte tegn (indsæt teksten som ren tekst).`,
    chooseOption: '— vælg —',
    support: {
      title: 'Brug for hjælp?',
      email: 'E-mail',
      phone: 'Telefon',
      pages: 'Hjælpesider',
    },
    keyLoss: {
      confirm:
        'Din private nøgle er ikke gemt endnu. Hvis du fortsætter, er den tabt for altid, og et certifikat, der er bestilt med den, kan ikke bruges. Vil du fortsætte alligevel?',
    },
    chooseFile: 'Vælg en fil…',
    files: {
      dropHere: 'eller træk en fil hertil',
      clear: 'Ryd',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} fylder ${formatNumber(mebibytes)} MiB; filer over ${formatNumber(max)} MiB læses ikke.`,
    },
    copy: {
      button: 'Kopiér',
      copied: 'Kopieret',
      failed: 'Kopiering mislykkedes',
      label: (what: string) => `Kopiér ${what}`,
      done: (what: string) => `${what} kopieret`,
      couldNot: 'Kunne ikke kopiere',
    },
    download: (filename: string) => `Hent ${filename}`,
  },
  params: {
    foreName: {
      label: 'Fornavn',
      help: 'Som det skal stå i dit certifikat.',
      required: 'Angiv dit fornavn (eller dit efternavn).',
    },
    surName: {
      label: 'Efternavn',
      required: 'Angiv dit efternavn (eller dit fornavn).',
    },
    emailAddress: {
      label: 'Din e-mailadresse',
      help: 'Certifikatet udstedes til denne postkasse. Sectigo sender et bekræftelseslink til den.',
      required: 'Angiv din e-mailadresse.',
      invalid: 'Angiv din e-mailadresse i formen navn@eksempel.dk.',
    },
    telephoneNumber: {
      label: 'Telefonnummer',
      help: 'Valgfrit. Bruges kun, hvis Sectigo skal have fat i dig om denne bestilling.',
      required: 'Angiv dit telefonnummer.',
    },
    organizationName: {
      label: 'Organisationens navn',
      help: 'Det registrerede juridiske navn, præcis som i det officielle register.',
      required: 'Angiv din organisations registrerede navn.',
    },
    streetAddress1: {
      label: 'Adresse',
      help: 'Organisationens registrerede adresse.',
      required: 'Angiv din organisations adresse (vej og nummer).',
    },
    streetAddress2: {
      label: 'Adresselinje 2',
      help: 'Valgfrit.',
      required: 'Angiv den anden adresselinje.',
    },
    localityName: {
      label: 'By',
      help: 'Angiv byen eller regionen (mindst én af dem).',
      required: 'Angiv byen (eller regionen).',
    },
    stateOrProvinceName: {
      label: 'Region',
      required: 'Angiv regionen (eller byen).',
    },
    postalCode: {
      label: 'Postnummer',
      required: 'Angiv postnummeret.',
    },
    countryName: {
      label: 'Land',
      required: 'Vælg det land, din organisation hører til i.',
      invalid: 'Vælg landet på listen.',
    },
    organizationIdentifier: {
      label: 'Organisations-id',
      help: 'Det nummer, din organisation er registreret under (for eksempel CVR-nummer eller momsnummer).',
      required: 'Angiv din organisations registreringsnummer.',
    },
    loginName: {
      label: 'Kontonavn',
      help: 'Navnet på din Sectigo-konto (der skelnes mellem store og små bogstaver). Du skal bruge det senere for at hente certifikatet.',
      required: 'Angiv dit kontonavn.',
    },
    loginPassword: {
      label: 'Adgangskode til kontoen',
      help: 'Der skelnes mellem store og små bogstaver. Sendes kun til Sectigo; denne side gemmer den aldrig.',
      required: 'Angiv adgangskoden til din konto.',
    },
    orderNumber: {
      label: 'Ordrenummer',
      help: 'Det nummer, der blev vist, da du afgav bestillingen (kun cifre).',
      required: 'Angiv dit ordrenummer, eller brug en afhentningskode i stedet.',
      invalid: 'Et ordrenummer består kun af cifre, f.eks. 8151164.',
    },
    collectionCode: {
      label: 'Afhentningskode',
      help: 'Hvis du har fået en afhentningskode, kan du bruge den alene, uden kontonavn og adgangskode.',
      required: 'Angiv din afhentningskode.',
    },
  },
  shop: {
    defaultTitle: 'Bestil et e-mailcertifikat',
    needsConfig:
      'Denne side skal have en config.json fra forhandleren for at kunne tage imod bestillinger.',
    steps: {
      label: 'Trin',
      product: 'Certifikat',
      details: 'Dine oplysninger',
      key: 'Din nøgle',
      review: 'Gennemse og bestil',
    },
    start: {
      collectLink: 'Hent et certifikat, du har bestilt',
      collectHint:
        'Har du allerede bestilt? Hent dit certifikat, og lav filen til dit mailprogram.',
    },
    product: {
      legend: 'Vælg dit certifikat',
      groupLabel: 'Certifikat',
      names: {
        mailbox: 'E-mailcertifikat',
        organization: 'E-mailcertifikat med din organisations navn',
      },
      blurbs: {
        mailbox:
          'Signerer og krypterer din e-mail. Sectigo kontrollerer, at postkassen er din, ved at sende et link til den.',
        organization:
          'Signerer og krypterer e-mail og viser din organisations navn. Sectigo kontrollerer også din organisation, så dens registrerede navn og adresse skal bruges.',
      },
      years: (years: number) => plural(years, { one: '# år', other: '# år' }),
      price: (price: string) => `Pris: ${price}`,
      choose: 'Vælg et certifikat for at fortsætte.',
    },
    details: {
      aboutYou: 'Om dig',
      organization: 'Din organisation',
      account: 'Din Sectigo-konto',
      accountHelp:
        'Sectigo opbevarer dit certifikat på en konto. Du skal bruge kontoens navn og adgangskode senere for at hente certifikatet.',
      newAccount: 'Jeg er ny: opret min konto med dette navn og denne adgangskode',
      existingAccount: 'Jeg har allerede en konto',
      confirmPassword: 'Adgangskode igen',
      confirmPasswordHelp: 'Skriv den samme adgangskode én gang til.',
      passwordsDiffer: 'De to adgangskoder er forskellige. Skriv den samme adgangskode to gange.',
      retypePassword:
        'Af hensyn til din sikkerhed har siden glemt din adgangskode, efter at den blev sendt. Angiv den igen.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'Én ting nedenfor kræver din opmærksomhed.',
          other: '# ting nedenfor kræver din opmærksomhed.',
        }),
    },
    key: {
      legend: 'Din private nøgle',
      intro: (email: string) =>
        `Dit certifikat skal have et nøglepar. Det laves nu, i denne browser, til ${email}. Kun den offentlige halvdel sendes til Sectigo; den private nøgle bliver hos dig.`,
      saveFirst:
        'Gem den, før du bestiller: du skal bruge den for at installere certifikatet, og ingen kan gendanne den.',
      make: 'Lav min nøgle',
      making: 'Din nøgle laves…',
      ready: 'Din nøgle er klar.',
      download: 'Download min private nøgle (.key)',
      confirmSaved: 'Jeg har gemt min private nøgle',
      mustSave:
        'Download din private nøgle (eller bekræft, at du har gemt den), før du fortsætter.',
      makeFirst: 'Lav din nøgle først.',
      failed: 'Din nøgle kunne ikke laves i denne browser. Genindlæs siden, og prøv igen.',
      keptFromBefore:
        'Du bruger den samme nøgle som før. Din gemte nøglefil hører stadig til denne bestilling.',
      makeNew: 'Lav en ny nøgle i stedet',
      makeNewHelp:
        'Kun hvis du har mistet nøglefilen. Den gamle fil virker ikke med den nye bestilling.',
    },
    review: {
      title: 'Gennemse din bestilling',
      intro: 'Kontrollér din bestilling. Din private nøgle sendes ikke: den bliver hos dig.',
      certificate: 'Certifikat',
      validity: 'Gyldighed',
      price: 'Pris',
      mailbox: 'Postkasse',
      name: 'Navn',
      organization: 'Organisation',
      address: 'Adresse',
      identifier: 'Organisations-id',
      account: 'Sectigo-konto',
      accountNew: (name: string) => `${name} (ny konto)`,
      accountExisting: (name: string) => `${name} (eksisterende konto)`,
      whatHappens: 'Når du trykker på »Afgiv bestilling«',
      happens: [
        'Sectigos sikre side åbner i en ny fane med din bestilling. Denne fane forbliver åben, så intet af det, du har skrevet, går tabt, hvis noget går galt.',
        'Sectigo sender et bekræftelseslink til din postkasse.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} godkender bestillingen, før Sectigo udsteder certifikatet.`,
      placeOrder: 'Afgiv bestilling',
      fixFirst: 'Ret dette, før du bestiller:',
      edit: 'Ret',
      sentParams: 'Det, der sendes til Sectigo',
      csrSummary: (characters: number) =>
        `certifikatanmodning med din offentlige nøgle (${formatNumber(characters)} tegn)`,
      passwordHidden: '(skjult)',
    },
    waiting: {
      title: 'Din bestilling er hos Sectigo',
      body: 'Sectigos side er åbnet i en ny fane. Når Sectigo har svaret, vises resultatet i den fane og her.',
      noTab:
        'Ingen ny fane? Din browser har måske blokeret den: tillad pop op-vinduer for denne side, og tryk så på »Afgiv bestilling« igen.',
      again: 'Afgiv bestilling igen',
    },
    error: {
      title: 'Din bestilling blev ikke afgivet',
      whatToDo: 'Det kan du gøre',
      tryAgain: 'Prøv igen',
      tryAgainHelp:
        'Alt, hvad du har skrevet, er her stadig, og det er din nøgle også. Af hensyn til din sikkerhed skal du angive din adgangskode igen.',
      contactSupport: 'Hvis det sker igen, så kontakt os:',
    },
    success: {
      title: 'Tak: din bestilling er afgivet',
      orderNumber: 'Dit ordrenummer',
      keepIt: 'Gem dette nummer: du skal bruge det for at hente dit certifikat.',
      next: 'Hvad der sker nu',
      steps: {
        verify: (email: string) =>
          `Sectigo sender en e-mail til ${email}. Åbn den, og følg linket for at bekræfte, at postkassen er din.`,
        organization:
          'Sectigo kontrollerer din organisations navn og adresse. Det kan tage nogle hverdage.',
        approve: (brand: string) => `${brand} godkender din bestilling.`,
        issued:
          'Når certifikatet er klar, sender Sectigo dig en e-mail. Kom så tilbage til denne side, og hent det.',
      },
      collectNow: 'Hent mit certifikat',
      keepKey:
        'Behold den fil med din private nøgle, som du har gemt: du skal bruge den for at installere certifikatet.',
    },
    resultTab: {
      otherTab:
        'Din bestillingsside er stadig åben i den fane, du kom fra: resultatet er sendt videre dertil, og alt, hvad du har skrevet, er der.',
      close: 'Luk denne fane',
    },
  },
  result: {
    title: 'Resultat af bestillingen',
    noResult:
      'Denne side viser resultatet af en bestilling, når du kommer tilbage fra Sectigo. Adressen indeholder ikke noget resultat nu.',
    decodeHint: 'Vil du læse et andet svar fra Sectigo, så indsæt det under',
    decodeLink: 'Afkod svar',
    placed: 'Bestillingen er afgivet',
    notPlaced: 'Bestillingen blev ikke afgivet',
    unreadable: 'Dette resultat kunne ikke læses',
    unreadableBody:
      'Linket, der åbnede denne side, indeholder ikke noget resultat, som siden genkender. Hvis du lige har afgivet en bestilling, så tjek din e-mail, eller kontakt sælgeren.',
    orderNumber: 'Ordrenummer',
    orderNumberCopy: 'ordrenummer',
    oddOrderNumber:
      'Linket indeholder et ordrenummer i en uventet form (et ordrenummer består kun af cifre), så det vises ikke som ordrenummer.',
    unknownCode:
      'Linket angiver en fejlkode, som denne side ikke kender. Bestillingen blev sandsynligvis ikke afgivet.',
    meaning: 'Hvad denne kode betyder',
    linkText: 'Tekst fra linket, ikke kontrolleret',
    fieldUnknown: 'Linket nævner et felt, som denne side ikke kender.',
    field: (label: string) => `Det pågældende felt: ${label}.`,
    cleared:
      'Resultatet er fjernet fra adresselinjen, så det ikke gentages, hvis du genindlæser eller deler siden. Det bliver her, indtil du lukker siden.',
    everything: 'Alt i linket',
    detailsFailed:
      'De tekniske detaljer kunne ikke indlæses. Luk dem, og åbn dem igen for at prøve igen.',
    toOrderingPage: 'Gå til bestillingssiden',
    openInDecode: 'Åbn i visningen »Afkod svar«',
    codes: {
      '-1': 'Bestillingen nåede ikke frem til Sectigo via en sikker forbindelse.',
      '-2': 'Bestillingen indeholdt noget, som Sectigo ikke accepterer.',
      '-3': 'Der manglede oplysninger i bestillingen, som Sectigo skal bruge.',
      '-4': 'Nogle oplysninger i bestillingen blev ikke accepteret.',
      '-13': 'Din nøgle har en størrelse, som Sectigo ikke accepterer.',
      '-14': 'Sectigo havde et uventet problem med bestillingen.',
      '-16':
        'Sectigo kunne ikke logge dig ind: kontonavnet eller adgangskoden er forkert, eller kontoen er spærret, eller dens adgangskode er udløbet.',
      '-38': 'Kontoen mangler oplysninger, som Sectigo først skal kontrollere.',
      '-39': 'Bestillingen indeholdt ikke noget certifikat.',
      '-44': 'Sectigo accepterede ikke din nøgle.',
      '-62': 'Organisationens navn mangler.',
      '-65': 'Dette certifikat kan ikke bestilles via denne konto i øjeblikket.',
      '-70': 'E-mailadressen blev ikke accepteret.',
      '-83': 'Bestillingen indeholdt en oplysning, der ikke gælder for den.',
      '-91': 'Denne konto har ikke tilladelse til at afgive denne bestilling.',
      '-97': 'Sessionen er udløbet.',
    },
    advice: {
      '-3': 'Prøv igen, og kontrollér, at alle felter er udfyldt.',
      '-4': 'Prøv igen, og kontrollér det, du har skrevet.',
      '-13': 'Prøv igen, og lav en ny nøgle.',
      '-14': 'Vent et par minutter, og prøv igen.',
      '-16':
        'Kontrollér dit kontonavn og din adgangskode, og prøv igen. Hvis du er ny, så vælg »Jeg er ny«; hvis din konto er spærret, så kontakt os.',
      '-44': 'Prøv igen, og lav en ny nøgle.',
      '-62': 'Prøv igen, og angiv din organisations navn.',
      '-70': 'Kontrollér din e-mailadresse, og prøv igen.',
      '-97': 'Prøv igen.',
    },
    adviceDefault: 'Kontrollér det, du har skrevet, og prøv igen.',
  },
  collect: {
    title: 'Hent dit certifikat',
    intro:
      'Når Sectigo har udstedt dit certifikat, henter du det her og laver det om til en fil, som dit mailprogram kan importere, sammen med den private nøgle, du har gemt.',
    steps: {
      ask: 'Spørg Sectigo',
      answer: 'Hent svaret tilbage',
      key: 'Din nøgle',
      file: 'Din certifikatfil',
      install: 'Installér',
    },
    ask: {
      legend: 'Hvordan vil du hente det?',
      withAccount: 'Med mit ordrenummer og min Sectigo-konto',
      withCode: 'Med en afhentningskode',
      open: 'Bed Sectigo om mit certifikat',
      opened:
        'Sectigos svar er åbnet i en ny fane. Det er en kort tekst: markér det hele, kopiér det, gå tilbage til denne fane, og indsæt det nedenfor. På en telefon: hold fingeren på teksten, og vælg Vælg alt og Kopiér; på en computer: tryk Ctrl+A og derefter Ctrl+C (⌘A og ⌘C på en Mac). Eller gem siden, og vælg filen nedenfor.',
      haveAnswer: 'Jeg har allerede Sectigos svar',
    },
    answer: {
      label: 'Sectigos svar',
      help: 'Indsæt hele teksten, eller vælg den gemte fil. Den begynder med et tal på sin egen linje.',
      choose: 'Vælg den gemte fil…',
      empty: 'Indsæt først Sectigos svar.',
      notAnswer:
        'Det ligner ikke Sectigos svar på en anmodning om afhentning. Indsæt hele teksten fra den fane, Sectigo åbnede.',
      ready: (count: number) =>
        plural(count, {
          one: 'Dit certifikat er her.',
          other: 'Dit certifikat er her, med i alt # certifikater (dit og Sectigos).',
        }),
      pending:
        'Sectigo har modtaget anmodningen, men dit certifikat er ikke klar endnu. Prøv igen senere.',
      available:
        'Dit certifikat er klar, men svaret indeholder det ikke. Spørg igen med knappen på denne side, som beder om selve certifikatet.',
      for: (email: string) => `Udstedt til ${email}`,
      validUntil: (date: string) => `gyldigt til ${date}`,
      codes: {
        '-154':
          'Du har ikke bekræftet din e-mailadresse endnu. Åbn e-mailen fra Sectigo, følg linket i den, og spørg så igen.',
        '-16':
          'Sectigo kunne ikke logge dig ind: kontrollér dit kontonavn og din adgangskode, og spørg igen.',
        '-22': 'Bestillingen venter stadig på betaling eller godkendelse. Spørg igen senere.',
        '-20': 'Sectigo afviste certifikatanmodningen. Kontakt os.',
        '-21': 'Dette certifikat er blevet tilbagekaldt. Kontakt os.',
        '-3': 'Der manglede noget i anmodningen. Kontrollér ordrenummeret (eller afhentningskoden), og spørg igen.',
        '-4': 'Noget i anmodningen blev ikke accepteret. Kontrollér ordrenummeret (eller afhentningskoden), og spørg igen.',
        '-14': 'Sectigo havde et uventet problem. Vent et par minutter, og spørg igen.',
      },
      otherError: (code: string) =>
        `Svaret viser fejl ${code}, som denne side ikke kan forklare. Kontrollér, at du har kopieret hele svaret fra Sectigo, og spørg igen, eller kontakt os og oplys nummeret.`,
    },
    key: {
      legend: 'Den private nøgle, du har gemt',
      fromSession: 'Brug den nøgle, der blev lavet på denne side under dette besøg',
      fromFile: 'Brug min gemte nøglefil',
      label: 'Din fil med den private nøgle',
      help: 'Den .key-fil, du gemte, da du bestilte. Den læses kun på denne side og sendes ingen steder hen.',
      choose: 'Vælg nøglefilen…',
      passphrase: 'Nøglens adgangssætning',
      passphraseHelp: 'Din nøglefil er beskyttet med en adgangssætning: angiv den.',
      check: 'Kontrollér min nøgle',
      matches: 'Din nøgle og dit certifikat hører sammen.',
      mismatch:
        'Denne nøgle hører ikke til dette certifikat. Brug den nøglefil, du gemte, da du afgav denne bestilling.',
      empty: 'Tilføj først din fil med den private nøgle.',
      needsPassphrase: 'Angiv adgangssætningen til din nøglefil.',
      wrongPassphrase: 'Adgangssætningen passer ikke til denne nøglefil. Prøv igen.',
      unreadable:
        'Denne fil er ikke en privat nøgle, som denne side kan læse. Vælg den .key-fil, du har gemt.',
    },
    file: {
      legend: 'Beskyt filen med en adgangskode',
      help: 'Dit mailprogram beder om denne adgangskode én gang, når du importerer filen.',
      password: 'Ny adgangskode til filen',
      confirm: 'Adgangskode igen',
      differ: 'De to adgangskoder er forskellige.',
      tooShort: (min: number) => `Brug mindst ${formatNumber(min)} tegn.`,
      legacy: 'Lav den til ældre systemer (Windows 7 eller 8.1, ældre macOS)',
      legacyHelp:
        'Bruger ældre, svagere kryptering, som de systemer kræver; lad den være slået fra, medmindre importen mislykkes der.',
      build: 'Lav min certifikatfil',
      building: 'Din fil laves…',
      ready: 'Din certifikatfil er klar.',
      download: (name: string) => `Download ${name}`,
      failed: 'Filen kunne ikke laves. Kontrollér trinnene ovenfor, og prøv igen.',
    },
    install: {
      title: 'Installér den i dit mailprogram',
      intro:
        'Åbn den fil, du har downloadet, i dit mailprogram, og angiv den adgangskode, du valgte.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Dobbeltklik på .p12-filen, og følg guiden til import; angiv din adgangskode, når du bliver bedt om det.',
          'I Outlook: Filer › Indstillinger › Sikkerhedscenter › Indstillinger for Sikkerhedscenter › Mailsikkerhed.',
          'Under »Krypteret mail« skal du vælge »Indstillinger« og vælge dit nye certifikat; tryk på »OK«.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Dobbeltklik på .p12-filen: Nøgleringsadgang åbner. Føj den til din login-nøglering, og angiv din adgangskode.',
          'Afslut Mail, og åbn programmet igen. Når du skriver en besked fra denne adresse, vises knapperne til signering og kryptering.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Indstillinger › Privatliv & sikkerhed › Certifikater › Håndter certifikater › Dine certifikater › Importer; vælg .p12-filen, og angiv din adgangskode.',
          'Kontoindstillinger › End-to-end-kryptering › S/MIME: vælg certifikatet til signering og til kryptering.',
        ],
      },
      iphone: {
        name: 'Mail på iPhone og iPad',
        steps: [
          'Gem .p12-filen i Filer, og tryk på den. Åbn derefter Indstillinger, tryk på “Profil hentet” øverst, vælg Installer, og angiv din enheds kode og derefter din adgangskode.',
          'Indstillinger › Mail › Konti (iOS 18: Indstillinger › Apps › Mail › Mailkonti) › din konto › Konto › Avanceret: slå Signer og Krypter som standard til, og vælg dette certifikat til begge.',
        ],
      },
    },
  },
  generate: {
    title: 'Opret en nøgle og en CSR',
    lead: 'Din browser laver selv nøgleparret, på denne side. Den private nøgle sendes aldrig nogen steder hen: gem den, før du bestiller, for den kan ikke gendannes.',
    mode: {
      legend: 'Nøgle',
      new: 'Opret en ny nøgle',
      existing: 'Brug min eksisterende nøgle (en fornyelse, der beholder nøglen)',
    },
    presets: {
      legend: 'Type certifikat',
      dv: {
        label: 'Websted, domænevalideret (DV)',
        description:
          'Viser kun, at du kontrollerer domænenavnene. Anmodningen skal kun bruge navnene.',
      },
      'ov-ev': {
        label: 'Websted, organisationsvalideret eller udvidet (OV/EV)',
        description:
          'Angiver din organisation i certifikatet. Angiv dens juridiske navn og adresse, som de er registreret.',
      },
      'smime-mailbox': {
        label: 'E-mail (S/MIME), postkassevalideret',
        description:
          'Signerer og krypterer e-mail for én adresse. Anmodningen skal kun bruge adressen.',
      },
      'smime-organization': {
        label: 'E-mail (S/MIME), organisationsvalideret',
        description:
          'Et e-mailcertifikat, der også angiver din organisation: dens fulde navn og adresse er påkrævet.',
      },
    },
    names: {
      legend: 'Navne i certifikatet',
      emailLabel: 'E-mailadresse',
      emailHelp: 'Den postkasse, certifikatet er til.',
      domainsLabel: 'Domænenavne',
      domainsHelp:
        'Ét pr. linje (eller adskilt med kommaer). Det første er certifikatets hovednavn. Skriv *.example.com for et wildcard.',
      domain: (position: number) => `Domænenavn ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP-adresse ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organisation',
      fields: {
        countryName: 'Land',
        stateOrProvinceName: 'Region eller delstat',
        localityName: 'By',
        streetAddress: 'Adresse',
        postalCode: 'Postnummer',
        postOfficeBox: 'Postboks',
        organizationName: 'Organisation',
        organizationalUnitName: 'Organisationsenhed (afdeling)',
        commonName: 'Hovednavn',
        emailAddress: 'E-mailadresse',
      },
      streetLine: (line: number) => `Adresselinje ${formatNumber(line)}`,
      perLine: (max: number) => `Højst ${formatNumber(max)} tegn pr. linje.`,
      countryHelp: 'Hvor organisationen er registreret.',
      countryNone: '— intet —',
    },
    algorithms: {
      legend: 'Nøglealgoritme',
      recommended: 'anbefalet',
      notes: {
        'RSA-2048':
          'Virker med alle servere og mailprogrammer. Det sikre valg til e-mailcertifikater.',
        'RSA-3072': 'Stærkere RSA; lidt langsommere at lave og bruge. Bredt understøttet.',
        'RSA-4096':
          'Stærk RSA; tager nogle sekunder at lave, og forbindelser starter lidt langsommere.',
        'RSA-8192':
          'Den største størrelse, Sectigo accepterer. Kan tage et minut at lave; sjældent umagen værd.',
        'P-256': 'Moderne, lille og hurtig; lige så stærk som RSA 3072. Anbefalet til websteder.',
        'P-384': 'Stærkere elliptisk kurve; lidt langsommere. Bredt understøttet.',
        'P-521':
          'Den stærkeste kurve, Sectigo accepterer; noget ældre software kan ikke bruge den.',
      },
    },
    existing: {
      legend: 'Din eksisterende private nøgle',
      help: 'Indsæt filen med den private nøgle, du bruger nu, eller træk den hertil (PEM; en nøgle beskyttet med adgangssætning virker også). Den bliver kun i sidens hukommelse.',
      choose: 'Vælg nøglefilen…',
      passphrase: 'Adgangssætning (kun til en beskyttet nøgle)',
      problems: {
        empty: 'Indsæt din private nøgle, eller træk dens fil hertil.',
        needsPassphrase: 'Nøglen er beskyttet med en adgangssætning: indtast den.',
        wrongPassphrase: 'Adgangssætningen åbner ikke nøglen. Prøv igen.',
        unsupported: 'Denne type nøgle kan ikke bruges her. Opret en ny nøgle i stedet.',
        unreadable:
          'Dette er ikke en privat nøgle, siden kan læse. Kontrollér, at du har indsat hele nøglefilen.',
      },
      ownKey: (algorithm: string) => `${algorithm} (din nøgle)`,
    },
    actions: {
      generate: 'Opret nøgle og CSR',
      makeCsr: 'Opret CSR',
      cancel: 'Annullér',
    },
    progress: {
      making: (algorithm: string) => `Opretter en ${algorithm}-nøgle og CSR`,
      reading: 'Læser nøglen og opretter CSR',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Nogle felter kræver opmærksomhed: se beskederne ved siden af dem.',
      cancelled: 'Annulleret: ingen nøgle blev gemt.',
      failed:
        'CSR kunne ikke oprettes. Prøv igen; hvis det mislykkes igen, så vælg en anden nøglealgoritme.',
      keyLoss:
        'Den private nøgle, der blev lavet før, er ikke gemt. En ny CSR erstatter den, og den kan ikke gendannes. Fortsæt alligevel?',
    },
    problems: {
      domainsRequired: 'Angiv mindst ét domænenavn.',
      emailRequired: 'Indtast e-mailadressen.',
      oneEmail: 'Angiv én e-mailadresse pr. certifikat.',
      required: (field: string) => `${field} er påkrævet for denne type certifikat.`,
      oneOf: (fields: string) => `Udfyld mindst ét: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'højst # linje', other: 'højst # linjer' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} er for lang: højst ${formatNumber(max)} tegn (her er der ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} indeholder et linjeskift, en tabulator eller et andet usynligt tegn: fjern det.`,
        countryCode: (field: string) => `${field}: vælg et land på listen.`,
        printableOnly: (field: string) =>
          `${field} må kun indeholde bogstaverne A–Z, cifre, mellemrum og ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} må kun indeholde bogstaverne A–Z uden accenter, cifre og tegnsætning.`,
      },
      names: {
        empty: (field: string) => `${field} er tomt.`,
        invalid: (field: string, value: string) =>
          `${field} »${value}« er ikke et gyldigt domænenavn.`,
        tooLong: (field: string, value: string) =>
          `${field} »${value}« er for langt til et domænenavn.`,
        singleLabel: (field: string, value: string) =>
          `${field} »${value}« skal have mindst to dele, fx example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} har en ugyldig del »${label}« (i »${value}«): kun bogstaver, cifre og bindestreger, højst 63 tegn pr. del og ingen bindestreg først eller sidst.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} »${value}«: et wildcard (*) må kun være hele den første del, som i *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} »${value}«: et wildcard skal have et registreret domæne under sig, som i *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} »${value}« er et internt navn (ender på ${suffix}): offentlige certifikater udstedes kun til registrerede domænenavne.`,
        notIp: (field: string, value: string) =>
          `${field} »${value}« er ikke en IP-adresse (IPv4 eller IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} er en privat eller reserveret adresse: et offentligt certifikat kan ikke indeholde den.`,
        notEmail: (field: string, value: string) =>
          `${field} »${value}« er ikke en e-mailadresse som navn@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} »${value}« ender ikke på et gyldigt domænenavn.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `»${value}« ligner en webadresse: kun domænenavnet ${host} kommer med i certifikatet.`,
      punycode: (value: string, ascii: string) => `${value} skrives ${ascii} i certifikatet.`,
      ipAddress: (value: string) =>
        `${value} er en IP-adresse: den kommer med i certifikatet som IP-adresse.`,
    },
    openssl: {
      summary: 'Vil du hellere lave nøglen selv? Det samme med openssl',
      label: 'Kommandoen openssl req',
    },
    result: {
      titleWithKey: 'Din CSR og private nøgle',
      title: 'Din CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, lavet på ${formatSeconds(seconds, 2)} i denne browser.`,
      unsaved:
        'Den private nøgle findes kun på denne side. Hent den (eller kopiér den til et sikkert sted), før du bestiller eller forlader siden: den kan ikke gendannes, og certifikatet er ubrugeligt uden den.',
      saved: 'Nøglen er gemt. Hold den privat; du installerer den sammen med certifikatet.',
      csr: 'Anmodning om certifikatsignering (CSR)',
      downloadCsr: 'Hent CSR (.csr)',
      next: 'Næste skridt: bestil dit certifikat med denne CSR. Når det er udstedt, installerer du det sammen med den private nøgle.',
      inspect: 'Undersøg denne CSR',
      order: 'Brug den i en bestilling',
      keyTitle: 'Privat nøgle',
      downloadKey: 'Hent privat nøgle (.key)',
      showKey: 'Vis privat nøgle',
      hideKey: 'Skjul privat nøgle',
      savedCheck: 'Jeg har gemt den private nøgle',
      keyBlock: 'Privat nøgle (PKCS#8, ukrypteret)',
      encrypt: {
        summary: 'Gem den krypteret med en adgangssætning (anbefalet)',
        help: (rounds: number) =>
          `Nøglen krypteres med AES-256 og en nøgle afledt af adgangssætningen (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} runder). openssl, nginx, Apache og Windows kan læse den. Opbevar adgangssætningen lige så sikkert som nøglen.`,
        passphrase: 'Adgangssætning',
        passphraseHelp: (min: number) => `Mindst ${formatNumber(min)} tegn.`,
        tooShort: (min: number) =>
          `Adgangssætningen er for kort: brug mindst ${formatNumber(min)} tegn (nogle få ord uden sammenhæng fungerer godt).`,
        again: 'Adgangssætning igen',
        differ: 'De to adgangssætninger er forskellige.',
        button: 'Kryptér nøglen',
        busy: 'Krypterer…',
        download: 'Hent krypteret nøgle (.key)',
        failed: 'Nøglen kunne ikke krypteres. Prøv igen.',
      },
    },
  },
};

export default da;
