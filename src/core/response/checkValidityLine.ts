/**
 * checkValidityLine: does RequestAndCollectSMIME's validity-period line
 * (`DD/MM/YYYY DD/MM/YYYY`, showValidityPeriod=Y) match the certificate?
 * Sectigo documents 'not before' as 00:00:00 GMT and 'not after' as 23:59:59
 * GMT (spec/validityLine.ts), so the dates are compared in UTC, and the
 * times of day are checked against the document separately.
 */
import { VALIDITY_LINE } from '../spec/validityLine';
import { parseValidityLine } from './parseValidityLine';
import type { ValidityDateCheck, ValidityLineCheck, ValidityPeriod } from './types';

export function checkValidityLine(
  validity: string | ValidityPeriod,
  certificate: { readonly notBefore: string; readonly notAfter: string },
): ValidityLineCheck {
  const period = typeof validity === 'string' ? parseValidityLine(validity) : validity;
  const line = typeof period === 'object' ? period : undefined;
  const notBefore = compare(line?.notBefore, certificate.notBefore);
  const notAfter = compare(line?.notAfter, certificate.notAfter);
  const documentedTimes =
    notBefore.certificateTime === VALIDITY_LINE.notBeforeTime &&
    notAfter.certificateTime === VALIDITY_LINE.notAfterTime;
  const readable = line !== undefined;
  const matches = readable && notBefore.matches && notAfter.matches;
  return {
    readable,
    matches,
    notBefore,
    notAfter,
    documentedTimes,
    message: explain(readable, notBefore, notAfter, documentedTimes),
    source: VALIDITY_LINE.source,
  };
}

function compare(lineIso: string | undefined, certificateIso: string): ValidityDateCheck {
  const iso = new Date(certificateIso).toISOString();
  const certificate = iso.slice(0, 10);
  const certificateTime = iso.slice(11, 19);
  if (lineIso === undefined) return { certificate, certificateTime, matches: false };
  const line = lineIso.slice(0, 10);
  return { line, certificate, certificateTime, matches: line === certificate };
}

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

function explain(
  readable: boolean,
  notBefore: ValidityDateCheck,
  notAfter: ValidityDateCheck,
  documentedTimes: boolean,
): string {
  const expected = `${dmy(notBefore.certificate)} ${dmy(notAfter.certificate)}`;
  if (!readable)
    return `The validity line is not in the documented form ${VALIDITY_LINE.layout}; the certificate’s would read “${expected}”.`;
  const parts: string[] = [];
  if (notBefore.matches && notAfter.matches)
    parts.push('The validity line matches the certificate’s dates.');
  else {
    const wrong = [
      notBefore.matches
        ? ''
        : `not before: line ${dmy(notBefore.line ?? '')}, certificate ${dmy(notBefore.certificate)}`,
      notAfter.matches
        ? ''
        : `not after: line ${dmy(notAfter.line ?? '')}, certificate ${dmy(notAfter.certificate)}`,
    ].filter(Boolean);
    parts.push(
      `The validity line does not match the certificate (${wrong.join('; ')}): is this the certificate the line was sent with?`,
    );
  }
  if (!documentedTimes)
    parts.push(
      `The certificate runs from ${notBefore.certificateTime} to ${notAfter.certificateTime} GMT, not from ${VALIDITY_LINE.notBeforeTime} to ${VALIDITY_LINE.notAfterTime} as Sectigo documents.`,
    );
  return parts.join(' ');
}
