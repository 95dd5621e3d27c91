/**
 * What a reseller does on each pushed status, in plain words, from the notes
 * of guide section 6. Keyed by the documented `status` of PUSH_STATUSES.
 */
import type { PUSH_STATUSES } from '../spec/push';
import type { Source } from '../spec/types';

type PushStatusName = (typeof PUSH_STATUSES)[number]['status'];

const NOTES = {
  doc: 'autoapplyorder-guide-v2.txt',
  section: '6. Push Notification / Webhook API: Notes',
} as const;

export const PUSH_STATUS_ADVICE = {
  issued: {
    // "use the status push to trigger a call to the CollectSSL API"
    advice:
      'The certificate is signed. With certificate push it is in certificate and caCertificate; otherwise collect it with the CollectSSL API.',
    source: { doc: 'autoapplyorder-guide-v2.txt', section: '6. Push Notification / Webhook API' },
  },
  revoked: {
    advice: 'The certificate has been revoked: stop using it and order a new one if needed.',
    source: NOTES,
  },
  replaced: {
    advice: 'The certificate has been replaced: use the certificate of the replacement order.',
    source: NOTES,
  },
  awaitingbrandvalidation: {
    advice:
      'Sectigo is validating the order (brand validation): nothing to do until the next push.',
    source: NOTES,
  },
  failed: {
    // "There is a 'failed' status that can be pushed. It should never occur. Please handle
    // this error, but we would suggest notifying your Account Manager if this occurs."
    // "The reason in a 'failed' status (code 3) could include: CAA: Not authorized to issue
    // - the CAA DNS record does not authorise us to issue."
    advice:
      'Issuance failed; this should never occur: notify your Sectigo Account Manager. A reason "CAA: Not authorized to issue" means the domain\'s CAA DNS record does not authorise Sectigo to issue.',
    source: NOTES,
  },
  rejected: {
    advice: 'The order was rejected: read the reason in statusDesc before ordering again.',
    source: NOTES,
  },
  verified: {
    // "For use of the verificationCode - this applies to both OV and EV certificates."
    advice:
      'The phone number was verified: complete the callback with the verificationCode (see the callback links).',
    source: NOTES,
  },
  'click-through': {
    advice:
      'The EV click-through e-mail was sent: the applicant can complete it with the verificationCode (see the callback links).',
    source: NOTES,
  },
} as const satisfies Record<PushStatusName, { readonly advice: string; readonly source: Source }>;
