/**
 * Deutsch (de): the customer pages. Machine translation of the English
 * catalogue (src/ui/i18n/en), not yet reviewed by a native speaker: have it
 * reviewed before relying on it. Resellers can reword any message in
 * config.json (`messages`).
 */
import { formatsFor } from '../formatsFor';
import type { Messages } from '../messages';

const { plural, formatNumber, formatSeconds } = formatsFor('de');

const de: Messages = {
  app: {
    skipToContent: 'Zum Inhalt springen',
    navigation: 'Ansichten',
    views: {
      shop: 'Zertifikat bestellen',
      result: 'Ergebnis der Bestellung',
      generate: 'Schlüssel & CSR erzeugen',
    },
    loading: 'Wird geladen…',
    loadFailed:
      'Diese Seite konnte nicht geladen werden. Laden Sie die Seite neu, um es erneut zu versuchen.',
    insecure:
      'Diese Seite wurde über unverschlüsseltes http geöffnet, daher erlaubt Ihr Browser ihr nicht, Schlüssel zu erzeugen oder Zertifikate zu prüfen. Öffnen Sie sie mit https://, um alles nutzen zu können.',
    privacy:
      'Läuft vollständig in Ihrem Browser. Nichts, was Sie eingeben, kein Schlüssel und kein Passwort verlässt diese Seite – außer einer Bestellung, die Sie selbst an Sectigo senden.',
  },
  common: {
    language: 'Sprache',
    continue: 'Weiter',
    back: 'Zurück',
    required: 'Pflichtfeld',
    technicalDetails: 'Technische Details (für den Support)',
    technicalDetailsHelp:
      'Was die Seite sendet oder empfangen hat, mit den Namen, die die Schnittstelle von Sectigo verwendet. Sie brauchen das nur, wenn der Support danach fragt.',
    tooLong: (label: string, max: number) =>
      `${label}: Verwenden Sie höchstens ${formatNumber(max)} Zeichen.`,
    atMost: (max: number) => `Höchstens ${formatNumber(max)} Zeichen.`,
    invalid: (label: string) =>
      `${label}: Dieser Wert wird nicht akzeptiert. Prüfen Sie ihn und versuchen Sie es erneut.`,
    invalidCharacters: (label: string) =>
      `${label}: Entfernen Sie die unsichtbaren oder beschädigten Zeichen (fügen Sie den Text als reinen Text ein).`,
    chooseOption: '— bitte wählen —',
    support: {
      title: 'Brauchen Sie Hilfe?',
      email: 'E-Mail',
      phone: 'Telefon',
      pages: 'Hilfeseiten',
    },
    keyLoss: {
      confirm:
        'Ihr privater Schlüssel wurde noch nicht gespeichert. Wenn Sie fortfahren, ist er endgültig verloren, und ein damit bestelltes Zertifikat kann nicht verwendet werden. Trotzdem fortfahren?',
    },
    chooseFile: 'Datei auswählen…',
    files: {
      dropHere: 'oder eine Datei hierher ziehen',
      clear: 'Leeren',
      tooLarge: (name: string, mebibytes: number, max: number) =>
        `${name} ist ${formatNumber(mebibytes)} MiB groß; Dateien über ${formatNumber(max)} MiB werden nicht gelesen.`,
    },
    copy: {
      button: 'Kopieren',
      copied: 'Kopiert',
      failed: 'Kopieren fehlgeschlagen',
      label: (what: string) => `${what} kopieren`,
      done: (what: string) => `${what} kopiert`,
      couldNot: 'Konnte nicht kopieren',
    },
    download: (filename: string) => `${filename} herunterladen`,
  },
  params: {
    foreName: {
      label: 'Vorname',
      help: 'So, wie er in Ihrem Zertifikat erscheinen soll.',
      required: 'Geben Sie Ihren Vornamen (oder Ihren Nachnamen) ein.',
    },
    surName: {
      label: 'Nachname',
      required: 'Geben Sie Ihren Nachnamen (oder Ihren Vornamen) ein.',
    },
    emailAddress: {
      label: 'Ihre E-Mail-Adresse',
      help: 'Das Zertifikat wird für dieses Postfach ausgestellt. Sectigo sendet einen Bestätigungslink dorthin.',
      required: 'Geben Sie Ihre E-Mail-Adresse ein.',
      invalid: 'Geben Sie Ihre E-Mail-Adresse in der Form name@example.com ein.',
    },
    telephoneNumber: {
      label: 'Telefonnummer',
      help: 'Freiwillig. Wird nur verwendet, wenn Sectigo Sie wegen dieser Bestellung erreichen muss.',
      required: 'Geben Sie Ihre Telefonnummer ein.',
    },
    organizationName: {
      label: 'Name der Organisation',
      help: 'Der eingetragene rechtliche Name, genau wie im amtlichen Register.',
      required: 'Geben Sie den eingetragenen Namen Ihrer Organisation ein.',
    },
    streetAddress1: {
      label: 'Straße und Hausnummer',
      help: 'Die eingetragene Anschrift der Organisation.',
      required: 'Geben Sie Straße und Hausnummer Ihrer Organisation ein.',
    },
    streetAddress2: {
      label: 'Adresszusatz',
      help: 'Freiwillig.',
      required: 'Geben Sie den Adresszusatz ein.',
    },
    localityName: {
      label: 'Ort',
      help: 'Geben Sie den Ort oder das Bundesland bzw. die Region an (mindestens eines davon).',
      required: 'Geben Sie den Ort ein (oder das Bundesland bzw. die Region).',
    },
    stateOrProvinceName: {
      label: 'Bundesland oder Region',
      required: 'Geben Sie das Bundesland bzw. die Region ein (oder den Ort).',
    },
    postalCode: {
      label: 'Postleitzahl',
      required: 'Geben Sie die Postleitzahl ein.',
    },
    countryName: {
      label: 'Land',
      required: 'Wählen Sie das Land Ihrer Organisation.',
      invalid: 'Wählen Sie das Land aus der Liste.',
    },
    organizationIdentifier: {
      label: 'Organisationskennung',
      help: 'Die Nummer, unter der Ihre Organisation eingetragen ist (zum Beispiel die Handelsregisternummer oder die Umsatzsteuer-Identifikationsnummer).',
      required: 'Geben Sie die Registernummer Ihrer Organisation ein.',
    },
    loginName: {
      label: 'Kontoname',
      help: 'Der Name Ihres Sectigo-Kontos (Groß- und Kleinschreibung beachten). Sie brauchen ihn später, um das Zertifikat abzuholen.',
      required: 'Geben Sie Ihren Kontonamen ein.',
    },
    loginPassword: {
      label: 'Kontopasswort',
      help: 'Groß- und Kleinschreibung beachten. Wird nur an Sectigo gesendet; diese Seite speichert es nie.',
      required: 'Geben Sie Ihr Kontopasswort ein.',
    },
    orderNumber: {
      label: 'Bestellnummer',
      help: 'Die Nummer, die bei Ihrer Bestellung angezeigt wurde (nur Ziffern).',
      required: 'Geben Sie Ihre Bestellnummer ein oder verwenden Sie stattdessen einen Abholcode.',
      invalid: 'Eine Bestellnummer besteht nur aus Ziffern, zum Beispiel 8151164.',
    },
    collectionCode: {
      label: 'Abholcode',
      help: 'Wenn Sie einen Abholcode erhalten haben, können Sie ihn allein verwenden, ohne Kontoname und Passwort.',
      required: 'Geben Sie Ihren Abholcode ein.',
    },
  },
  shop: {
    defaultTitle: 'E-Mail-Zertifikat bestellen',
    needsConfig: 'Diese Seite braucht eine config.json des Anbieters, um Bestellungen anzunehmen.',
    steps: {
      label: 'Schritte',
      product: 'Zertifikat',
      details: 'Ihre Angaben',
      key: 'Ihr Schlüssel',
      review: 'Prüfen und bestellen',
    },
    start: {
      collectLink: 'Bestelltes Zertifikat abholen',
      collectHint:
        'Schon bestellt? Holen Sie Ihr Zertifikat ab und erstellen Sie die Datei für Ihr E-Mail-Programm.',
    },
    product: {
      legend: 'Wählen Sie Ihr Zertifikat',
      groupLabel: 'Zertifikat',
      names: {
        mailbox: 'E-Mail-Zertifikat',
        organization: 'E-Mail-Zertifikat mit dem Namen Ihrer Organisation',
      },
      blurbs: {
        mailbox:
          'Signiert und verschlüsselt Ihre E-Mails. Sectigo prüft mit einem Link an das Postfach, dass es Ihnen gehört.',
        organization:
          'Signiert und verschlüsselt E-Mails und zeigt den Namen Ihrer Organisation. Sectigo prüft auch Ihre Organisation; deshalb werden ihr eingetragener Name und ihre Anschrift benötigt.',
      },
      years: (years: number) => plural(years, { one: '# Jahr', other: '# Jahre' }),
      price: (price: string) => `Preis: ${price}`,
      choose: 'Wählen Sie ein Zertifikat, um fortzufahren.',
    },
    details: {
      aboutYou: 'Über Sie',
      organization: 'Ihre Organisation',
      account: 'Ihr Sectigo-Konto',
      accountHelp:
        'Sectigo verwahrt Ihr Zertifikat in einem Konto. Dessen Namen und Passwort brauchen Sie später, um das Zertifikat abzuholen.',
      newAccount: 'Ich bin neu: Konto mit diesem Namen und Passwort anlegen',
      existingAccount: 'Ich habe bereits ein Konto',
      confirmPassword: 'Passwort wiederholen',
      confirmPasswordHelp: 'Geben Sie dasselbe Passwort noch einmal ein.',
      passwordsDiffer:
        'Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.',
      retypePassword:
        'Zu Ihrer Sicherheit hat diese Seite Ihr Passwort nach dem Senden vergessen. Geben Sie es erneut ein.',
      fixBelow: (count: number) =>
        plural(count, {
          one: 'Bitte prüfen Sie unten eine Angabe.',
          other: 'Bitte prüfen Sie unten # Angaben.',
        }),
    },
    key: {
      legend: 'Ihr privater Schlüssel',
      intro: (email: string) =>
        `Ihr Zertifikat braucht ein Schlüsselpaar. Es wird jetzt in diesem Browser für ${email} erzeugt. Nur der öffentliche Teil geht an Sectigo; der private Schlüssel bleibt bei Ihnen.`,
      saveFirst:
        'Speichern Sie ihn vor der Bestellung: Sie brauchen ihn, um das Zertifikat zu installieren, und niemand kann ihn wiederherstellen.',
      make: 'Meinen Schlüssel erzeugen',
      making: 'Ihr Schlüssel wird erzeugt…',
      ready: 'Ihr Schlüssel ist fertig.',
      download: 'Meinen privaten Schlüssel herunterladen (.key)',
      confirmSaved: 'Ich habe meinen privaten Schlüssel gespeichert',
      mustSave:
        'Laden Sie Ihren privaten Schlüssel herunter (oder bestätigen Sie, dass Sie ihn gespeichert haben), bevor Sie fortfahren.',
      makeFirst: 'Erzeugen Sie zuerst Ihren Schlüssel.',
      failed:
        'Ihr Schlüssel konnte in diesem Browser nicht erzeugt werden. Laden Sie die Seite neu und versuchen Sie es erneut.',
      keptFromBefore:
        'Sie verwenden denselben Schlüssel wie zuvor. Ihre gespeicherte Schlüsseldatei gehört weiterhin zu dieser Bestellung.',
      makeNew: 'Stattdessen einen neuen Schlüssel erzeugen',
      makeNewHelp:
        'Nur, wenn Sie die Schlüsseldatei verloren haben. Die alte Datei funktioniert nicht mit der neuen Bestellung.',
    },
    review: {
      title: 'Bestellung prüfen',
      intro:
        'Bitte prüfen Sie Ihre Bestellung. Ihr privater Schlüssel wird nicht gesendet: Er bleibt bei Ihnen.',
      certificate: 'Zertifikat',
      validity: 'Gültig für',
      price: 'Preis',
      mailbox: 'Postfach',
      name: 'Name',
      organization: 'Organisation',
      address: 'Anschrift',
      identifier: 'Organisationskennung',
      account: 'Sectigo-Konto',
      accountNew: (name: string) => `${name} (neues Konto)`,
      accountExisting: (name: string) => `${name} (bestehendes Konto)`,
      whatHappens: 'Wenn Sie auf „Bestellung aufgeben“ klicken',
      happens: [
        'Die sichere Seite von Sectigo öffnet sich mit Ihrer Bestellung in einem neuen Tab. Dieser Tab bleibt offen, damit nichts von Ihren Eingaben verloren geht, falls etwas schiefgeht.',
        'Sectigo sendet einen Bestätigungslink an Ihr Postfach.',
      ],
      resellerApproves: (brand: string) =>
        `${brand} gibt die Bestellung frei, bevor Sectigo das Zertifikat ausstellt.`,
      placeOrder: 'Bestellung aufgeben',
      fixFirst: 'Bitte korrigieren Sie vor der Bestellung:',
      edit: 'Ändern',
      sentParams: 'Was an Sectigo gesendet wird',
      csrSummary: (characters: number) =>
        `Zertifikatsanforderung mit Ihrem öffentlichen Schlüssel (${formatNumber(characters)} Zeichen)`,
      passwordHidden: '(verborgen)',
    },
    waiting: {
      title: 'Ihre Bestellung liegt bei Sectigo',
      body: 'Die Seite von Sectigo hat sich in einem neuen Tab geöffnet. Sobald Sectigo geantwortet hat, erscheint das Ergebnis in jenem Tab und hier.',
      noTab:
        'Kein neuer Tab? Ihr Browser hat ihn vielleicht blockiert: Erlauben Sie Pop-ups für diese Seite und klicken Sie dann erneut auf „Bestellung aufgeben“.',
      again: 'Bestellung erneut aufgeben',
    },
    error: {
      title: 'Ihre Bestellung wurde nicht aufgegeben',
      whatToDo: 'Was Sie tun können',
      tryAgain: 'Erneut versuchen',
      tryAgainHelp:
        'Alles, was Sie eingegeben haben, ist noch da, ebenso Ihr Schlüssel. Zu Ihrer Sicherheit müssen Sie Ihr Passwort erneut eingeben.',
      contactSupport: 'Wenn es wieder passiert, kontaktieren Sie uns:',
    },
    success: {
      title: 'Vielen Dank: Ihre Bestellung wurde aufgegeben',
      orderNumber: 'Ihre Bestellnummer',
      keepIt: 'Bewahren Sie diese Nummer auf: Sie brauchen sie, um Ihr Zertifikat abzuholen.',
      next: 'Wie es weitergeht',
      steps: {
        verify: (email: string) =>
          `Sectigo sendet eine E-Mail an ${email}. Öffnen Sie sie und folgen Sie dem Link, um zu bestätigen, dass das Postfach Ihnen gehört.`,
        organization:
          'Sectigo prüft den Namen und die Anschrift Ihrer Organisation. Das kann einige Werktage dauern.',
        approve: (brand: string) => `${brand} gibt Ihre Bestellung frei.`,
        issued:
          'Sobald das Zertifikat fertig ist, benachrichtigt Sectigo Sie per E-Mail. Kommen Sie dann auf diese Seite zurück und holen Sie es ab.',
      },
      collectNow: 'Mein Zertifikat abholen',
      keepKey:
        'Bewahren Sie die gespeicherte Datei mit Ihrem privaten Schlüssel auf: Sie brauchen sie, um das Zertifikat zu installieren.',
    },
    resultTab: {
      otherTab:
        'Ihre Bestellseite ist noch in dem Tab geöffnet, aus dem Sie gekommen sind: Dieses Ergebnis wurde dorthin übergeben, und alles, was Sie eingegeben haben, ist dort.',
      close: 'Diesen Tab schließen',
    },
  },
  result: {
    title: 'Ergebnis der Bestellung',
    noResult:
      'Diese Seite zeigt das Ergebnis einer Bestellung, wenn Sie von Sectigo zurückkommen. Die Adresse enthält derzeit kein Ergebnis.',
    decodeHint: 'Jede andere Antwort von Sectigo können Sie hier lesen:',
    decodeLink: 'Antwort dekodieren',
    placed: 'Die Bestellung wurde aufgegeben',
    notPlaced: 'Die Bestellung wurde nicht aufgegeben',
    unreadable: 'Dieses Ergebnis konnte nicht gelesen werden',
    unreadableBody:
      'Der Link, der diese Seite geöffnet hat, enthält kein Ergebnis, das diese Seite erkennt. Wenn Sie gerade eine Bestellung aufgegeben haben, prüfen Sie Ihre E-Mails oder kontaktieren Sie den Verkäufer.',
    orderNumber: 'Bestellnummer',
    orderNumberCopy: 'Bestellnummer',
    oddOrderNumber:
      'Der Link enthält eine Bestellnummer in unerwarteter Form (eine Bestellnummer besteht nur aus Ziffern); deshalb wird sie nicht als solche angezeigt.',
    unknownCode:
      'Der Link nennt einen Fehlercode, den diese Seite nicht kennt. Die Bestellung wurde höchstwahrscheinlich nicht aufgegeben.',
    meaning: 'Was dieser Code bedeutet',
    linkText: 'Text aus dem Link, nicht geprüft',
    fieldUnknown: 'Der Link nennt ein Feld, das diese Seite nicht kennt.',
    field: (label: string) => `Betroffenes Feld: ${label}.`,
    cleared:
      'Das Ergebnis wurde aus der Adresszeile entfernt, damit es beim Neuladen oder Teilen dieser Seite nicht wiederholt wird. Es bleibt hier, bis Sie die Seite schließen.',
    everything: 'Alles im Link',
    detailsFailed:
      'Die technischen Details konnten nicht geladen werden. Schließen und öffnen Sie sie erneut, um es noch einmal zu versuchen.',
    toOrderingPage: 'Zur Bestellseite',
    openInDecode: 'In der Ansicht „Antwort dekodieren“ öffnen',
    codes: {
      '-1': 'Die Bestellung hat Sectigo nicht über eine sichere Verbindung erreicht.',
      '-2': 'Die Bestellung enthielt etwas, das Sectigo nicht akzeptiert.',
      '-3': 'In der Bestellung fehlten Angaben, die Sectigo braucht.',
      '-4': 'Einige Angaben in der Bestellung wurden nicht akzeptiert.',
      '-13': 'Ihr Schlüssel hat eine Größe, die Sectigo nicht akzeptiert.',
      '-14': 'Bei Sectigo ist ein unerwartetes Problem mit der Bestellung aufgetreten.',
      '-16':
        'Sectigo konnte Sie nicht anmelden: Kontoname oder Passwort sind falsch, oder das Konto ist gesperrt oder sein Passwort ist abgelaufen.',
      '-38': 'Im Konto fehlen Angaben, die Sectigo zuerst prüfen muss.',
      '-39': 'Die Bestellung enthielt kein Zertifikat.',
      '-44': 'Sectigo hat Ihren Schlüssel nicht akzeptiert.',
      '-62': 'Der Name der Organisation fehlt.',
      '-65': 'Dieses Zertifikat kann über dieses Konto derzeit nicht bestellt werden.',
      '-70': 'Die E-Mail-Adresse wurde nicht akzeptiert.',
      '-83': 'Die Bestellung enthielt eine Angabe, die für sie nicht gilt.',
      '-91': 'Dieses Konto darf diese Bestellung nicht aufgeben.',
      '-97': 'Die Sitzung ist abgelaufen.',
    },
    advice: {
      '-3': 'Versuchen Sie es erneut und prüfen Sie, ob alle Felder ausgefüllt sind.',
      '-4': 'Versuchen Sie es erneut und prüfen Sie Ihre Eingaben.',
      '-13': 'Versuchen Sie es erneut und erzeugen Sie einen neuen Schlüssel.',
      '-14': 'Warten Sie einige Minuten und versuchen Sie es erneut.',
      '-16':
        'Prüfen Sie Kontoname und Passwort und versuchen Sie es erneut. Wenn Sie neu sind, wählen Sie „Ich bin neu“; wenn Ihr Konto gesperrt ist, kontaktieren Sie uns.',
      '-44': 'Versuchen Sie es erneut und erzeugen Sie einen neuen Schlüssel.',
      '-62': 'Versuchen Sie es erneut und geben Sie den Namen Ihrer Organisation ein.',
      '-70': 'Prüfen Sie Ihre E-Mail-Adresse und versuchen Sie es erneut.',
      '-97': 'Versuchen Sie es erneut.',
    },
    adviceDefault: 'Prüfen Sie Ihre Eingaben und versuchen Sie es erneut.',
  },
  collect: {
    title: 'Zertifikat abholen',
    intro:
      'Sobald Sectigo Ihr Zertifikat ausgestellt hat, holen Sie es hier ab und machen daraus zusammen mit dem gespeicherten privaten Schlüssel eine Datei, die Ihr E-Mail-Programm importieren kann.',
    steps: {
      ask: 'Sectigo fragen',
      answer: 'Antwort übernehmen',
      key: 'Ihr Schlüssel',
      file: 'Ihre Zertifikatsdatei',
      install: 'Installieren',
    },
    ask: {
      legend: 'Wie möchten Sie es abholen?',
      withAccount: 'Mit meiner Bestellnummer und meinem Sectigo-Konto',
      withCode: 'Mit einem Abholcode',
      open: 'Mein Zertifikat bei Sectigo abrufen',
      opened:
        'Die Antwort von Sectigo hat sich in einem neuen Tab geöffnet. Es ist ein kurzer Text: Markieren Sie alles, kopieren Sie es, kehren Sie zu diesem Tab zurück und fügen Sie es unten ein. Auf dem Telefon: Halten Sie den Finger auf den Text und wählen Sie „Alles auswählen“ und „Kopieren“; am Computer: Drücken Sie Strg+A und dann Strg+C (⌘A und ⌘C auf dem Mac). Oder speichern Sie die Seite und wählen Sie die Datei unten aus.',
      haveAnswer: 'Ich habe die Antwort von Sectigo bereits',
    },
    answer: {
      label: 'Antwort von Sectigo',
      help: 'Fügen Sie den ganzen Text ein oder wählen Sie die gespeicherte Datei aus. Er beginnt mit einer Zahl in einer eigenen Zeile.',
      choose: 'Gespeicherte Datei auswählen…',
      empty: 'Fügen Sie zuerst die Antwort von Sectigo ein.',
      notAnswer:
        'Das sieht nicht wie die Antwort von Sectigo auf eine Abholanfrage aus. Fügen Sie den ganzen Text des Tabs ein, den Sectigo geöffnet hat.',
      ready: (count: number) =>
        plural(count, {
          one: 'Ihr Zertifikat ist da.',
          other:
            'Ihr Zertifikat ist da, mit insgesamt # Zertifikaten (Ihrem und denen von Sectigo).',
        }),
      pending:
        'Sectigo hat die Anfrage angenommen, aber Ihr Zertifikat ist noch nicht fertig. Versuchen Sie es später erneut.',
      available:
        'Ihr Zertifikat ist fertig, aber die Antwort enthält es nicht. Fragen Sie mit der Schaltfläche dieser Seite erneut an; sie fordert das Zertifikat selbst an.',
      for: (email: string) => `Ausgestellt für ${email}`,
      validUntil: (date: string) => `gültig bis ${date}`,
      codes: {
        '-154':
          'Sie haben Ihre E-Mail-Adresse noch nicht bestätigt. Öffnen Sie die E-Mail von Sectigo, folgen Sie dem Link darin und fragen Sie dann erneut an.',
        '-16':
          'Sectigo konnte Sie nicht anmelden: Prüfen Sie Kontoname und Passwort und fragen Sie erneut an.',
        '-22': 'Die Bestellung wartet noch auf Zahlung oder Freigabe. Fragen Sie später erneut an.',
        '-20': 'Sectigo hat die Zertifikatsanforderung abgelehnt. Kontaktieren Sie uns.',
        '-21': 'Dieses Zertifikat wurde widerrufen. Kontaktieren Sie uns.',
        '-3': 'In der Anfrage fehlte etwas. Prüfen Sie die Bestellnummer (oder den Abholcode) und fragen Sie erneut an.',
        '-4': 'Etwas in der Anfrage wurde nicht akzeptiert. Prüfen Sie die Bestellnummer (oder den Abholcode) und fragen Sie erneut an.',
        '-14':
          'Bei Sectigo ist ein unerwartetes Problem aufgetreten. Warten Sie einige Minuten und fragen Sie erneut an.',
      },
      otherError: (code: string) =>
        `Die Antwort enthält den Fehler ${code}, den diese Seite nicht erklären kann. Prüfen Sie, ob Sie die ganze Antwort von Sectigo kopiert haben, und fragen Sie erneut an, oder kontaktieren Sie uns und nennen Sie diese Nummer.`,
    },
    key: {
      legend: 'Der private Schlüssel, den Sie gespeichert haben',
      fromSession: 'Den bei diesem Besuch auf dieser Seite erzeugten Schlüssel verwenden',
      fromFile: 'Meine gespeicherte Schlüsseldatei verwenden',
      label: 'Ihre Datei mit dem privaten Schlüssel',
      help: 'Die .key-Datei, die Sie bei der Bestellung gespeichert haben. Sie wird nur in dieser Seite gelesen und nirgendwohin gesendet.',
      choose: 'Schlüsseldatei auswählen…',
      passphrase: 'Passphrase des Schlüssels',
      passphraseHelp: 'Ihre Schlüsseldatei ist mit einer Passphrase geschützt: Geben Sie sie ein.',
      check: 'Meinen Schlüssel prüfen',
      matches: 'Ihr Schlüssel und Ihr Zertifikat gehören zusammen.',
      mismatch:
        'Dieser Schlüssel gehört nicht zu diesem Zertifikat. Verwenden Sie die Schlüsseldatei, die Sie bei dieser Bestellung gespeichert haben.',
      empty: 'Fügen Sie zuerst Ihre Datei mit dem privaten Schlüssel hinzu.',
      needsPassphrase: 'Geben Sie die Passphrase Ihrer Schlüsseldatei ein.',
      wrongPassphrase:
        'Die Passphrase passt nicht zu dieser Schlüsseldatei. Versuchen Sie es erneut.',
      unreadable:
        'Diese Datei ist kein privater Schlüssel, den diese Seite lesen kann. Wählen Sie die .key-Datei, die Sie gespeichert haben.',
    },
    file: {
      legend: 'Datei mit einem Passwort schützen',
      help: 'Ihr E-Mail-Programm fragt einmal nach diesem Passwort, wenn Sie die Datei importieren.',
      password: 'Neues Passwort für die Datei',
      confirm: 'Passwort wiederholen',
      differ: 'Die beiden Passwörter stimmen nicht überein.',
      tooShort: (min: number) => `Verwenden Sie mindestens ${formatNumber(min)} Zeichen.`,
      legacy: 'Für ältere Systeme erstellen (Windows 7 oder 8.1, ältere macOS-Versionen)',
      legacyHelp:
        'Verwendet eine ältere, schwächere Verschlüsselung, die diese Systeme brauchen; lassen Sie die Option aus, außer der Import schlägt dort fehl.',
      build: 'Meine Zertifikatsdatei erstellen',
      building: 'Ihre Datei wird erstellt…',
      ready: 'Ihre Zertifikatsdatei ist fertig.',
      download: (name: string) => `${name} herunterladen`,
      failed:
        'Die Datei konnte nicht erstellt werden. Prüfen Sie die Schritte oben und versuchen Sie es erneut.',
    },
    install: {
      title: 'In Ihrem E-Mail-Programm installieren',
      intro:
        'Öffnen Sie die heruntergeladene Datei in Ihrem E-Mail-Programm und geben Sie das gewählte Passwort ein.',
      outlook: {
        name: 'Outlook (Windows)',
        steps: [
          'Doppelklicken Sie auf die .p12-Datei und folgen Sie dem Import-Assistenten; geben Sie Ihr Passwort ein, wenn Sie danach gefragt werden.',
          'In Outlook: Datei › Optionen › Trust Center › Einstellungen für das Trust Center › E-Mail-Sicherheit.',
          'Wählen Sie unter „Verschlüsselte E-Mails“ die Schaltfläche „Einstellungen“, wählen Sie Ihr neues Zertifikat aus und klicken Sie auf „OK“.',
        ],
      },
      appleMail: {
        name: 'Apple Mail (Mac)',
        steps: [
          'Doppelklicken Sie auf die .p12-Datei: Die Schlüsselbundverwaltung öffnet sich. Fügen Sie die Datei dem Schlüsselbund „Anmeldung“ hinzu und geben Sie Ihr Passwort ein.',
          'Beenden Sie Mail und öffnen Sie es erneut. Wenn Sie eine Nachricht von dieser Adresse schreiben, erscheinen die Schaltflächen zum Signieren und Verschlüsseln.',
        ],
      },
      thunderbird: {
        name: 'Thunderbird',
        steps: [
          'Einstellungen › Datenschutz & Sicherheit › Zertifikate › Zertifikate verwalten › Ihre Zertifikate › Importieren; wählen Sie die .p12-Datei und geben Sie Ihr Passwort ein.',
          'Konten-Einstellungen › Ende-zu-Ende-Verschlüsselung › S/MIME: Wählen Sie das Zertifikat zum Signieren und zum Verschlüsseln aus.',
        ],
      },
      iphone: {
        name: 'Mail auf iPhone und iPad',
        steps: [
          'Sichern Sie die .p12-Datei in „Dateien“ und tippen Sie darauf. Öffnen Sie dann die Einstellungen, tippen Sie oben auf „Profil geladen“, wählen Sie „Installieren“ und geben Sie den Code des Geräts und danach Ihr Passwort ein.',
          'Einstellungen › Mail › Accounts (iOS 18: Einstellungen › Apps › Mail › Mail-Accounts) › Ihr Account › Account › Erweitert: Aktivieren Sie „Signieren“ und „Standardmäßig verschlüsseln“ und wählen Sie für beides dieses Zertifikat.',
        ],
      },
    },
  },
  generate: {
    title: 'Schlüssel und CSR erzeugen',
    lead: 'Ihr Browser erzeugt das Schlüsselpaar selbst, hier auf dieser Seite. Der private Schlüssel wird nirgendwohin gesendet: Speichern Sie ihn, bevor Sie bestellen, denn er lässt sich nicht wiederherstellen.',
    mode: {
      legend: 'Schlüssel',
      new: 'Neuen Schlüssel erzeugen',
      existing: 'Meinen vorhandenen Schlüssel verwenden (Verlängerung mit demselben Schlüssel)',
    },
    presets: {
      legend: 'Art des Zertifikats',
      dv: {
        label: 'Website, domainvalidiert (DV)',
        description:
          'Belegt nur die Kontrolle über die Domainnamen. Die Anfrage braucht nur die Namen.',
      },
      'ov-ev': {
        label: 'Website, organisations- oder erweitert validiert (OV/EV)',
        description:
          'Nennt Ihre Organisation im Zertifikat. Geben Sie den rechtlichen Namen und die Adresse so an, wie sie eingetragen sind.',
      },
      'smime-mailbox': {
        label: 'E-Mail (S/MIME), postfachvalidiert',
        description:
          'Signiert und verschlüsselt E-Mails für eine Adresse. Die Anfrage braucht nur die Adresse.',
      },
      'smime-organization': {
        label: 'E-Mail (S/MIME), organisationsvalidiert',
        description:
          'Ein E-Mail-Zertifikat, das auch Ihre Organisation nennt: Ihr vollständiger Name und ihre Adresse sind erforderlich.',
      },
    },
    names: {
      legend: 'Namen im Zertifikat',
      emailLabel: 'E-Mail-Adresse',
      emailHelp: 'Das Postfach, für das das Zertifikat ausgestellt wird.',
      domainsLabel: 'Domainnamen',
      domainsHelp:
        'Einer pro Zeile (oder durch Kommas getrennt). Der erste ist der Hauptname des Zertifikats. Für ein Wildcard-Zertifikat schreiben Sie *.example.com.',
      domain: (position: number) => `Domainname ${formatNumber(position)}`,
      ipAddress: (position: number) => `IP-Adresse ${formatNumber(position)}`,
    },
    organization: {
      legend: 'Organisation',
      fields: {
        countryName: 'Land',
        stateOrProvinceName: 'Bundesland oder Region',
        localityName: 'Ort (Stadt)',
        streetAddress: 'Straße und Hausnummer',
        postalCode: 'Postleitzahl',
        postOfficeBox: 'Postfach',
        organizationName: 'Organisation',
        organizationalUnitName: 'Organisationseinheit (Abteilung)',
        commonName: 'Hauptname',
        emailAddress: 'E-Mail-Adresse',
      },
      streetLine: (line: number) => `Adresszeile ${formatNumber(line)}`,
      perLine: (max: number) => `Höchstens ${formatNumber(max)} Zeichen pro Zeile.`,
      countryHelp: 'Wo die Organisation eingetragen ist.',
      countryNone: '— keines —',
    },
    algorithms: {
      legend: 'Schlüsselverfahren',
      recommended: 'empfohlen',
      notes: {
        'RSA-2048':
          'Funktioniert mit jedem Server und jedem E-Mail-Programm. Die sichere Wahl für E-Mail-Zertifikate.',
        'RSA-3072':
          'Stärkeres RSA; etwas langsamer zu erzeugen und zu verwenden. Breit unterstützt.',
        'RSA-4096':
          'Starkes RSA; das Erzeugen dauert einige Sekunden, Verbindungen starten etwas langsamer.',
        'RSA-8192':
          'Die größte Länge, die Sectigo annimmt. Das Erzeugen kann eine Minute dauern; lohnt sich selten.',
        'P-256': 'Modern, klein und schnell; so stark wie RSA 3072. Empfohlen für Websites.',
        'P-384': 'Stärkere elliptische Kurve; etwas langsamer. Breit unterstützt.',
        'P-521':
          'Die stärkste Kurve, die Sectigo annimmt; manche ältere Software kann sie nicht verwenden.',
      },
    },
    existing: {
      legend: 'Ihr vorhandener privater Schlüssel',
      help: 'Fügen Sie die Datei Ihres bisherigen privaten Schlüssels ein oder ziehen Sie sie hierher (PEM; auch ein mit Passphrase geschützter Schlüssel geht). Er bleibt nur im Speicher dieser Seite.',
      choose: 'Schlüsseldatei auswählen…',
      passphrase: 'Passphrase (nur für einen geschützten Schlüssel)',
      problems: {
        empty: 'Fügen Sie Ihren privaten Schlüssel ein oder ziehen Sie seine Datei hierher.',
        needsPassphrase: 'Dieser Schlüssel ist mit einer Passphrase geschützt: Geben Sie sie ein.',
        wrongPassphrase: 'Die Passphrase öffnet diesen Schlüssel nicht. Versuchen Sie es erneut.',
        unsupported:
          'Diese Art von Schlüssel kann hier nicht verwendet werden. Erzeugen Sie stattdessen einen neuen Schlüssel.',
        unreadable:
          'Das ist kein privater Schlüssel, den diese Seite lesen kann. Prüfen Sie, ob Sie die ganze Schlüsseldatei eingefügt haben.',
      },
      ownKey: (algorithm: string) => `${algorithm} (Ihr Schlüssel)`,
    },
    actions: {
      generate: 'Schlüssel und CSR erzeugen',
      makeCsr: 'CSR erstellen',
      cancel: 'Abbrechen',
    },
    progress: {
      making: (algorithm: string) => `${algorithm}-Schlüssel und CSR werden erzeugt`,
      reading: 'Schlüssel wird gelesen und CSR erstellt',
      elapsed: (seconds: number) => formatSeconds(seconds, 1),
    },
    failures: {
      attention: 'Einige Felder brauchen Ihre Aufmerksamkeit: Siehe die Hinweise daneben.',
      cancelled: 'Abgebrochen: Es wurde kein Schlüssel behalten.',
      failed:
        'Der CSR konnte nicht erstellt werden. Versuchen Sie es erneut; schlägt es wieder fehl, wählen Sie ein anderes Schlüsselverfahren.',
      keyLoss:
        'Der zuvor erzeugte private Schlüssel wurde noch nicht gespeichert. Ein neuer CSR ersetzt ihn, und er lässt sich nicht wiederherstellen. Trotzdem fortfahren?',
    },
    problems: {
      domainsRequired: 'Geben Sie mindestens einen Domainnamen an.',
      emailRequired: 'Geben Sie die E-Mail-Adresse ein.',
      oneEmail: 'Geben Sie eine E-Mail-Adresse pro Zertifikat an.',
      required: (field: string) => `${field} ist für diese Art von Zertifikat erforderlich.`,
      oneOf: (fields: string) => `Füllen Sie mindestens eines aus: ${fields}.`,
      subject: {
        tooMany: (field: string, max: number) =>
          `${field}: ${plural(max, { one: 'höchstens # Zeile', other: 'höchstens # Zeilen' })}.`,
        tooLong: (field: string, max: number, length: number) =>
          `${field} ist zu lang: höchstens ${formatNumber(max)} Zeichen (hier sind es ${formatNumber(length)}).`,
        controlCharacter: (field: string) =>
          `${field} enthält einen Zeilenumbruch, Tabulator oder ein anderes unsichtbares Zeichen: Entfernen Sie es.`,
        countryCode: (field: string) => `${field}: Wählen Sie ein Land aus der Liste.`,
        printableOnly: (field: string) =>
          `${field} darf nur Buchstaben A–Z, Ziffern, Leerzeichen und ' ( ) + , - . / : = ? enthalten.`,
        asciiOnly: (field: string) =>
          `${field} darf nur Buchstaben A–Z ohne Akzente, Ziffern und Satzzeichen enthalten.`,
      },
      names: {
        empty: (field: string) => `${field} ist leer.`,
        invalid: (field: string, value: string) =>
          `${field} „${value}“ ist kein gültiger Domainname.`,
        tooLong: (field: string, value: string) =>
          `${field} „${value}“ ist zu lang für einen Domainnamen.`,
        singleLabel: (field: string, value: string) =>
          `${field} „${value}“ braucht mindestens zwei Teile, etwa example.com.`,
        badLabel: (field: string, value: string, label: string) =>
          `${field} hat einen ungültigen Teil „${label}“ (in „${value}“): nur Buchstaben, Ziffern und Bindestriche, höchstens 63 Zeichen pro Teil, kein Bindestrich am Anfang oder Ende.`,
        wildcardPosition: (field: string, value: string) =>
          `${field} „${value}“: Ein Platzhalter (*) darf nur der ganze erste Teil sein, wie in *.example.com.`,
        wildcardBare: (field: string, value: string) =>
          `${field} „${value}“: Ein Platzhalter braucht eine eingetragene Domain darunter, wie in *.example.com.`,
        internalName: (field: string, value: string, suffix: string) =>
          `${field} „${value}“ ist ein interner Name (endet auf ${suffix}): Öffentliche Zertifikate gibt es nur für eingetragene Domainnamen.`,
        notIp: (field: string, value: string) =>
          `${field} „${value}“ ist keine IP-Adresse (IPv4 oder IPv6).`,
        reservedIp: (field: string, value: string) =>
          `${field} ${value} ist eine private oder reservierte Adresse: Öffentliche Zertifikate können sie nicht enthalten.`,
        notEmail: (field: string, value: string) =>
          `${field} „${value}“ ist keine E-Mail-Adresse wie name@example.com.`,
        emailDomain: (field: string, value: string) =>
          `${field} „${value}“ endet nicht auf einen gültigen Domainnamen.`,
      },
    },
    notes: {
      urlHost: (value: string, host: string) =>
        `„${value}“ sieht aus wie eine Webadresse: Nur der Domainname ${host} kommt ins Zertifikat.`,
      punycode: (value: string, ascii: string) =>
        `${value} wird im Zertifikat als ${ascii} geschrieben.`,
      ipAddress: (value: string) =>
        `${value} ist eine IP-Adresse: Sie kommt als IP-Adresse ins Zertifikat.`,
    },
    openssl: {
      summary: 'Lieber den Schlüssel selbst erzeugen? Dasselbe mit openssl',
      label: 'Befehl openssl req',
    },
    result: {
      titleWithKey: 'Ihr CSR und privater Schlüssel',
      title: 'Ihr CSR',
      made: (algorithm: string, seconds: number) =>
        `${algorithm}, in ${formatSeconds(seconds, 2)} in diesem Browser erzeugt.`,
      unsaved:
        'Der private Schlüssel existiert nur auf dieser Seite. Laden Sie ihn herunter (oder kopieren Sie ihn an einen sicheren Ort), bevor Sie bestellen oder die Seite verlassen: Er lässt sich nicht wiederherstellen, und ohne ihn ist das Zertifikat nutzlos.',
      saved:
        'Schlüssel gespeichert. Halten Sie ihn geheim; Sie installieren ihn zusammen mit dem Zertifikat.',
      csr: 'Zertifikatsanforderung (CSR)',
      downloadCsr: 'CSR herunterladen (.csr)',
      next: 'Als Nächstes: Bestellen Sie Ihr Zertifikat mit diesem CSR. Wenn es ausgestellt ist, installieren Sie es zusammen mit dem privaten Schlüssel.',
      inspect: 'Diesen CSR prüfen',
      order: 'In einer Bestellung verwenden',
      keyTitle: 'Privater Schlüssel',
      downloadKey: 'Privaten Schlüssel herunterladen (.key)',
      showKey: 'Privaten Schlüssel anzeigen',
      hideKey: 'Privaten Schlüssel ausblenden',
      savedCheck: 'Ich habe den privaten Schlüssel gespeichert',
      keyBlock: 'Privater Schlüssel (PKCS#8, unverschlüsselt)',
      encrypt: {
        summary: 'Verschlüsselt mit einer Passphrase speichern (empfohlen)',
        help: (rounds: number) =>
          `Der Schlüssel wird mit AES-256 und einem aus der Passphrase abgeleiteten Schlüssel verschlüsselt (PBKDF2-HMAC-SHA256, ${formatNumber(rounds)} Runden). openssl, nginx, Apache und Windows können ihn lesen. Bewahren Sie die Passphrase so sicher auf wie den Schlüssel.`,
        passphrase: 'Passphrase',
        passphraseHelp: (min: number) => `Mindestens ${formatNumber(min)} Zeichen.`,
        tooShort: (min: number) =>
          `Die Passphrase ist zu kurz: Verwenden Sie mindestens ${formatNumber(min)} Zeichen (einige Wörter ohne Zusammenhang eignen sich gut).`,
        again: 'Passphrase wiederholen',
        differ: 'Die beiden Passphrasen unterscheiden sich.',
        button: 'Schlüssel verschlüsseln',
        busy: 'Wird verschlüsselt…',
        download: 'Verschlüsselten Schlüssel herunterladen (.key)',
        failed: 'Der Schlüssel konnte nicht verschlüsselt werden. Versuchen Sie es erneut.',
      },
    },
  },
};

export default de;
