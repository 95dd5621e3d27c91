/** What the CSR inspector returns, and the one way it assembles a result. */
import type { DcvRecords } from '../dcv';

import type { Severity } from '../../spec/types';

export type { Severity };

export interface Finding {
  readonly severity: Severity;
  /** The error code Sectigo would return, where the documents give one. */
  readonly code?: number;
  readonly message: string;
  /** What to do about it, in plain words. */
  readonly fix?: string;
}

export interface InspectedCsr {
  readonly subject: Record<string, string[]>;
  readonly dnsNames: string[];
  readonly ipAddresses: string[];
  readonly emailAddresses: string[];
  // `string & {}` keeps the two literal names visible to editors (contract: 'RSA' | 'EC' | string).
  readonly key: {
    type: 'RSA' | 'EC' | (string & {});
    bits?: number;
    curve?: string;
    exponent?: string;
  };
  readonly signatureAlgorithm: string;
  readonly signatureValid: boolean;
  /** False when this platform cannot check the signature algorithm. */
  readonly signatureChecked: boolean;
  readonly extensions: { oid: string; name: string; critical: boolean }[];
  readonly attributes: string[];
  /** The CSR as canonical PEM (what to submit). */
  readonly pem: string;
  readonly derLength: number;
}

export interface InspectResult {
  readonly ok: boolean;
  readonly csr?: InspectedCsr;
  readonly findings: Finding[];
  readonly dcv?: DcvRecords;
  /** What the input turned out to be. */
  readonly recognised:
    | 'csr'
    | 'certificate'
    | 'private-key'
    | 'public-key'
    | 'other-pem'
    | 'empty'
    | 'not-base64'
    | 'not-der';
}

export interface InspectOptions {
  /** A product code: its wildcard, multi-domain and validation-level rules apply. */
  readonly product?: number;
  /** For the DCV records (uniqueValue of !AutoApplyOrder). */
  readonly uniqueValue?: string;
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { error: 0, warning: 1, info: 2 };

/** Findings worst first; the CSR is acceptable when none is an error. */
export function result(
  partial: Omit<InspectResult, 'ok' | 'findings'> & { findings: Finding[] },
): InspectResult {
  const findings = [...partial.findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
  return { ...partial, findings, ok: !findings.some((finding) => finding.severity === 'error') };
}
