/**
 * Italiano (it): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('it');

/** A number of characters, in the right singular or plural form. */
const countCharacters = (count: number) =>
  plural(count, { one: '# carattere', other: '# caratteri' });

const it: Messages = {
  app: {
    skipToContent: 'Vai al contenuto',
    navigation: 'Viste',
    views: {
      shop: 'Ordinare un certificato',
      result: 'Esito dell’ordine',
      generate: 'Genera chiave e CSR',
    },
    loading: 'Caricamento…',
    loadFailed: 'Non è stato possibile caricare questa pagina. La ricarichi per riprovare.',
    insecure:
      'Questa pagina è stata aperta tramite http non protetto, quindi il browser non le consente di creare chiavi né di verificare certificati. La apra con https:// per usare tutte le funzioni.',
    privacy:
      'Funziona interamente nel suo browser. Nulla di ciò che digita, nessuna chiave e nessuna password lascia questa pagina, tranne un ordine che lei sceglie di inviare a Sectigo.',
  },
  common: {
    language: 'Lingua',
    continue: 'Continua',
    back: 'Indietro',
    required: 'obbligatorio',
    technicalDetails: 'Dettagli tecnici (per l’assistenza)',
    technicalDetailsHelp:
      'Ciò che la pagina invia o ha ricevuto, con i nomi usati dall’interfaccia di Sectigo. Le serve solo se l’assistenza glielo chiede.',
    tooLong: (label: string, max: number) => `${label}: usi al massimo ${countCharacters(max)}.`,
    atMost: (max: number) => `Al massimo ${countCharacters(max)}.`,
    invalid: (label: string) => `${label}: questo valore non è accettato. Lo controlli e riprovi.`,
    invalidCharacters: (label: string) =>
      `${label}: rimuova i caratteri invisibili o danneggiati (lo incolli come testo semplice).`,
    chooseOption: '— scelga —',
    support: {
      title: 'Serve aiuto?',
      email: 'E-mail',
      phone: 'Telefono',
      pages: 'Pagine di aiuto',
    },
    keyLoss: {
      confirm:
        'La sua chiave privata non è ancora stata salvata. Se prosegue, andrà persa per sempre e un certificato ordinato con essa non potrà essere usato. Proseguire comunque?',
    },
    chooseFile: 'Scegli un file…',
    files: {
      dropHere: 'oppure trascina qui un file',
      clear: 'Cancella',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} pesa ${formatNumber(mebibytes)} MiB; i file oltre ${formatNumber(max)} MiB non vengono letti.`,
    },
    copy: {
      button: 'Copia',
      copied: 'Copiato',
      failed: 'Copia non riuscita',
      label: (what: string) => `Copia ${what}`,
      done: (what: string) => `${what}: copiato`,
      couldNot: 'Impossibile copiare',
    },
    download: (filename: string) => `Scarica ${filename}`,
  },
  params: {
    foreName: {
      label: 'Nome',
      help: 'Come deve comparire nel suo certificato.',
      required: 'Inserisca il suo nome (o il suo cognome).',
    },
    surName: {
      label: 'Cognome',
      required: 'Inserisca il suo cognome (o il suo nome).',
    },
    emailAddress: {
      label: 'Il suo indirizzo e-mail',
      help: 'Il certificato sarà emesso per questa casella di posta. Sectigo vi invia un link di verifica.',
      required: 'Inserisca il suo indirizzo e-mail.',
      invalid: 'Inserisca il suo indirizzo e-mail nella forma nome@example.com.',
    },
    telephoneNumber: {
      label: 'Numero di telefono',
      help: 'Facoltativo. Usato solo se Sectigo ha bisogno di contattarla per questo ordine.',
      required: 'Inserisca il suo numero di telefono.',
    },
    organizationName: {
      label: 'Nome dell’organizzazione',
      help: 'La denominazione legale registrata, esattamente come nel registro ufficiale.',
      required: 'Inserisca la denominazione registrata della sua organizzazione.',
    },
    streetAddress1: {
      label: 'Indirizzo',
      help: 'L’indirizzo registrato dell’organizzazione.',
      required: 'Inserisca l’indirizzo (via e numero civico) della sua organizzazione.',
    },
    streetAddress2: {
      label: 'Indirizzo (riga 2)',
      help: 'Facoltativo.',
      required: 'Inserisca la seconda riga dell’indirizzo.',
    },
    localityName: {
      label: 'Comune o città',
      help: 'Indichi il comune o la città, oppure la provincia o la regione (almeno uno dei due).',
      required: 'Inserisca il comune o la città (oppure la provincia o la regione).',
    },
    stateOrProvinceName: {
      label: 'Provincia o regione',
      required: 'Inserisca la provincia o la regione (oppure il comune o la città).',
    },
    postalCode: {
      label: 'CAP',
      required: 'Inserisca il CAP.',
    },
    countryName: {
      label: 'Paese',
      required: 'Scelga il paese della sua organizzazione.',
      invalid: 'Scelga il paese dall’elenco.',
    },
    organizationIdentifier: {
      label: 'Identificativo dell’organizzazione',
      help: 'Il numero con cui la sua organizzazione è registrata (ad esempio il numero di iscrizione al registro delle imprese o la partita IVA).',
      required: 'Inserisca il numero di registrazione della sua organizzazione.',
    },
    loginName: {
      label: 'Nome dell’account',
      help: 'Il nome del suo account Sectigo (maiuscole e minuscole contano). Le servirà in seguito per ritirare il certificato.',
      required: 'Inserisca il nome del suo account.',
    },
    loginPassword: {
      label: 'Password dell’account',
      help: 'Maiuscole e minuscole contano. Inviata solo a Sectigo; questa pagina non la conserva mai.',
      required: 'Inserisca la password del suo account.',
    },
    orderNumber: {
      label: 'Numero d’ordine',
      help: 'Il numero mostrato quando ha effettuato l’ordine (solo cifre).',
      required: 'Inserisca il numero d’ordine, oppure usi invece un codice di ritiro.',
      invalid: 'Un numero d’ordine contiene solo cifre, ad esempio 8151164.',
    },
    collectionCode: {
      label: 'Codice di ritiro',
      help: 'Se ha ricevuto un codice di ritiro, può usarlo da solo, senza il nome e la password dell’account.',
      required: 'Inserisca il suo codice di ritiro.',
    },
  },
  shop: {
    defaultTitle: 'Ordinare un certificato di posta elettronica',
    needsConfig:
      'Per accettare ordini, questa pagina ha bisogno di un file config.json fornito dal rivenditore.',
    steps: {
      label: 'Passaggi',
      product: 'Certificato',
      details: 'I suoi dati',
      key: 'La sua chiave',
      review: 'Riepilogo e ordine',
    },
    start: {
      collectLink: 'Ritira un certificato già ordinato',
      collectHint:
        'Ha già ordinato? Ritiri il suo certificato e crei il file per il suo programma di posta.',
    },
    product: {
      legend: 'Scelga il suo certificato',
      groupLabel: 'Certificato',
      names: {
        mailbox: 'Certificato di posta elettronica',
        organization: 'Certificato di posta elettronica con il nome della sua organizzazione',
      },
      blurbs: {
        mailbox:
          'Firma e cifra la sua posta elettronica. Sectigo verifica che la casella di posta sia sua inviandole un link.',
        organization:
          'Firma e cifra la posta elettronica e mostra il nome della sua organizzazione. Sectigo verifica anche l’organizzazione, quindi servono la denominazione e l’indirizzo registrati.',
      },
      years: (years: number) => plural(years, { one: '# anno', other: '# anni' }),
      price: (price: string) => `Prezzo: ${price}`,
      choose: 'Scelga un certificato per continuare.',
    },
    details: {
      aboutYou: 'I suoi dati personali',
      organization: 'La sua organizzazione',
      account: 'Il suo account Sectigo',
      accountHelp:
        'Sectigo conserva il suo certificato in un account. In seguito le serviranno il nome e la password dell’account per ritirare il certificato.',
      newAccount: 'Non ho ancora un account: crearlo con questo nome e questa password',
      existingAccount: 'Ho già un account',
      confirmPassword: 'Ripeta la password',
      confirmPasswordHelp: 'Digiti di nuovo la stessa password.',
      passwordsDiffer: 'Le due password sono diverse. Digiti due volte la stessa password.',
      retypePassword:
        'Per la sua sicurezza, questa pagina ha dimenticato la password dopo averla inviata. La inserisca di nuovo.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'Qui sotto c’è un punto che richiede la sua attenzione.',
          other: 'Qui sotto ci sono # punti che richiedono la sua attenzione.',
        }),
    },
    key: {
      legend: 'La sua chiave privata',
      intro: (email: string) =>
        `Il suo certificato ha bisogno di una coppia di chiavi. Viene creata ora, in questo browser, per ${email}. Solo la metà pubblica va a Sectigo; la chiave privata resta a lei.`,
      saveFirst:
        'La salvi prima di ordinare: le serve per installare il certificato e nessuno può recuperarla.',
      make: 'Crea la mia chiave',
      making: 'Creazione della chiave in corso…',
      ready: 'La sua chiave è pronta.',
      download: 'Scarica la mia chiave privata (.key)',
      confirmSaved: 'Ho salvato la mia chiave privata',
      mustSave:
        'Scarichi la sua chiave privata (o confermi di averla salvata) prima di continuare.',
      makeFirst: 'Prima crei la sua chiave.',
      failed:
        'Non è stato possibile creare la chiave in questo browser. Ricarichi la pagina e riprovi.',
      keptFromBefore:
        'Sta usando la stessa chiave di prima. Il file della chiave che ha salvato vale ancora per questo ordine.',
      makeNew: 'Crea invece una nuova chiave',
      makeNewHelp:
        'Solo se ha perso il file della chiave. Il vecchio file non funzionerà con il nuovo ordine.',
    },
    review: {
      title: 'Controlli il suo ordine',
      intro: 'Verifichi il suo ordine. La sua chiave privata non viene inviata: resta a lei.',
      certificate: 'Certificato',
      validity: 'Validità',
      price: 'Prezzo',
      mailbox: 'Casella di posta',
      name: 'Nome',
      organization: 'Organizzazione',
      address: 'Indirizzo',
      identifier: 'Identificativo dell’organizzazione',
      account: 'Account Sectigo',
      accountNew: (name: string) => `${name} (nuovo account)`,
      accountExisting: (name: string) => `${name} (account esistente)`,
      whatHappens: 'Quando preme «Invia l’ordine»',
      happens: [
        'La pagina sicura di Sectigo si apre in una nuova scheda con il suo ordine. Questa scheda resta aperta, quindi nulla di ciò che ha digitato va perso se qualcosa va storto.',
        'Sectigo invia un link di verifica alla sua casella di posta.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} approva l’ordine prima che Sectigo emetta il certificato.`,
      placeOrder: 'Invia l’ordine',
      fixFirst: 'Corregga questi punti prima di ordinare:',
      edit: 'Modifica',
      sentParams: 'Cosa viene inviato a Sectigo',
      csrSummary: (characters: number) =>
        `richiesta di certificato con la sua chiave pubblica (${countCharacters(characters)})`,
      passwordHidden: '(nascosta)',
    },
    waiting: {
      title: 'Il suo ordine è presso Sectigo',
      body: 'La pagina di Sectigo si è aperta in una nuova scheda. Quando Sectigo avrà risposto, il risultato comparirà in quella scheda e qui.',
      noTab:
        'Nessuna nuova scheda? Il browser potrebbe averla bloccata: consenta le finestre pop-up per questa pagina, poi prema di nuovo «Invia l’ordine».',
      again: 'Invia di nuovo l’ordine',
    },
    error: {
      title: 'Il suo ordine non è stato inviato',
      whatToDo: 'Cosa può fare',
      tryAgain: 'Riprova',
      tryAgainHelp:
        'Tutto ciò che ha digitato è ancora qui, e anche la sua chiave. Per la sua sicurezza, deve inserire di nuovo la password.',
      contactSupport: 'Se succede di nuovo, ci contatti:',
    },
    success: {
      title: 'Grazie: il suo ordine è stato inviato',
      orderNumber: 'Il suo numero d’ordine',
      keepIt: 'Conservi questo numero: le servirà per ritirare il certificato.',
      next: 'Cosa succede ora',
      steps: {
        verify: (email: string) =>
          `Sectigo invia un’e-mail a ${email}. La apra e segua il link per confermare che la casella di posta è sua.`,
        organization:
          'Sectigo verifica il nome e l’indirizzo della sua organizzazione. Può richiedere alcuni giorni lavorativi.',
        approve: (brand: string) => `${brand} approva il suo ordine.`,
        issued:
          'Quando il certificato è pronto, Sectigo le invia un’e-mail. Torni allora su questa pagina e lo ritiri.',
      },
      collectNow: 'Ritira il mio certificato',
      keepKey:
        'Conservi il file della chiave privata che ha salvato: le serve per installare il certificato.',
    },
    resultTab: {
      otherTab:
        'La sua pagina d’ordine è ancora aperta nella scheda da cui proviene: questo risultato le è stato trasmesso e tutto ciò che ha digitato è lì.',
      close: 'Chiudi questa scheda',
    },
  },
  result: {
    title: 'Esito dell’ordine',
    noResult:
      'Questa pagina mostra l’esito di un ordine quando torna da Sectigo. Al momento l’indirizzo non contiene alcun esito.',
    decodeHint: 'Per leggere qualsiasi altra risposta di Sectigo, la incolli in',
    decodeLink: 'Decodifica risposta',
    placed: 'L’ordine è stato inviato',
    notPlaced: 'L’ordine non è stato inviato',
    unreadable: 'Non è stato possibile leggere questo esito',
    unreadableBody:
      'Il link che ha aperto questa pagina non contiene alcun esito riconosciuto da questa pagina. Se ha appena effettuato un ordine, controlli la sua e-mail o contatti il venditore.',
    orderNumber: 'Numero d’ordine',
    orderNumberCopy: 'numero d’ordine',
    oddOrderNumber:
      'Il link contiene un numero d’ordine in una forma inattesa (un numero d’ordine contiene solo cifre), quindi non viene mostrato come tale.',
    unknownCode:
      'Il link riporta un codice di errore che questa pagina non conosce. Molto probabilmente l’ordine non è stato inviato.',
    meaning: 'Cosa significa questo codice',
    linkText: 'Testo dal link, non verificato',
    fieldUnknown: 'Il link nomina un campo che questa pagina non conosce.',
    field: (label: string) => `Il campo interessato: ${label}.`,
    cleared:
      'L’esito è stato rimosso dalla barra degli indirizzi, quindi ricaricare o condividere questa pagina non lo ripete. Resta qui finché non chiude la pagina.',
    everything: 'Tutto il contenuto del link',
    detailsFailed:
      'Non è stato possibile caricare i dettagli tecnici. Li chiuda e li riapra per riprovare.',
    toOrderingPage: 'Vai alla pagina degli ordini',
    openInDecode: 'Apri nella vista Decodifica',
    codes: {
      '-1': 'L’ordine non è arrivato a Sectigo tramite una connessione sicura.',
      '-2': 'L’ordine conteneva qualcosa che Sectigo non accetta.',
      '-3': 'Nell’ordine mancavano alcune informazioni di cui Sectigo ha bisogno.',
      '-4': 'Alcune informazioni dell’ordine non sono state accettate.',
      '-13': 'La sua chiave ha una dimensione che Sectigo non accetta.',
      '-14': 'Sectigo ha avuto un problema imprevisto con l’ordine.',
      '-16':
        'Sectigo non è riuscita ad autenticarla: il nome dell’account o la password sono errati, oppure l’account è bloccato o la sua password è scaduta.',
      '-38': 'Nell’account mancano dati che Sectigo deve prima verificare.',
      '-39': 'L’ordine non includeva alcun certificato.',
      '-44': 'Sectigo non ha accettato la sua chiave.',
      '-62': 'Manca il nome dell’organizzazione.',
      '-65': 'Al momento questo certificato non può essere ordinato tramite questo account.',
      '-70': 'L’indirizzo e-mail non è stato accettato.',
      '-83': 'L’ordine conteneva un dato che non lo riguarda.',
      '-91': 'Questo account non è autorizzato a inviare questo ordine.',
      '-97': 'La sessione è scaduta.',
    },
    advice: {
      '-3': 'Riprovi e controlli che ogni campo sia compilato.',
      '-4': 'Riprovi e controlli ciò che ha digitato.',
      '-13': 'Riprovi e crei una nuova chiave.',
      '-14': 'Attenda qualche minuto e riprovi.',
      '-16':
        'Controlli il nome e la password dell’account e riprovi. Se non ha ancora un account, scelga «Non ho ancora un account»; se il suo account è bloccato, ci contatti.',
      '-44': 'Riprovi e crei una nuova chiave.',
      '-62': 'Riprovi e inserisca il nome della sua organizzazione.',
      '-70': 'Controlli il suo indirizzo e-mail e riprovi.',
      '-97': 'Riprovi.',
    },
    adviceDefault: 'Controlli ciò che ha inserito e riprovi.',
  },
  collect: {
    title: 'Ritiri il suo certificato',
    intro:
      'Quando Sectigo ha emesso il suo certificato, lo ritiri qui e lo trasformi, insieme alla chiave privata che ha salvato, in un file che il suo programma di posta può importare.',
    steps: {
      ask: 'Chiedere a Sectigo',
      answer: 'Riportare la risposta',
      key: 'La sua chiave',
      file: 'Il suo file del certificato',
      install: 'Installare',
    },
    ask: {
      legend: 'Come desidera ritirarlo?',
      withAccount: 'Con il mio numero d’ordine e il mio account Sectigo',
      withCode: 'Con un codice di ritiro',
      open: 'Chiedi il mio certificato a Sectigo',
      opened:
        'La risposta di Sectigo si è aperta in una nuova scheda. È un breve testo: lo selezioni tutto, lo copi, torni a questa scheda e lo incolli qui sotto. Su un telefono, tenga premuto il testo e scelga Seleziona tutto e Copia; su un computer, prema Ctrl+A e poi Ctrl+C (⌘A e ⌘C su un Mac). Oppure salvi la pagina e scelga il file qui sotto.',
      haveAnswer: 'Ho già la risposta di Sectigo',
    },
    answer: {
      label: 'Risposta di Sectigo',
      help: 'Incolli tutto il testo o scelga il file salvato. Inizia con un numero su una riga a sé.',
      choose: 'Scegli il file salvato…',
      empty: 'Prima incolli la risposta di Sectigo.',
      notAnswer:
        'Questa non sembra la risposta di Sectigo a una richiesta di ritiro. Incolli tutto il testo della scheda aperta da Sectigo.',
      ready: (count: number) =>
        plural(count, {
          one: 'Ecco il suo certificato.',
          other:
            'Ecco il suo certificato, con # certificati in tutto (il suo e quelli di Sectigo).',
        }),
      pending:
        'Sectigo ha accettato la richiesta, ma il suo certificato non è ancora pronto. Riprovi più tardi.',
      available:
        'Il suo certificato è pronto, ma la risposta non lo contiene. Chieda di nuovo con il pulsante di questa pagina, che richiede il certificato stesso.',
      for: (email: string) => `Emesso per ${email}`,
      validUntil: (date: string) => `valido fino al ${date}`,
      codes: {
        '-154':
          'Non ha ancora confermato il suo indirizzo e-mail. Apra l’e-mail di Sectigo e segua il link, poi chieda di nuovo.',
        '-16':
          'Sectigo non è riuscita ad autenticarla: controlli il nome e la password dell’account e chieda di nuovo.',
        '-22':
          'L’ordine è ancora in attesa di pagamento o di approvazione. Chieda di nuovo più tardi.',
        '-20': 'Sectigo ha rifiutato la richiesta di certificato. Ci contatti.',
        '-21': 'Questo certificato è stato revocato. Ci contatti.',
        '-3': 'Nella richiesta mancava qualcosa. Controlli il numero d’ordine (o il codice di ritiro) e chieda di nuovo.',
        '-4': 'Qualcosa nella richiesta non è stato accettato. Controlli il numero d’ordine (o il codice di ritiro) e chieda di nuovo.',
        '-14': 'Sectigo ha avuto un problema imprevisto. Attenda qualche minuto e chieda di nuovo.',
      },
      otherError: (code: string) =>
        `La risposta riporta l’errore ${code}, che questa pagina non sa spiegare. Controlli di aver copiato tutta la risposta di Sectigo e chieda di nuovo, oppure ci contatti indicando questo numero.`,
    },
    key: {
      legend: 'La chiave privata che ha salvato',
      fromSession: 'Usa la chiave creata su questa pagina durante questa visita',
      fromFile: 'Usa il mio file della chiave salvato',
      label: 'Il suo file della chiave privata',
      help: 'Il file .key che ha salvato quando ha ordinato. Viene letto solo in questa pagina; non viene inviato da nessuna parte.',
      choose: 'Scegli il file della chiave…',
      passphrase: 'Frase segreta della chiave',
      passphraseHelp: 'Il suo file della chiave è protetto da una frase segreta: la inserisca.',
      check: 'Verifica la mia chiave',
      matches: 'La sua chiave e il suo certificato corrispondono.',
      mismatch:
        'Questa chiave non corrisponde a questo certificato. Usi il file della chiave che ha salvato quando ha inviato questo ordine.',
      empty: 'Prima aggiunga il suo file della chiave privata.',
      needsPassphrase: 'Inserisca la frase segreta del suo file della chiave.',
      wrongPassphrase: 'La frase segreta non è corretta per questo file della chiave. Riprovi.',
      unreadable:
        'Questo file non è una chiave privata che questa pagina può leggere. Scelga il file .key che ha salvato.',
    },
    file: {
      legend: 'Protegga il file con una password',
      help: 'Il suo programma di posta chiede questa password una sola volta, quando importa il file.',
      password: 'Nuova password per il file',
      confirm: 'Ripeta la password',
      differ: 'Le due password sono diverse.',
      tooShort: (min: number) => `Usi almeno ${countCharacters(min)}.`,
      legacy: 'Crealo per sistemi meno recenti (Windows 7 o 8.1, versioni meno recenti di macOS)',
      legacyHelp:
        'Usa una cifratura più vecchia e più debole, necessaria a quei sistemi; la lasci disattivata a meno che l’importazione non fallisca lì.',
      build: 'Crea il mio file del certificato',
      building: 'Creazione del file in corso…',
      ready: 'Il suo file del certificato è pronto.',
      download: (name: string) => `Scarica ${name}`,
      failed: 'Non è stato possibile creare il file. Controlli i passaggi precedenti e riprovi.',
    },
    install: {
      title: 'Lo installi nel suo programma di posta',
      intro:
        'Apra il file scaricato nel suo programma di posta e inserisca la password che ha scelto.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Faccia doppio clic sul file .p12 e segua l’importazione guidata; inserisca la password quando richiesta.',
          'In Outlook: File › Opzioni › Centro protezione › Impostazioni Centro protezione › Sicurezza posta elettronica.',
          'In Posta elettronica crittografata scelga Impostazioni e selezioni il nuovo certificato; prema OK.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Faccia doppio clic sul file .p12: si apre Accesso Portachiavi. Lo aggiunga al portachiavi «login» e inserisca la password.',
          'Chiuda e riapra Mail. Quando scrive un messaggio da questo indirizzo, compaiono i pulsanti per firmare e cifrare.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Impostazioni › Privacy e sicurezza › Certificati › Gestisci certificati › Certificati personali › Importa; scelga il file .p12 e inserisca la password.',
          'Impostazioni account › Crittografia end-to-end › S/MIME: selezioni il certificato per la firma e per la cifratura.',
        ],
      },
      iphone: {
        name: 'Mail su iPhone e iPad',
        steps: [
          'Salvi il file .p12 in File e lo tocchi. Poi apra Impostazioni, tocchi «Profilo scaricato» in alto, scelga Installa e inserisca il codice del dispositivo e poi la password.',
          'Impostazioni › Mail › Account (iOS 18: Impostazioni › App › Mail › Account Mail) › il suo account › Account › Avanzate: attivi Firma e Codifica per default e scelga questo certificato per entrambi.',
        ],
      },
    },
  },
  generate: {
    title: 'Genera una chiave e un CSR',
    lead: 'Il browser crea da sé la coppia di chiavi, in questa pagina. La chiave privata non viene inviata da nessuna parte: salvala prima di ordinare, perché non può essere recuperata.',
    mode: {
      legend: 'Chiave',
      new: 'Crea una nuova chiave',
      existing: 'Usa la mia chiave esistente (un rinnovo che mantiene la chiave)',
    },
    presets: {
      legend: 'Tipo di certificato',
      dv: {
        label: 'Sito web, convalida del dominio (DV)',
        description:
          'Dimostra solo il controllo dei nomi di dominio. La richiesta contiene solo i nomi.',
      },
      'ov-ev': {
        label: 'Sito web, convalida dell’organizzazione o estesa (OV/EV)',
        description:
          'Indica la tua organizzazione nel certificato. Inserisci la ragione sociale e l’indirizzo come registrati.',
      },
      'smime-mailbox': {
        label: 'E-mail (S/MIME), convalida della casella',
        description:
          'Firma e cifra le e-mail di un solo indirizzo. La richiesta contiene solo l’indirizzo.',
      },
      'smime-organization': {
        label: 'E-mail (S/MIME), convalida dell’organizzazione',
        description:
          'Un certificato e-mail che indica anche la tua organizzazione: nome completo e indirizzo sono obbligatori.',
      },
    },
    names: {
      legend: 'Nomi nel certificato',
      emailLabel: 'Indirizzo e-mail',
      emailHelp: 'La casella di posta a cui è destinato il certificato.',
      domainsLabel: 'Nomi di dominio',
      domainsHelp:
        'Uno per riga (o separati da virgole). Il primo è il nome principale del certificato. Per un certificato wildcard scrivi *.example.com.',
      domain: (position: number) => `Nome di dominio ${formatNumber(position)}`,
      ipAddress: (position: number) => `Indirizzo IP ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organizzazione',
      fields: {
        countryName: 'Paese',
        stateOrProvinceName: 'Regione o provincia',
        localityName: 'Località (città)',
        streetAddress: 'Indirizzo',
        postalCode: 'CAP',
        postOfficeBox: 'Casella postale',
        organizationName: 'Organizzazione',
        organizationalUnitName: 'Unità organizzativa (reparto)',
        commonName: 'Nome principale',
        emailAddress: 'Indirizzo e-mail',
      },
      streetLine: (line: number) => `Riga indirizzo ${formatNumber(line)}`,
      perLine: (max: number) => `Al massimo ${formatNumber(max)} caratteri per riga.`,
      countryHelp: 'Dove è registrata l’organizzazione.',
      countryNone: '— nessuno —',
    },
    algorithms: {
      legend: 'Algoritmo della chiave',
      recommended: 'consigliato',
      notes: {
        'RSA-2048':
          'Funziona con ogni server e programma di posta. La scelta sicura per i certificati e-mail.',
        'RSA-3072':
          'RSA più robusto; un po’ più lento da creare e da usare. Ampiamente supportato.',
        'RSA-4096':
          'RSA robusto; la creazione richiede qualche secondo e le connessioni partono un po’ più lente.',
        'RSA-8192':
          'La dimensione massima accettata da Sectigo. La creazione può richiedere un minuto; raramente conviene.',
        'P-256': 'Moderna, piccola e veloce; robusta quanto RSA 3072. Consigliata per i siti web.',
        'P-384': 'Curva ellittica più robusta; un po’ più lenta. Ampiamente supportata.',
        'P-521':
          'La curva più robusta accettata da Sectigo; alcuni software datati non la supportano.',
      },
    },
    existing: {
      legend: 'La tua chiave privata esistente',
      help: 'Incolla il file della chiave privata che usi ora o trascinalo qui (PEM; va bene anche una chiave protetta da passphrase). Resta solo nella memoria di questa pagina.',
      choose: 'Scegli il file della chiave…',
      passphrase: 'Passphrase (solo per una chiave protetta)',
      problems: {
        empty: 'Incolla la tua chiave privata o trascina qui il suo file.',
        needsPassphrase: 'Questa chiave è protetta da una passphrase: inseriscila.',
        wrongPassphrase: 'La passphrase non apre questa chiave. Riprova.',
        unsupported:
          'Questo tipo di chiave non può essere usato qui. Crea invece una nuova chiave.',
        unreadable:
          'Questa non è una chiave privata che questa pagina sa leggere. Verifica di aver incollato l’intero file della chiave.',
      },
      ownKey: (algorithm: string) => `${algorithm} (la tua chiave)`,
    },
    actions: {
      generate: 'Genera chiave e CSR',
      makeCsr: 'Crea il CSR',
      cancel: 'Annulla',
    },
    progress: {
      making: (algorithm: string) => `Creazione di una chiave ${algorithm} e del CSR`,
      reading: 'Lettura della chiave e creazione del CSR',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Alcuni campi richiedono attenzione: vedi i messaggi accanto.',
      cancelled: 'Annullato: nessuna chiave è stata conservata.',
      failed:
        'Non è stato possibile creare il CSR. Riprova; se non riesce di nuovo, scegli un altro algoritmo di chiave.',
      keyLoss:
        'La chiave privata creata prima non è stata salvata. Un nuovo CSR la sostituisce e non potrà essere recuperata. Continuare comunque?',
    },
    problems: {
      domainsRequired: 'Indica almeno un nome di dominio.',
      emailRequired: 'Inserisci l’indirizzo e-mail.',
      oneEmail: 'Indica un solo indirizzo e-mail per certificato.',
      required: (field: string) => `${field} è obbligatorio per questo tipo di certificato.`,
      oneOf: (fields: string) => `Compila almeno uno dei campi: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'al massimo # riga', other: 'al massimo # righe' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} è troppo lungo: al massimo ${formatNumber(max)} caratteri (ne ha ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} contiene un a capo, una tabulazione o un altro carattere invisibile: rimuovilo.`,
        countryCode: (field: string) => `${field}: scegli un paese dall’elenco.`,
        printableOnly: (field: string) =>
          `${field} può contenere solo lettere A–Z, cifre, spazi e ' ( ) + , - . / : = ?`,
        asciiOnly: (field: string) =>
          `${field} può contenere solo lettere A–Z senza accenti, cifre e punteggiatura.`,
      },
      names: {
        empty: (field: string) => `${field} è vuoto.`,
        invalid: (field: string, value: string) =>
          `${field} «${value}» non è un nome di dominio valido.`,
        tooLong: (field: string, value: string) =>
          `${field} «${value}» è troppo lungo per un nome di dominio.`,
        singleLabel: (field: string, value: string) =>
          `${field} «${value}» deve avere almeno due parti, come example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} ha una parte non valida «${label}» (in «${value}»): solo lettere, cifre e trattini, al massimo 63 caratteri per parte, senza trattino all’inizio o alla fine.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} «${value}»: un carattere jolly (*) può essere solo l’intera prima parte, come in *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} «${value}»: un carattere jolly richiede un dominio registrato sotto di sé, come in *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} «${value}» è un nome interno (termina con ${suffix}): i certificati pubblici vengono emessi solo per nomi di dominio registrati.`,
        notIp: (field: string, value: string) =>
          `${field} «${value}» non è un indirizzo IP (IPv4 o IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} è un indirizzo privato o riservato: un certificato pubblico non può includerlo.`,
        notEmail: (field: string, value: string) =>
          `${field} «${value}» non è un indirizzo e-mail come nome@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} «${value}» non termina con un nome di dominio valido.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `«${value}» sembra un indirizzo web: nel certificato va solo il suo nome di dominio, ${host}.`,
      punycode: (value: string, ascii: string) => `${value} è scritto ${ascii} nel certificato.`,
      ipAddress: (value: string) =>
        `${value} è un indirizzo IP: va nel certificato come indirizzo IP.`,
    },
    openssl: {
      summary: 'Preferisci creare la chiave da te? Lo stesso con openssl',
      label: 'Comando openssl req',
    },
    result: {
      titleWithKey: 'Il tuo CSR e la tua chiave privata',
      title: 'Il tuo CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, creata in ${formatSeconds(seconds, 2)} in questo browser.`,
      unsaved:
        'La chiave privata esiste solo in questa pagina. Scaricala (o copiala in un luogo sicuro) prima di ordinare o uscire: non può essere recuperata e senza di essa il certificato è inutilizzabile.',
      saved: 'Chiave salvata. Tienila riservata; la installerai insieme al certificato.',
      csr: 'Richiesta di firma del certificato (CSR)',
      downloadCsr: 'Scarica il CSR (.csr)',
      next: 'Prossimo passo: ordina il certificato con questo CSR. Quando sarà emesso, installalo insieme alla chiave privata.',
      inspect: 'Esamina questo CSR',
      order: 'Usalo in un ordine',
      keyTitle: 'Chiave privata',
      downloadKey: 'Scarica la chiave privata (.key)',
      showKey: 'Mostra la chiave privata',
      hideKey: 'Nascondi la chiave privata',
      savedCheck: 'Ho salvato la chiave privata',
      keyBlock: 'Chiave privata (PKCS#8, non cifrata)',
      encrypt: {
        summary: 'Salvala cifrata con una passphrase (consigliato)',
        help: (rounds: number) =>
          `La chiave viene cifrata con AES-256 e una chiave derivata dalla passphrase (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} iterazioni). openssl, nginx, Apache e Windows sono in grado di leggerla. Custodisci la passphrase con la stessa cura della chiave.`,
        passphrase: 'Passphrase',
        passphraseHelp: (min: number) => `Almeno ${formatNumber(min)} caratteri.`,
        tooShort: (min: number) =>
          `La passphrase è troppo corta: usa almeno ${formatNumber(min)} caratteri (alcune parole scollegate tra loro vanno bene).`,
        again: 'Ripeti la passphrase',
        differ: 'Le due passphrase sono diverse.',
        button: 'Cifra la chiave',
        busy: 'Cifratura in corso…',
        download: 'Scarica la chiave cifrata (.key)',
        failed: 'Non è stato possibile cifrare la chiave. Riprova.',
      },
    },
  },
};

export default it;
