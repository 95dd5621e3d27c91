/**
 * Responses: decodeResponse, batch decoding, the parsers behind them, the
 * explanations of codes and statuses, and the validity-line check. Free of
 * @peculiar/x509 (the certificates it finds are decoded by core/cert).
 */
export { decodeResponse } from './decodeResponse';
export { decodeBatch } from './decodeBatch';
export { splitBatch } from './splitBatch';
export { detectFormat } from './detectFormat';
export { explainError, explainStatus } from './explainError';
export { explainPushStatus } from './explainPushStatus';
export { buildCallbackLinks } from './buildCallbackLinks';
export { parseUrlEncoded } from './parseUrlEncoded';
export { parseJavaScriptVars } from './parseJavaScriptVars';
export { parseValidityLine } from './parseValidityLine';
export { checkValidityLine } from './checkValidityLine';
export { labelForBase64Der } from './labelForBase64Der';
export { NEXT_STEPS } from './nextSteps';
export { MAX_BATCH_ENTRIES, MAX_INPUT_CHARS } from './limits';
export type {
  BatchEntry,
  BatchResult,
  CallbackLink,
  DecodeContext,
  DecodedError,
  DecodedField,
  DecodedResponse,
  PushStatusInfo,
  ResponseFormat,
  StatusInfo,
  ValidityDateCheck,
  ValidityLineCheck,
  ValidityPeriod,
} from './types';
