/**
 * The RequestAndCollectSMIME request of the collect step, and the customer's
 * problems with it. Everything about the endpoint is from
 * requestandcollectsmime.txt: POST, x-www-form-urlencoded; orderNumber or
 * collectionCode ("If specified, the loginName, loginPassword and orderNumber
 * can be omitted"); queryType=1 ("status, certificate data, and
 * intermediates/roots if ready for collection"); responseType=3 ("individually
 * encoded") with responseEncoding=0 (Base64), so the answer is plain text
 * with PEM blocks; responseMimeType=text/plain so the browser shows it as text
 * the customer can copy or save; returnCertificate=Y as in the sample request.
 */
import { buildRequest, type BuiltRequest } from '../../../../core/order';
import type { Messages } from '../../../i18n/messages';
import { ORDER_NUMBER_PATTERN } from '../../result/readOutcome';

export type CollectMode = 'account' | 'code';

export interface CollectForm {
  readonly mode: CollectMode;
  readonly orderNumber: string;
  readonly loginName: string;
  readonly loginPassword: string;
  readonly collectionCode: string;
}

export const COLLECT_OPTIONS = {
  queryType: '1',
  responseType: '3',
  responseEncoding: '0',
  responseMimeType: 'text/plain',
  returnCertificate: 'Y',
} as const;

export function collectValues(form: CollectForm): Record<string, string> {
  const who =
    form.mode === 'code'
      ? { collectionCode: form.collectionCode.trim() }
      : {
          loginName: form.loginName.trim(),
          loginPassword: form.loginPassword,
          orderNumber: form.orderNumber.trim(),
        };
  return { ...who, ...COLLECT_OPTIONS };
}

export function buildCollectRequest(form: CollectForm, mask = false): BuiltRequest {
  return buildRequest('RequestAndCollectSMIME', collectValues(form), { mask });
}

const FIELDS = {
  account: ['orderNumber', 'loginName', 'loginPassword'],
  code: ['collectionCode'],
} as const;

/** One message per field with a problem, in the customer's words (rules from the core). */
export function collectProblems(
  messages: Pick<Messages, 'common' | 'params'>,
  form: CollectForm,
): Record<string, string> {
  const built = buildCollectRequest(form);
  const problems: Record<string, string> = {};
  for (const field of FIELDS[form.mode]) {
    const value = form[field];
    const words = messages.params[field];
    const issue = built.issues.find((i) => i.severity === 'error' && i.field === field);
    if (value.trim() === '') problems[field] = words.required;
    else if (field === 'orderNumber' && !ORDER_NUMBER_PATTERN.test(value.trim()))
      problems[field] = messages.params.orderNumber.invalid;
    else if (issue) problems[field] = messages.common.invalid(words.label);
  }
  return problems;
}
