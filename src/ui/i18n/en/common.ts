/** Words shared by the customer-facing pages (ordering page, result page, collect step). */
import { formatNumber } from '../format';

export const common = {
  /** The label of the language menu (read by screen readers). */
  language: 'Language',
  continue: 'Continue',
  back: 'Back',
  required: 'required',
  technicalDetails: 'Technical details (for support)',
  technicalDetailsHelp:
    'What the page sends or received, with the names Sectigo’s interface uses. You do not need this unless support asks for it.',
  /** A value longer than the documented limit; the limit comes from src/core/spec. */
  tooLong: (label: string, max: number) => `${label}: use at most ${formatNumber(max)} characters.`,
  atMost: (max: number) => `At most ${formatNumber(max)} characters.`,
  invalid: (label: string) => `${label}: this value is not accepted. Check it and try again.`,
  invalidCharacters: (label: string) =>
    `${label}: remove the invisible or broken characters (paste it as plain text).`,
  chooseOption: '— choose —',
  support: {
    title: 'Need help?',
    email: 'Email',
    phone: 'Phone',
    pages: 'Help pages',
  },
  keyLoss: {
    confirm:
      'Your private key has not been saved yet. If you go on, it is lost for good and a certificate ordered with it cannot be used. Go on anyway?',
  },
  chooseFile: 'Choose a file…',
  /** The shared file box (a text area that also takes a dropped file). */
  files: {
    dropHere: 'or drop a file here',
    clear: 'Clear',
    tooLarge: (name: string, mebibytes: number, max: number) =>
      `${name} is ${formatNumber(mebibytes)} MiB; files over ${formatNumber(max)} MiB are not read.`,
  },
  /** The shared copy button; `what` names what is copied ("order number"). */
  copy: {
    button: 'Copy',
    copied: 'Copied',
    failed: 'Copy failed',
    label: (what: string) => `Copy ${what}`,
    done: (what: string) => `${what} copied`,
    couldNot: 'Could not copy',
  },
  download: (filename: string) => `Download ${filename}`,
};
