/** Collecting the certificate (RequestAndCollectSMIME) and making the mail-program file (.p12). */
import { plural } from '../format';

export const collect = {
  title: 'Collect your certificate',
  intro:
    'When Sectigo has issued your certificate, collect it here and turn it into a file your mail program can import, together with the private key you saved.',
  steps: {
    ask: 'Ask Sectigo',
    answer: 'Bring back the answer',
    key: 'Your key',
    file: 'Your certificate file',
    install: 'Install',
  },
  ask: {
    legend: 'How do you want to collect it?',
    withAccount: 'With my order number and Sectigo account',
    withCode: 'With a collection code',
    open: 'Ask Sectigo for my certificate',
    opened:
      'Sectigo’s answer opened in a new tab. It is a short text: select all of it, copy it, come back to this tab and paste it below. On a phone, touch and hold the text, then choose Select All and Copy; on a computer, press Ctrl+A then Ctrl+C (⌘A then ⌘C on a Mac). Or save that page and choose the file below.',
    haveAnswer: 'I already have Sectigo’s answer',
  },
  answer: {
    label: 'Sectigo’s answer',
    help: 'Paste the whole text, or choose the saved file. It starts with a number on its own line.',
    choose: 'Choose the saved file…',
    empty: 'Paste Sectigo’s answer first.',
    notAnswer:
      'This does not look like Sectigo’s answer to a collection request. Paste the whole text of the tab Sectigo opened.',
    ready: (count: number) =>
      plural(count, {
        one: 'Your certificate is here.',
        other: 'Your certificate is here, with # certificates in all (yours and Sectigo’s).',
      }),
    pending:
      'Sectigo has accepted the request, but your certificate is not ready yet. Try again later.',
    available:
      'Your certificate is ready, but the answer does not contain it. Ask again with this page’s button, which asks for the certificate itself.',
    for: (email: string) => `Issued for ${email}`,
    validUntil: (date: string) => `valid until ${date}`,
    codes: {
      '-154':
        'You have not confirmed your email address yet. Open the email from Sectigo and follow its link, then ask again.',
      '-16': 'Sectigo could not sign you in: check your account name and password and ask again.',
      '-22': 'The order is still waiting for payment or approval. Ask again later.',
      '-20': 'Sectigo rejected the certificate request. Contact us.',
      '-21': 'This certificate has been revoked. Contact us.',
      '-3': 'Something was missing from the request. Check the order number (or collection code) and ask again.',
      '-4': 'Something in the request was not accepted. Check the order number (or collection code) and ask again.',
      '-14': 'Sectigo had an unexpected problem. Wait a few minutes and ask again.',
    } as Partial<Record<string, string>>,
    otherError: (code: string) =>
      `The answer shows error ${code}, which this page cannot explain. Make sure you copied Sectigo’s whole answer and ask again, or contact us and give this number.`,
  },
  key: {
    legend: 'The private key you saved',
    fromSession: 'Use the key made on this page in this visit',
    fromFile: 'Use my saved key file',
    label: 'Your private key file',
    help: 'The .key file you saved when you ordered. It is read in this page only; it is not sent anywhere.',
    choose: 'Choose the key file…',
    passphrase: 'Key passphrase',
    passphraseHelp: 'Your key file is protected with a passphrase: enter it.',
    check: 'Check my key',
    matches: 'Your key and your certificate belong together.',
    mismatch:
      'This key does not belong to this certificate. Use the key file you saved when you placed this order.',
    empty: 'Add your private key file first.',
    needsPassphrase: 'Enter the passphrase of your key file.',
    wrongPassphrase: 'The passphrase is not right for this key file. Try again.',
    unreadable:
      'This file is not a private key this page can read. Choose the .key file you saved.',
  },
  file: {
    legend: 'Protect the file with a password',
    help: 'Your mail program asks for this password once, when you import the file.',
    password: 'New password for the file',
    confirm: 'Password again',
    differ: 'The two passwords are different.',
    tooShort: (min: number) => `Use at least ${String(min)} characters.`,
    legacy: 'Make it for older systems (Windows 7 or 8.1, older macOS)',
    legacyHelp:
      'Uses older, weaker encryption that those systems need; leave it off unless the import fails there.',
    build: 'Make my certificate file',
    building: 'Making your file…',
    ready: 'Your certificate file is ready.',
    download: (name: string) => `Download ${name}`,
    failed: 'The file could not be made. Check the steps above and try again.',
  },
  install: {
    title: 'Install it in your mail program',
    intro: 'Open the file you downloaded in your mail program, and enter the password you chose.',
    outlook: {
      name: 'Outlook (Windows)',
      steps: [
        'Double-click the .p12 file and follow the import wizard; enter your password when asked.',
        'In Outlook: File › Options › Trust Center › Trust Center Settings › Email Security.',
        'Under Encrypted email, choose Settings and select your new certificate; press OK.',
      ],
    },
    appleMail: {
      name: 'Apple Mail (Mac)',
      steps: [
        'Double-click the .p12 file: Keychain Access opens. Add it to the “login” keychain and enter your password.',
        'Quit and reopen Mail. When you write a message from this address, the sign and encrypt buttons appear.',
      ],
    },
    thunderbird: {
      name: 'Thunderbird',
      steps: [
        'Settings › Privacy & Security › Certificates › Manage Certificates › Your Certificates › Import; choose the .p12 file and enter your password.',
        'Account Settings › End-To-End Encryption › S/MIME: select the certificate for signing and for encryption.',
      ],
    },
    iphone: {
      name: 'Mail on iPhone and iPad',
      steps: [
        'Save the .p12 file in Files and tap it. Then open Settings, tap “Profile Downloaded” near the top, choose Install, and enter your device passcode and then your password.',
        'Settings › Mail › Accounts (iOS 18: Settings › Apps › Mail › Mail Accounts) › your account › Account › Advanced: turn on Sign and Encrypt by Default, and choose this certificate for both.',
      ],
    },
  },
};
