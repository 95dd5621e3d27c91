/** The response decoder's public surface (re-exported by src/core/index.ts). */
export { decodeResponse } from './decodeResponse';
export { decodeBatch } from './decodeBatch';
export { splitBatch } from './splitBatch';
export { detectFormat } from './detectFormat';
export { explainError, explainStatus } from './explainError';
export { explainPushStatus } from './explainPushStatus';
export { buildCallbackLinks } from './buildCallbackLinks';
export { extractPemBlocks } from '../pki/extractPemBlocks';
export { parseUrlEncoded } from './parseUrlEncoded';
export { parseJavaScriptVars } from './parseJavaScriptVars';
export { parseValidityLine } from './parseValidityLine';
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
  ValidityPeriod,
} from './types';
