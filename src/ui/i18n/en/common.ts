/** Words shared by the customer-facing pages (ordering page, result page, collect step). */
import { formatNumber } from '../format';

export const common = {
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
};
