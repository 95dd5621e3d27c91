/**
 * The push/webhook notification service (guide section 6): the statuses Sectigo
 * pushes, the parameters of the call, and the OV/EV callback links built from
 * `orderNumber` and `verificationCode`.
 */
import type { PushStatusSpec, ResponseFieldSpec, Source } from './types';

const STATUS_LIST = {
  doc: 'autoapplyorder-guide-v2.txt',
  section: "6. Push Notification / Webhook API: list of 'status', 'statusCode' and 'statusDesc'",
} as const;

export const PUSH_STATUSES = [
  { statusCode: 6, status: 'issued', statusDesc: 'Valid', source: STATUS_LIST },
  {
    statusCode: 9,
    status: 'issued',
    statusDesc: 'Issued but not yet collected',
    source: STATUS_LIST,
  },
  { statusCode: 8, status: 'revoked', statusDesc: 'Revoked', source: STATUS_LIST },
  { statusCode: 14, status: 'replaced', statusDesc: 'Replaced', source: STATUS_LIST },
  {
    statusCode: 12,
    status: 'awaitingbrandvalidation',
    statusDesc: 'Awaiting Validation (Brand)',
    source: STATUS_LIST,
  },
  { statusCode: 5, status: 'failed', statusDesc: 'POST-SIGN FAILED', source: STATUS_LIST },
  // "The reason in a 'failed' status (code 3) could include: CAA: Not authorized to issue".
  { statusCode: 3, status: 'failed', statusDesc: 'PRE-SIGN FAILED: reason', source: STATUS_LIST },
  { statusCode: 7, status: 'rejected', statusDesc: 'Rejected: reason', source: STATUS_LIST },
  // statusCode: "Any of above depending on certificate state".
  {
    statusCode: null,
    status: 'verified',
    statusDesc: 'Phone number verified',
    source: STATUS_LIST,
  },
  {
    statusCode: null,
    status: 'click-through',
    statusDesc: 'EV click-through e-mail sent',
    source: STATUS_LIST,
  },
] as const satisfies readonly PushStatusSpec[];

const WITHOUT_CERT = {
  doc: 'autoapplyorder-guide-v2.txt',
  section: '6. Push Notification / Webhook API: Call Information (WITHOUT certificate push)',
} as const;
const WITH_CERT = {
  doc: 'autoapplyorder-guide-v2.txt',
  section: '6. Push Notification / Webhook API: Call Information (WITH certificate push)',
} as const;

/**
 * Parameters of the push call: a GET without certificate push; a POST (all
 * parameters, plus `certificate` and `caCertificate`) with it.
 */
export const PUSH_FIELDS = [
  {
    name: 'orderNumber',
    meaning: 'Sectigo order number (string). Example: 1234567repl#1',
    source: WITHOUT_CERT,
  },
  {
    name: 'certificateID',
    meaning: 'Sectigo certificate ID (integer). Example: 1234567890',
    source: WITHOUT_CERT,
  },
  {
    // Printed "Status" in the table; 'status' in the status list.
    name: 'status',
    meaning: 'Certificate status (string). Example: issued',
    source: WITHOUT_CERT,
  },
  {
    name: 'statusCode',
    meaning: 'Certificate status as an integer value. Example: 6',
    source: WITHOUT_CERT,
  },
  {
    name: 'statusDesc',
    meaning: 'Brief description of the status (string). Example: Valid',
    source: WITHOUT_CERT,
  },
  {
    name: 'verificationCode',
    meaning:
      'Will be present just for statuses (verified and click-through) (string); used in the OV callback and EV click-through links. Example: mdtBfVzq0MIaiGg8',
    source: WITHOUT_CERT,
  },
  {
    name: 'certificate',
    meaning:
      'PEM (Base64 with PEM headers) encoded certificate (string). Only with certificate push (POST).',
    source: WITH_CERT,
  },
  {
    name: 'caCertificate',
    meaning: 'PEM encoded certificate chain (string). Only with certificate push (POST).',
    source: WITH_CERT,
  },
] as const satisfies readonly ResponseFieldSpec[];

/** "For use of the verificationCode – this applies to both OV and EV certificates." */
export const CALLBACK_LINKS = {
  ov: {
    label: 'OV Callback Link',
    urlTemplate:
      'https://secure.trust-provider.com/products/EnterCallbackCode?orderNumber={orderNumber}&code2={verificationCode}',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '6. Push Notification / Webhook API: OV Callback Link',
    },
  },
  ev: {
    label: 'EV Click-through and Callback Link',
    urlTemplate:
      'https://secure.trust-provider.com/products/ExecuteAgreementsWithCode?orderNumber={orderNumber}&code2={verificationCode}',
    source: {
      doc: 'autoapplyorder-guide-v2.txt',
      section: '6. Push Notification / Webhook API: EV Click-through and Callback Link',
    },
  },
} as const satisfies Record<
  'ov' | 'ev',
  { readonly label: string; readonly urlTemplate: string; readonly source: Source }
>;
