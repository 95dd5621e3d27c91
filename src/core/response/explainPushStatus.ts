/** Explains a push notification's statusCode / status / statusDesc from PUSH_STATUSES. */
import { PUSH_STATUSES } from '../spec/push';
import type { PushStatusSpec } from '../spec/types';
import { PUSH_STATUS_ADVICE } from './pushStatusAdvice';
import type { PushStatusInfo } from './types';

/** The documented descs that end in ": reason" carry the reason after the colon. */
const REASON_SUFFIX = ': reason';

export function explainPushStatus(
  statusCode: number | null,
  status: string | undefined,
  statusDesc: string | undefined,
): PushStatusInfo {
  const entries: readonly PushStatusSpec[] = PUSH_STATUSES;
  const name = status?.trim().toLowerCase();
  // 'verified' and 'click-through' come with "any of above" statusCode: match them by name.
  const byName = name === undefined ? [] : entries.filter((entry) => entry.status === name);
  const entry =
    byName.find((candidate) => candidate.statusCode === statusCode) ??
    byName.find((candidate) => candidate.statusCode === null) ??
    (name === undefined
      ? entries.find((candidate) => candidate.statusCode === statusCode)
      : undefined);

  const base = {
    statusCode,
    ...(status === undefined ? {} : { status }),
    ...(statusDesc === undefined ? {} : { statusDesc }),
  };
  if (entry === undefined) return { ...base, documented: false };

  let reason: string | undefined;
  if (entry.statusDesc.endsWith(REASON_SUFFIX) && statusDesc !== undefined) {
    const prefix = entry.statusDesc.slice(0, -REASON_SUFFIX.length);
    if (statusDesc.toLowerCase().startsWith(prefix.toLowerCase())) {
      const rest = statusDesc
        .slice(prefix.length)
        .replace(/^\s*:\s*/, '')
        .trim();
      if (rest !== '') reason = rest;
    }
  }
  const advice = PUSH_STATUS_ADVICE[entry.status as keyof typeof PUSH_STATUS_ADVICE];
  return {
    ...base,
    documented: true,
    documentedDesc: entry.statusDesc,
    ...(reason === undefined ? {} : { reason }),
    advice: advice.advice,
    source: entry.source,
  };
}
