/** The ordering page: choosing, details, key, review, and what happens after the order. */
import { plural } from '../format';

export const shop = {
  defaultTitle: 'Order an email certificate',
  needsConfig: 'This page needs a config.json from the reseller to take orders.',
  steps: {
    label: 'Steps',
    product: 'Certificate',
    details: 'Your details',
    key: 'Your key',
    review: 'Review and order',
  },
  start: {
    collectLink: 'Collect a certificate you ordered',
    collectHint:
      'Already ordered? Collect your certificate and make the file for your mail program.',
  },
  product: {
    legend: 'Choose your certificate',
    groupLabel: 'Certificate',
    names: {
      mailbox: 'Email certificate',
      organization: 'Email certificate with your organization’s name',
    },
    blurbs: {
      mailbox:
        'Signs and encrypts your email. Sectigo checks that the mailbox is yours by sending it a link.',
      organization:
        'Signs and encrypts email and shows your organization’s name. Sectigo also checks your organization, so its registered name and address are needed.',
    },
    years: (years: number) => plural(years, { one: '# year', other: '# years' }),
    price: (price: string) => `Price: ${price}`,
    choose: 'Choose a certificate to continue.',
  },
  details: {
    aboutYou: 'About you',
    organization: 'Your organization',
    account: 'Your Sectigo account',
    accountHelp:
      'Sectigo keeps your certificate in an account. You need its name and password later to collect the certificate.',
    newAccount: 'I am new: create my account with this name and password',
    existingAccount: 'I already have an account',
    confirmPassword: 'Password again',
    confirmPasswordHelp: 'Type the same password once more.',
    passwordsDiffer: 'The two passwords are different. Type the same password twice.',
    retypePassword:
      'For your safety this page forgot your password after sending it. Enter it again.',
    fixBelow: (count: number) =>
      plural(count, {
        one: 'One thing needs your attention below.',
        other: '# things need your attention below.',
      }),
  },
  key: {
    legend: 'Your private key',
    intro: (email: string) =>
      `Your certificate needs a key pair. It is made now, in this browser, for ${email}. Only the public half goes to Sectigo; the private key stays with you.`,
    saveFirst:
      'Save it before you order: you need it to install the certificate, and nobody can recover it.',
    make: 'Make my key',
    making: 'Making your key…',
    ready: 'Your key is ready.',
    download: 'Download my private key (.key)',
    confirmSaved: 'I have saved my private key',
    mustSave: 'Download your private key (or confirm you saved it) before you continue.',
    makeFirst: 'Make your key first.',
    failed: 'Your key could not be made in this browser. Reload the page and try again.',
    keptFromBefore:
      'You are using the same key as before. Your saved key file still belongs to this order.',
    makeNew: 'Make a new key instead',
    makeNewHelp: 'Only if you lost the key file. The old file will not work with the new order.',
  },
  review: {
    title: 'Review your order',
    intro: 'Please check your order. Your private key is not sent: it stays with you.',
    certificate: 'Certificate',
    validity: 'Valid for',
    price: 'Price',
    mailbox: 'Mailbox',
    name: 'Name',
    organization: 'Organization',
    address: 'Address',
    identifier: 'Organization identifier',
    account: 'Sectigo account',
    accountNew: (name: string) => `${name} (new account)`,
    accountExisting: (name: string) => `${name} (existing account)`,
    whatHappens: 'When you press “Place order”',
    happens: [
      'Sectigo’s secure page opens in a new tab with your order. This tab stays open, so nothing you typed is lost if something goes wrong.',
      'Sectigo sends a verification link to your mailbox.',
    ],
    resellerApproves: (brand: string) => `${brand} approves the order before Sectigo issues it.`,
    placeOrder: 'Place order',
    fixFirst: 'Fix these before ordering:',
    edit: 'Change',
    sentParams: 'What is sent to Sectigo',
    csrSummary: (characters: number) =>
      `certificate request with your public key (${characters} characters)`,
    passwordHidden: '(hidden)',
  },
  waiting: {
    title: 'Your order is with Sectigo',
    body: 'Sectigo’s page opened in a new tab. When it has answered, the result appears in that tab and here.',
    noTab:
      'No new tab? Your browser may have blocked it: allow pop-ups for this page, then press “Place order” again.',
    again: 'Place order again',
  },
  error: {
    title: 'Your order was not placed',
    whatToDo: 'What you can do',
    tryAgain: 'Try again',
    tryAgainHelp:
      'Everything you typed is still here, and so is your key. For your safety, you need to enter your password again.',
    contactSupport: 'If it happens again, contact us:',
  },
  success: {
    title: 'Thank you: your order was placed',
    orderNumber: 'Your order number',
    keepIt: 'Keep this number: you need it to collect your certificate.',
    next: 'What happens next',
    steps: {
      verify: (email: string) =>
        `Sectigo sends an email to ${email}. Open it and follow the link to confirm the mailbox is yours.`,
      organization:
        'Sectigo checks your organization’s name and address. This can take a few working days.',
      approve: (brand: string) => `${brand} approves your order.`,
      issued:
        'When the certificate is ready, Sectigo emails you. Then come back to this page and collect it.',
    },
    collectNow: 'Collect my certificate',
    keepKey: 'Keep the private key file you saved: you need it to install the certificate.',
  },
  resultTab: {
    otherTab:
      'Your ordering page is still open in the tab you came from: this result was passed to it, and everything you typed is there.',
    close: 'Close this tab',
  },
};
