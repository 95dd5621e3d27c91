/**
 * What the Generate form needs once something is typed: its check, the words
 * for what the check finds, and the equivalent openssl command (both run the
 * core's request check). One lazy chunk, loaded as soon as the form is on
 * screen (loadFormRules.ts).
 */
export { checkForm, type FormCheck } from './checkForm';
export { noteWords, problemWords } from './problemWords';
export { opensslReqCommand } from '../../../core/pki/request';
