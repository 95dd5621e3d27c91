/**
 * The Generate view (a key and certificate signing request made in the
 * browser) and its result, as a reseller's customer reads them. Technical
 * names that are the thing itself (CSR, PEM, openssl, RSA, ECDSA) stay;
 * everything else is plain words. Limits (lengths, line counts, passphrase
 * length, PBKDF2 rounds) come from src/core and arrive as values.
 */
import { formatNumber, formatSeconds, plural } from '../format';

export const generate = {
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
      description: 'Signs and encrypts email for one address. The request needs just the address.',
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
      'RSA-4096': 'Strong RSA; takes a few seconds to make, and connections start a little slower.',
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
      invalid: (field: string, value: string) => `${field} “${value}” is not a valid domain name.`,
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
    punycode: (value: string, ascii: string) => `${value} is written ${ascii} in the certificate.`,
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
};
