/**
 * Svenska (sv): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('sv');

const sv: Messages = {
  app: {
    skipToContent: 'Hoppa till innehållet',
    navigation: 'Vyer',
    views: {
      shop: 'Beställ ett certifikat',
      result: 'Resultat av beställningen',
      generate: 'Skapa nyckel och CSR',
    },
    loading: 'Laddar…',
    loadFailed: 'Den här sidan kunde inte läsas in. Läs in sidan igen för att försöka på nytt.',
    insecure:
      'Sidan öppnades över okrypterad http, så din webbläsare låter den inte skapa nycklar eller kontrollera certifikat. Öppna den med https:// för att kunna använda allt.',
    privacy:
      'Körs helt i din webbläsare. Inget du skriver, ingen nyckel och inget lösenord lämnar den här sidan, utom en beställning som du själv väljer att skicka till Sectigo.',
  },
  common: {
    language: 'Språk',
    continue: 'Fortsätt',
    back: 'Tillbaka',
    required: 'obligatoriskt',
    technicalDetails: 'Tekniska detaljer (för support)',
    technicalDetailsHelp:
      'Det som sidan skickar eller har tagit emot, med de namn som Sectigos gränssnitt använder. Du behöver det bara om supporten ber om det.',
    tooLong: (label: string, max: number) => `${label}: använd högst ${formatNumber(max)} tecken.`,
    atMost: (max: number) => `Högst ${formatNumber(max)} tecken.`,
    invalid: (label: string) =>
      `${label}: det här värdet godtas inte. Kontrollera det och försök igen.`,
    invalidCharacters: (label: string) =>
      `${label}: ta bort de osynliga eller trasiga tecknen (klistra in texten som oformaterad text).`,
    chooseOption: '— välj —',
    support: {
      title: 'Behöver du hjälp?',
      email: 'E-post',
      phone: 'Telefon',
      pages: 'Hjälpsidor',
    },
    keyLoss: {
      confirm:
        'Din privata nyckel har inte sparats än. Om du fortsätter går den förlorad för alltid, och ett certifikat som beställts med den kan inte användas. Vill du fortsätta ändå?',
    },
    chooseFile: 'Välj en fil…',
    files: {
      dropHere: 'eller släpp en fil här',
      clear: 'Rensa',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} är ${formatNumber(mebibytes)} MiB; filer över ${formatNumber(max)} MiB läses inte.`,
    },
    copy: {
      button: 'Kopiera',
      copied: 'Kopierat',
      failed: 'Kopieringen misslyckades',
      label: (what: string) => `Kopiera ${what}`,
      done: (what: string) => `${what} kopierat`,
      couldNot: 'Kunde inte kopiera',
    },
    download: (filename: string) => `Ladda ner ${filename}`,
  },
  params: {
    foreName: {
      label: 'Förnamn',
      help: 'Så som det ska stå i ditt certifikat.',
      required: 'Ange ditt förnamn (eller ditt efternamn).',
    },
    surName: {
      label: 'Efternamn',
      required: 'Ange ditt efternamn (eller ditt förnamn).',
    },
    emailAddress: {
      label: 'Din e-postadress',
      help: 'Certifikatet utfärdas för den här brevlådan. Sectigo skickar en verifieringslänk till den.',
      required: 'Ange din e-postadress.',
      invalid: 'Ange din e-postadress i formen namn@exempel.se.',
    },
    telephoneNumber: {
      label: 'Telefonnummer',
      help: 'Valfritt. Används bara om Sectigo behöver nå dig om den här beställningen.',
      required: 'Ange ditt telefonnummer.',
    },
    organizationName: {
      label: 'Organisationens namn',
      help: 'Det registrerade juridiska namnet, exakt som i det officiella registret.',
      required: 'Ange din organisations registrerade namn.',
    },
    streetAddress1: {
      label: 'Gatuadress',
      help: 'Organisationens registrerade adress.',
      required: 'Ange din organisations gatuadress.',
    },
    streetAddress2: {
      label: 'Adressrad 2',
      help: 'Valfritt.',
      required: 'Ange den andra adressraden.',
    },
    localityName: {
      label: 'Ort',
      help: 'Ange orten, eller länet eller regionen (minst ett av dem).',
      required: 'Ange orten (eller länet eller regionen).',
    },
    stateOrProvinceName: {
      label: 'Län eller region',
      required: 'Ange länet eller regionen (eller orten).',
    },
    postalCode: {
      label: 'Postnummer',
      required: 'Ange postnumret.',
    },
    countryName: {
      label: 'Land',
      required: 'Välj det land där din organisation finns.',
      invalid: 'Välj landet i listan.',
    },
    organizationIdentifier: {
      label: 'Organisationsidentitet',
      help: 'Numret som din organisation är registrerad under (till exempel organisationsnummer eller momsregistreringsnummer).',
      required: 'Ange din organisations registreringsnummer.',
    },
    loginName: {
      label: 'Kontonamn',
      help: 'Namnet på ditt Sectigo-konto (skiftlägeskänsligt). Du behöver det senare för att hämta certifikatet.',
      required: 'Ange ditt kontonamn.',
    },
    loginPassword: {
      label: 'Lösenord till kontot',
      help: 'Skiftlägeskänsligt. Skickas bara till Sectigo; den här sidan sparar det aldrig.',
      required: 'Ange lösenordet till ditt konto.',
    },
    orderNumber: {
      label: 'Ordernummer',
      help: 'Numret som visades när du lade beställningen (bara siffror).',
      required: 'Ange ditt ordernummer, eller använd en hämtningskod i stället.',
      invalid: 'Ett ordernummer består bara av siffror, till exempel 8151164.',
    },
    collectionCode: {
      label: 'Hämtningskod',
      help: 'Om du har fått en hämtningskod kan du använda den ensam, utan kontonamn och lösenord.',
      required: 'Ange din hämtningskod.',
    },
  },
  shop: {
    defaultTitle: 'Beställ ett e-postcertifikat',
    needsConfig:
      'Den här sidan behöver en config.json från återförsäljaren för att kunna ta emot beställningar.',
    steps: {
      label: 'Steg',
      product: 'Certifikat',
      details: 'Dina uppgifter',
      key: 'Din nyckel',
      review: 'Granska och beställ',
    },
    start: {
      collectLink: 'Hämta ett certifikat du har beställt',
      collectHint:
        'Har du redan beställt? Hämta ditt certifikat och skapa filen för ditt e-postprogram.',
    },
    product: {
      legend: 'Välj ditt certifikat',
      groupLabel: 'Certifikat',
      names: {
        mailbox: 'E-postcertifikat',
        organization: 'E-postcertifikat med din organisations namn',
      },
      blurbs: {
        mailbox:
          'Signerar och krypterar din e-post. Sectigo kontrollerar att brevlådan är din genom att skicka en länk till den.',
        organization:
          'Signerar och krypterar e-post och visar din organisations namn. Sectigo kontrollerar även din organisation, så dess registrerade namn och adress behövs.',
      },
      years: (years: number) => plural(years, { one: '# år', other: '# år' }),
      price: (price: string) => `Pris: ${price}`,
      choose: 'Välj ett certifikat för att fortsätta.',
    },
    details: {
      aboutYou: 'Om dig',
      organization: 'Din organisation',
      account: 'Ditt Sectigo-konto',
      accountHelp:
        'Sectigo förvarar ditt certifikat i ett konto. Du behöver kontots namn och lösenord senare för att hämta certifikatet.',
      newAccount: 'Jag är ny: skapa mitt konto med det här namnet och lösenordet',
      existingAccount: 'Jag har redan ett konto',
      confirmPassword: 'Lösenordet igen',
      confirmPasswordHelp: 'Skriv samma lösenord en gång till.',
      passwordsDiffer: 'De två lösenorden är olika. Skriv samma lösenord två gånger.',
      retypePassword:
        'För din säkerhet har den här sidan glömt ditt lösenord efter att det skickades. Ange det igen.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'En sak nedan behöver din uppmärksamhet.',
          other: '# saker nedan behöver din uppmärksamhet.',
        }),
    },
    key: {
      legend: 'Din privata nyckel',
      intro: (email: string) =>
        `Ditt certifikat behöver ett nyckelpar. Det skapas nu, i den här webbläsaren, för ${email}. Bara den offentliga halvan skickas till Sectigo; den privata nyckeln stannar hos dig.`,
      saveFirst:
        'Spara den innan du beställer: du behöver den för att installera certifikatet, och ingen kan återställa den.',
      make: 'Skapa min nyckel',
      making: 'Din nyckel skapas…',
      ready: 'Din nyckel är klar.',
      download: 'Ladda ned min privata nyckel (.key)',
      confirmSaved: 'Jag har sparat min privata nyckel',
      mustSave:
        'Ladda ned din privata nyckel (eller bekräfta att du har sparat den) innan du fortsätter.',
      makeFirst: 'Skapa din nyckel först.',
      failed:
        'Din nyckel kunde inte skapas i den här webbläsaren. Läs in sidan igen och försök på nytt.',
      keptFromBefore:
        'Du använder samma nyckel som tidigare. Din sparade nyckelfil hör fortfarande till den här beställningen.',
      makeNew: 'Skapa en ny nyckel i stället',
      makeNewHelp:
        'Bara om du har tappat bort nyckelfilen. Den gamla filen fungerar inte med den nya beställningen.',
    },
    review: {
      title: 'Granska din beställning',
      intro: 'Kontrollera din beställning. Din privata nyckel skickas inte: den stannar hos dig.',
      certificate: 'Certifikat',
      validity: 'Giltighetstid',
      price: 'Pris',
      mailbox: 'Brevlåda',
      name: 'Namn',
      organization: 'Organisation',
      address: 'Adress',
      identifier: 'Organisationsidentitet',
      account: 'Sectigo-konto',
      accountNew: (name: string) => `${name} (nytt konto)`,
      accountExisting: (name: string) => `${name} (befintligt konto)`,
      whatHappens: 'När du trycker på ”Lägg beställning”',
      happens: [
        'Sectigos säkra sida öppnas i en ny flik med din beställning. Den här fliken förblir öppen, så inget av det du har skrivit går förlorat om något går fel.',
        'Sectigo skickar en verifieringslänk till din brevlåda.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} godkänner beställningen innan Sectigo utfärdar certifikatet.`,
      placeOrder: 'Lägg beställning',
      fixFirst: 'Rätta detta innan du beställer:',
      edit: 'Ändra',
      sentParams: 'Det som skickas till Sectigo',
      csrSummary: (characters: number) =>
        `certifikatbegäran med din offentliga nyckel (${formatNumber(characters)} tecken)`,
      passwordHidden: '(dolt)',
    },
    waiting: {
      title: 'Din beställning ligger hos Sectigo',
      body: 'Sectigos sida har öppnats i en ny flik. När Sectigo har svarat visas resultatet i den fliken och här.',
      noTab:
        'Ingen ny flik? Din webbläsare kan ha blockerat den: tillåt popup-fönster för den här sidan och tryck sedan på ”Lägg beställning” igen.',
      again: 'Lägg beställningen igen',
    },
    error: {
      title: 'Din beställning lades inte',
      whatToDo: 'Det här kan du göra',
      tryAgain: 'Försök igen',
      tryAgainHelp:
        'Allt du har skrivit finns kvar, och din nyckel också. För din säkerhet måste du ange ditt lösenord igen.',
      contactSupport: 'Om det händer igen, kontakta oss:',
    },
    success: {
      title: 'Tack: din beställning har lagts',
      orderNumber: 'Ditt ordernummer',
      keepIt: 'Spara det här numret: du behöver det för att hämta ditt certifikat.',
      next: 'Vad som händer nu',
      steps: {
        verify: (email: string) =>
          `Sectigo skickar ett e-postmeddelande till ${email}. Öppna det och följ länken för att bekräfta att brevlådan är din.`,
        organization:
          'Sectigo kontrollerar din organisations namn och adress. Det kan ta några arbetsdagar.',
        approve: (brand: string) => `${brand} godkänner din beställning.`,
        issued:
          'När certifikatet är klart skickar Sectigo ett e-postmeddelande till dig. Kom då tillbaka till den här sidan och hämta det.',
      },
      collectNow: 'Hämta mitt certifikat',
      keepKey:
        'Behåll filen med den privata nyckel som du sparade: du behöver den för att installera certifikatet.',
    },
    resultTab: {
      otherTab:
        'Din beställningssida är fortfarande öppen i fliken du kom från: resultatet har skickats dit, och allt du har skrivit finns där.',
      close: 'Stäng den här fliken',
    },
  },
  result: {
    title: 'Resultat av beställningen',
    noResult:
      'Den här sidan visar resultatet av en beställning när du kommer tillbaka från Sectigo. Adressen innehåller inget resultat just nu.',
    decodeHint: 'Om du vill läsa ett annat svar från Sectigo klistrar du in det under',
    decodeLink: 'Avkoda svar',
    placed: 'Beställningen har lagts',
    notPlaced: 'Beställningen lades inte',
    unreadable: 'Det här resultatet kunde inte läsas',
    unreadableBody:
      'Länken som öppnade den här sidan innehåller inget resultat som sidan känner igen. Om du nyss har lagt en beställning, kontrollera din e-post eller kontakta säljaren.',
    orderNumber: 'Ordernummer',
    orderNumberCopy: 'ordernummer',
    oddOrderNumber:
      'Länken innehåller ett ordernummer i en oväntad form (ett ordernummer består bara av siffror), så det visas inte som ordernummer.',
    unknownCode:
      'Länken anger en felkod som den här sidan inte känner till. Beställningen lades troligen inte.',
    meaning: 'Vad den här koden betyder',
    linkText: 'Text från länken, inte kontrollerad',
    fieldUnknown: 'Länken nämner ett fält som den här sidan inte känner till.',
    field: (label: string) => `Fältet det gäller: ${label}.`,
    cleared:
      'Resultatet har tagits bort från adressfältet, så att det inte upprepas om du läser in sidan igen eller delar den. Det finns kvar här tills du stänger sidan.',
    everything: 'Allt i länken',
    detailsFailed:
      'De tekniska detaljerna kunde inte läsas in. Stäng dem och öppna dem igen för att försöka på nytt.',
    toOrderingPage: 'Till beställningssidan',
    openInDecode: 'Öppna i vyn ”Avkoda svar”',
    codes: {
      '-1': 'Beställningen nådde inte Sectigo via en säker anslutning.',
      '-2': 'Beställningen innehöll något som Sectigo inte godtar.',
      '-3': 'Det saknades uppgifter i beställningen som Sectigo behöver.',
      '-4': 'Vissa uppgifter i beställningen godtogs inte.',
      '-13': 'Din nyckel har en storlek som Sectigo inte godtar.',
      '-14': 'Sectigo fick ett oväntat problem med beställningen.',
      '-16':
        'Sectigo kunde inte logga in dig: kontonamnet eller lösenordet är fel, eller kontot är spärrat eller dess lösenord har gått ut.',
      '-38': 'Kontot saknar uppgifter som Sectigo först måste kontrollera.',
      '-39': 'Beställningen innehöll inget certifikat.',
      '-44': 'Sectigo godtog inte din nyckel.',
      '-62': 'Organisationens namn saknas.',
      '-65': 'Det här certifikatet kan inte beställas via det här kontot just nu.',
      '-70': 'E-postadressen godtogs inte.',
      '-83': 'Beställningen innehöll en uppgift som inte gäller för den.',
      '-91': 'Det här kontot får inte lägga den här beställningen.',
      '-97': 'Sessionen har gått ut.',
    },
    advice: {
      '-3': 'Försök igen och kontrollera att alla fält är ifyllda.',
      '-4': 'Försök igen och kontrollera det du har skrivit.',
      '-13': 'Försök igen och skapa en ny nyckel.',
      '-14': 'Vänta några minuter och försök igen.',
      '-16':
        'Kontrollera ditt kontonamn och lösenord och försök igen. Om du är ny, välj ”Jag är ny”; om ditt konto är spärrat, kontakta oss.',
      '-44': 'Försök igen och skapa en ny nyckel.',
      '-62': 'Försök igen och ange din organisations namn.',
      '-70': 'Kontrollera din e-postadress och försök igen.',
      '-97': 'Försök igen.',
    },
    adviceDefault: 'Kontrollera det du har skrivit och försök igen.',
  },
  collect: {
    title: 'Hämta ditt certifikat',
    intro:
      'När Sectigo har utfärdat ditt certifikat hämtar du det här och gör om det, tillsammans med den privata nyckel du sparade, till en fil som ditt e-postprogram kan importera.',
    steps: {
      ask: 'Fråga Sectigo',
      answer: 'Hämta tillbaka svaret',
      key: 'Din nyckel',
      file: 'Din certifikatfil',
      install: 'Installera',
    },
    ask: {
      legend: 'Hur vill du hämta det?',
      withAccount: 'Med mitt ordernummer och mitt Sectigo-konto',
      withCode: 'Med en hämtningskod',
      open: 'Be Sectigo om mitt certifikat',
      opened:
        'Sectigos svar har öppnats i en ny flik. Det är en kort text: markera allt, kopiera det, gå tillbaka till den här fliken och klistra in det nedan. På en telefon: håll fingret på texten och välj Markera allt och Kopiera; på en dator: tryck Ctrl+A och sedan Ctrl+C (⌘A och ⌘C på en Mac). Eller spara sidan och välj filen nedan.',
      haveAnswer: 'Jag har redan Sectigos svar',
    },
    answer: {
      label: 'Sectigos svar',
      help: 'Klistra in hela texten, eller välj den sparade filen. Den börjar med ett tal på en egen rad.',
      choose: 'Välj den sparade filen…',
      empty: 'Klistra in Sectigos svar först.',
      notAnswer:
        'Det här ser inte ut som Sectigos svar på en hämtningsbegäran. Klistra in hela texten från fliken som Sectigo öppnade.',
      ready: (count: number) =>
        plural(count, {
          one: 'Ditt certifikat är här.',
          other: 'Ditt certifikat är här, med totalt # certifikat (ditt och Sectigos).',
        }),
      pending:
        'Sectigo har tagit emot begäran, men ditt certifikat är inte klart än. Försök igen senare.',
      available:
        'Ditt certifikat är klart, men svaret innehåller det inte. Fråga igen med knappen på den här sidan, som ber om själva certifikatet.',
      for: (email: string) => `Utfärdat för ${email}`,
      validUntil: (date: string) => `giltigt till ${date}`,
      codes: {
        '-154':
          'Du har inte bekräftat din e-postadress än. Öppna e-postmeddelandet från Sectigo och följ länken i det, och fråga sedan igen.',
        '-16':
          'Sectigo kunde inte logga in dig: kontrollera ditt kontonamn och lösenord och fråga igen.',
        '-22':
          'Beställningen väntar fortfarande på betalning eller godkännande. Fråga igen senare.',
        '-20': 'Sectigo avvisade certifikatbegäran. Kontakta oss.',
        '-21': 'Det här certifikatet har återkallats. Kontakta oss.',
        '-3': 'Något saknades i begäran. Kontrollera ordernumret (eller hämtningskoden) och fråga igen.',
        '-4': 'Något i begäran godtogs inte. Kontrollera ordernumret (eller hämtningskoden) och fråga igen.',
        '-14': 'Sectigo fick ett oväntat problem. Vänta några minuter och fråga igen.',
      },
      otherError: (code: string) =>
        `Svaret anger fel ${code}, som den här sidan inte kan förklara. Kontrollera att du har kopierat hela svaret från Sectigo och fråga igen, eller kontakta oss och uppge numret.`,
    },
    key: {
      legend: 'Den privata nyckel som du sparade',
      fromSession: 'Använd nyckeln som skapades på den här sidan under det här besöket',
      fromFile: 'Använd min sparade nyckelfil',
      label: 'Din fil med den privata nyckeln',
      help: '.key-filen som du sparade när du beställde. Den läses bara på den här sidan och skickas ingenstans.',
      choose: 'Välj nyckelfilen…',
      passphrase: 'Nyckelns lösenfras',
      passphraseHelp: 'Din nyckelfil är skyddad med en lösenfras: ange den.',
      check: 'Kontrollera min nyckel',
      matches: 'Din nyckel och ditt certifikat hör ihop.',
      mismatch:
        'Den här nyckeln hör inte till det här certifikatet. Använd nyckelfilen som du sparade när du lade den här beställningen.',
      empty: 'Lägg till din fil med den privata nyckeln först.',
      needsPassphrase: 'Ange lösenfrasen för din nyckelfil.',
      wrongPassphrase: 'Lösenfrasen stämmer inte för den här nyckelfilen. Försök igen.',
      unreadable:
        'Den här filen är inte en privat nyckel som den här sidan kan läsa. Välj .key-filen som du sparade.',
    },
    file: {
      legend: 'Skydda filen med ett lösenord',
      help: 'Ditt e-postprogram frågar efter det här lösenordet en gång, när du importerar filen.',
      password: 'Nytt lösenord för filen',
      confirm: 'Lösenordet igen',
      differ: 'De två lösenorden är olika.',
      tooShort: (min: number) => `Använd minst ${formatNumber(min)} tecken.`,
      legacy: 'Skapa den för äldre system (Windows 7 eller 8.1, äldre macOS)',
      legacyHelp:
        'Använder äldre, svagare kryptering som de systemen behöver; låt det vara avstängt om inte importen misslyckas där.',
      build: 'Skapa min certifikatfil',
      building: 'Din fil skapas…',
      ready: 'Din certifikatfil är klar.',
      download: (name: string) => `Ladda ned ${name}`,
      failed: 'Filen kunde inte skapas. Kontrollera stegen ovan och försök igen.',
    },
    install: {
      title: 'Installera den i ditt e-postprogram',
      intro: 'Öppna filen du laddade ned i ditt e-postprogram och ange lösenordet du valde.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Dubbelklicka på .p12-filen och följ importguiden; ange ditt lösenord när du blir ombedd.',
          'I Outlook: Arkiv › Alternativ › Säkerhetscenter › Inställningar för Säkerhetscenter › E-postsäkerhet.',
          'Under ”Krypterad e-post” väljer du ”Inställningar” och markerar ditt nya certifikat; tryck på ”OK”.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Dubbelklicka på .p12-filen: Nyckelhanterare öppnas. Lägg till den i din inloggningsnyckelring och ange ditt lösenord.',
          'Avsluta Mail och öppna programmet igen. När du skriver ett meddelande från den här adressen visas knapparna för att signera och kryptera.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Inställningar › Sekretess & säkerhet › Certifikat › Hantera certifikat › Dina certifikat › Importera; välj .p12-filen och ange ditt lösenord.',
          'Kontoinställningar › End-to-end-kryptering › S/MIME: välj certifikatet för signering och för kryptering.',
        ],
      },
      iphone: {
        name: 'Mail på iPhone och iPad',
        steps: [
          'Spara .p12-filen i Filer och tryck på den. Öppna sedan Inställningar, tryck på ”Profil hämtad” högst upp, välj Installera och ange enhetens lösenkod och sedan ditt lösenord.',
          'Inställningar › Mail › Konton (iOS 18: Inställningar › Appar › Mail › E-postkonton) › ditt konto › Konto › Avancerat: slå på Signera och Kryptera som förval, och välj det här certifikatet för båda.',
        ],
      },
    },
  },
  generate: {
    title: 'Skapa en nyckel och en CSR',
    lead: 'Din webbläsare skapar nyckelparet själv, på den här sidan. Den privata nyckeln skickas aldrig någonstans: spara den innan du beställer, eftersom den inte kan återskapas.',
    mode: {
      legend: 'Nyckel',
      new: 'Skapa en ny nyckel',
      existing: 'Använd min befintliga nyckel (en förnyelse som behåller nyckeln)',
    },
    presets: {
      legend: 'Typ av certifikat',
      dv: {
        label: 'Webbplats, domänvaliderat (DV)',
        description: 'Visar bara att du kontrollerar domännamnen. Begäran behöver bara namnen.',
      },
      'ov-ev': {
        label: 'Webbplats, organisationsvaliderat eller utökat (OV/EV)',
        description:
          'Anger din organisation i certifikatet. Ange dess juridiska namn och adress så som de är registrerade.',
      },
      'smime-mailbox': {
        label: 'E-post (S/MIME), brevlådevaliderat',
        description: 'Signerar och krypterar e-post för en adress. Begäran behöver bara adressen.',
      },
      'smime-organization': {
        label: 'E-post (S/MIME), organisationsvaliderat',
        description:
          'Ett e-postcertifikat som också anger din organisation: dess fullständiga namn och adress krävs.',
      },
    },
    names: {
      legend: 'Namn i certifikatet',
      emailLabel: 'E-postadress',
      emailHelp: 'Brevlådan som certifikatet gäller.',
      domainsLabel: 'Domännamn',
      domainsHelp:
        'Ett per rad (eller åtskilda med kommatecken). Det första är certifikatets huvudnamn. Skriv *.example.com för ett jokertecken.',
      domain: (position: number) => `Domännamn ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP-adress ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organisation',
      fields: {
        countryName: 'Land',
        stateOrProvinceName: 'Delstat eller län',
        localityName: 'Ort (stad)',
        streetAddress: 'Gatuadress',
        postalCode: 'Postnummer',
        postOfficeBox: 'Postbox',
        organizationName: 'Organisation',
        organizationalUnitName: 'Organisationsenhet (avdelning)',
        commonName: 'Huvudnamn',
        emailAddress: 'E-postadress',
      },
      streetLine: (line: number) => `Adressrad ${formatNumber(line)}`,
      perLine: (max: number) => `Högst ${formatNumber(max)} tecken per rad.`,
      countryHelp: 'Där organisationen är registrerad.',
      countryNone: '— inget —',
    },
    algorithms: {
      legend: 'Nyckelalgoritm',
      recommended: 'rekommenderas',
      notes: {
        'RSA-2048':
          'Fungerar med alla servrar och e-postprogram. Det säkra valet för e-postcertifikat.',
        'RSA-3072': 'Starkare RSA; lite långsammare att skapa och använda. Brett stöd.',
        'RSA-4096':
          'Stark RSA; tar några sekunder att skapa och anslutningar startar lite långsammare.',
        'RSA-8192':
          'Den största storlek Sectigo accepterar. Kan ta en minut att skapa; sällan värt det.',
        'P-256': 'Modern, liten och snabb; lika stark som RSA 3072. Rekommenderas för webbplatser.',
        'P-384': 'Starkare elliptisk kurva; lite långsammare. Brett stöd.',
        'P-521':
          'Den starkaste kurva Sectigo accepterar; viss äldre programvara kan inte använda den.',
      },
    },
    existing: {
      legend: 'Din befintliga privata nyckel',
      help: 'Klistra in filen med den privata nyckel du använder nu, eller släpp den här (PEM; en lösenfrasskyddad nyckel fungerar också). Den stannar bara i sidans minne.',
      choose: 'Välj nyckelfilen…',
      passphrase: 'Lösenfras (bara för en skyddad nyckel)',
      problems: {
        empty: 'Klistra in din privata nyckel, eller släpp dess fil här.',
        needsPassphrase: 'Nyckeln är skyddad med en lösenfras: ange den.',
        wrongPassphrase: 'Lösenfrasen öppnar inte nyckeln. Försök igen.',
        unsupported: 'Den här typen av nyckel kan inte användas här. Skapa en ny nyckel i stället.',
        unreadable:
          'Det här är ingen privat nyckel som sidan kan läsa. Kontrollera att du klistrat in hela nyckelfilen.',
      },
      ownKey: (algorithm: string) => `${algorithm} (din nyckel)`,
    },
    actions: {
      generate: 'Skapa nyckel och CSR',
      makeCsr: 'Skapa CSR',
      cancel: 'Avbryt',
    },
    progress: {
      making: (algorithm: string) => `Skapar en ${algorithm}-nyckel och CSR`,
      reading: 'Läser nyckeln och skapar CSR',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Några fält behöver åtgärdas: se meddelandena bredvid dem.',
      cancelled: 'Avbrutet: ingen nyckel sparades.',
      failed:
        'CSR kunde inte skapas. Försök igen; om det misslyckas igen, välj en annan nyckelalgoritm.',
      keyLoss:
        'Den privata nyckel som skapades tidigare har inte sparats. En ny CSR ersätter den, och den kan inte återskapas. Fortsätta ändå?',
    },
    problems: {
      domainsRequired: 'Ange minst ett domännamn.',
      emailRequired: 'Ange e-postadressen.',
      oneEmail: 'Ange en e-postadress per certifikat.',
      required: (field: string) => `${field} krävs för den här typen av certifikat.`,
      oneOf: (fields: string) => `Fyll i minst ett: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'högst # rad', other: 'högst # rader' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} är för lång: högst ${formatNumber(max)} tecken (här är det ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} innehåller en radbrytning, tabb eller annat osynligt tecken: ta bort det.`,
        countryCode: (field: string) => `${field}: välj ett land i listan.`,
        printableOnly: (field: string) =>
          `${field} får bara innehålla bokstäverna A–Z, siffror, mellanslag och ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} får bara innehålla bokstäverna A–Z utan accenter, siffror och skiljetecken.`,
      },
      names: {
        empty: (field: string) => `${field} är tomt.`,
        invalid: (field: string, value: string) =>
          `${field} ”${value}” är inte ett giltigt domännamn.`,
        tooLong: (field: string, value: string) =>
          `${field} ”${value}” är för långt för ett domännamn.`,
        singleLabel: (field: string, value: string) =>
          `${field} ”${value}” behöver minst två delar, till exempel example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} har en ogiltig del ”${label}” (i ”${value}”): bara bokstäver, siffror och bindestreck, högst 63 tecken per del och inget bindestreck först eller sist.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} ”${value}”: ett jokertecken (*) får bara vara hela den första delen, som i *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} ”${value}”: ett jokertecken behöver en registrerad domän under sig, som i *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} ”${value}” är ett internt namn (slutar på ${suffix}): offentliga certifikat utfärdas bara för registrerade domännamn.`,
        notIp: (field: string, value: string) =>
          `${field} ”${value}” är ingen IP-adress (IPv4 eller IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} är en privat eller reserverad adress: ett offentligt certifikat kan inte innehålla den.`,
        notEmail: (field: string, value: string) =>
          `${field} ”${value}” är ingen e-postadress som namn@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} ”${value}” slutar inte på ett giltigt domännamn.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `”${value}” ser ut som en webbadress: bara domännamnet ${host} hamnar i certifikatet.`,
      punycode: (value: string, ascii: string) => `${value} skrivs ${ascii} i certifikatet.`,
      ipAddress: (value: string) =>
        `${value} är en IP-adress: den hamnar i certifikatet som IP-adress.`,
    },
    openssl: {
      summary: 'Vill du hellre skapa nyckeln själv? Samma sak med openssl',
      label: 'Kommandot openssl req',
    },
    result: {
      titleWithKey: 'Din CSR och privata nyckel',
      title: 'Din CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, skapad på ${formatSeconds(seconds, 2)} i den här webbläsaren.`,
      unsaved:
        'Den privata nyckeln finns bara på den här sidan. Ladda ner den (eller kopiera den till en säker plats) innan du beställer eller lämnar sidan: den kan inte återskapas, och certifikatet är oanvändbart utan den.',
      saved: 'Nyckeln är sparad. Håll den privat; du installerar den tillsammans med certifikatet.',
      csr: 'Begäran om certifikatsignering (CSR)',
      downloadCsr: 'Ladda ner CSR (.csr)',
      next: 'Nästa steg: beställ ditt certifikat med denna CSR. När det har utfärdats installerar du det tillsammans med den privata nyckeln.',
      inspect: 'Granska denna CSR',
      order: 'Använd den i en beställning',
      keyTitle: 'Privat nyckel',
      downloadKey: 'Ladda ner privat nyckel (.key)',
      showKey: 'Visa privat nyckel',
      hideKey: 'Dölj privat nyckel',
      savedCheck: 'Jag har sparat den privata nyckeln',
      keyBlock: 'Privat nyckel (PKCS#8, okrypterad)',
      encrypt: {
        summary: 'Spara den krypterad med en lösenfras (rekommenderas)',
        help: (rounds: number) =>
          `Nyckeln krypteras med AES-256 och en nyckel som härleds från lösenfrasen (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} varv). openssl, nginx, Apache och Windows kan läsa den. Förvara lösenfrasen lika säkert som nyckeln.`,
        passphrase: 'Lösenfras',
        passphraseHelp: (min: number) => `Minst ${formatNumber(min)} tecken.`,
        tooShort: (min: number) =>
          `Lösenfrasen är för kort: använd minst ${formatNumber(min)} tecken (några orelaterade ord fungerar bra).`,
        again: 'Lösenfras igen',
        differ: 'De två lösenfraserna skiljer sig åt.',
        button: 'Kryptera nyckeln',
        busy: 'Krypterar…',
        download: 'Ladda ner krypterad nyckel (.key)',
        failed: 'Nyckeln kunde inte krypteras. Försök igen.',
      },
    },
  },
};

export default sv;
