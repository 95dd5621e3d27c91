/**
 * checkChain: given certificates in any order (as a response lists them),
 * finds the chain from the end entity up, says whether the order given is
 * that one (each issued by the next), its reverse (root first, the order
 * RequestAndCollectSMIME documents), or neither, and whether the chain
 * reaches a self-signed root or which issuer is missing.
 *
 * "Issued by" means: the issuer name equals the other's subject (RFC 5280
 * section 7.1, compared exactly and then with case and spaces folded), the key
 * identifiers do not disagree, and the signature verifies with the other's key.
 */
import { describeParsed, bytesEqual } from './describeCertificate';
import { DOCUMENTED_CHAIN_ORDER } from './documentedOrder';
import { parseCertificate, type ParsedCertificate } from './parseCertificate';
import { readCertificates } from './readCertificates';
import { sameName } from './readName';
import type { CertificateInfo, ChainCheck, ChainMessage, ChainOrder } from './types';
import { verifySignature } from './verifySignature';

export async function checkChain(pems: readonly (string | Uint8Array)[]): Promise<ChainCheck> {
  const read = readCertificates(Array.isArray(pems) ? pems : []);
  const unreadable = [...read.problems];
  const parsed: ParsedCertificate[] = [];
  for (const [index, der] of read.ders.entries()) {
    try {
      parsed.push(parseCertificate(der));
    } catch {
      unreadable.push(`Certificate ${index + 1} is damaged or not strict DER; it was left out.`);
    }
  }
  const certificates = await Promise.all(parsed.map((item) => describeParsed(item)));
  const messages: ChainMessage[] = unreadable.map((text) => ({ severity: 'error', text }));
  const n = certificates.length;
  if (n === 0) {
    messages.push({ severity: 'error', text: 'No certificate to check.' });
    return result({ certificates, unreadable, order: 'empty', path: [], messages });
  }

  const duplicates = new Set<number>();
  for (let i = 0; i < n; i += 1)
    for (let j = 0; j < i; j += 1)
      if (!duplicates.has(j) && bytesEqual(parsed[i]?.der ?? EMPTY, parsed[j]?.der ?? EMPTY)) {
        duplicates.add(i);
        messages.push({
          severity: 'warning',
          text: `Certificate ${i + 1} repeats certificate ${j + 1}; the copy is left out.`,
        });
      }

  // parentOf[i]: the certificate that issued certificate i.
  const parentOf = new Map<number, number>();
  for (let i = 0; i < n; i += 1) {
    const child = parsed[i];
    const info = certificates[i];
    if (!child || !info || info.selfSigned || duplicates.has(i)) continue;
    for (let j = 0; j < n; j += 1) {
      const parent = parsed[j];
      if (!parent || i === j || duplicates.has(j) || !namesIssuer(child, parent)) continue;
      if (await verifySignature(child.der, parent.spki)) {
        parentOf.set(i, j);
        break;
      }
      messages.push({
        severity: 'warning',
        text: `Certificate ${j + 1} has the name certificate ${i + 1} gives as its issuer, but its key did not sign certificate ${i + 1}: it is another certificate of that CA (re-keyed or cross-signed).`,
      });
    }
  }

  const path = findPath(certificates, parentOf, duplicates);
  const top = certificates[path[path.length - 1] ?? 0];
  const complete = top?.selfSigned === true;
  const order = orderOf(path, n - duplicates.size, duplicates.size === 0);
  describeOrder(order, messages);
  const first = certificates[path[0] ?? 0];
  if (first?.isCA === true)
    messages.push({
      severity: 'info',
      text: `There is no end-entity certificate: the chain starts at the CA certificate ${label(first)} (as a CA-bundle answer, ${DOCUMENTED_CHAIN_ORDER.caBundleQuery.parameter}, does).`,
    });
  if (complete)
    messages.push({
      severity: 'ok',
      text: `Complete: it ends at the self-signed root ${label(top)}.`,
    });
  else if (top)
    messages.push({
      severity: 'warning',
      text: `Incomplete: ${label(top)} was issued by ${top.issuer}, which is not here. Mail clients and servers need every intermediate (the root is usually in their trust store already); ask for the CA certificates with ${DOCUMENTED_CHAIN_ORDER.caBundleQuery.parameter}.`,
    });
  const unrelated = certificates
    .map((_, index) => index)
    .filter((index) => !path.includes(index) && !duplicates.has(index));
  for (const index of unrelated) {
    const info = certificates[index];
    if (info)
      messages.push({
        severity: 'warning',
        text: `Certificate ${index + 1} (${label(info)}) is not part of this chain.`,
      });
  }
  return result({
    certificates,
    unreadable,
    order,
    path,
    messages,
    complete,
    unrelated,
    ...(complete || !top ? {} : { missing: top.issuer }),
  });
}

const EMPTY = new Uint8Array(0);

function namesIssuer(child: ParsedCertificate, parent: ParsedCertificate): boolean {
  const named =
    bytesEqual(child.issuerDer, parent.subjectDer) ||
    sameName(child.issuer.attributes, parent.subject.attributes);
  const idsDisagree =
    child.authorityKeyId !== undefined &&
    parent.subjectKeyId !== undefined &&
    child.authorityKeyId !== parent.subjectKeyId;
  return named && !idsDisagree;
}

/** From the end entity (the certificate that issued no other, preferring a non-CA) upwards. */
function findPath(
  certificates: readonly CertificateInfo[],
  parentOf: ReadonlyMap<number, number>,
  duplicates: ReadonlySet<number>,
): number[] {
  const parents = new Set(parentOf.values());
  const walk = (start: number) => {
    const path = [start];
    for (let next = parentOf.get(start); next !== undefined && !path.includes(next);) {
      path.push(next);
      next = parentOf.get(next);
    }
    return path;
  };
  const starts = certificates
    .map((_, index) => index)
    .filter((index) => !parents.has(index) && !duplicates.has(index));
  let best: number[] = [];
  for (const start of starts) {
    const path = walk(start);
    const isLeaf = certificates[start]?.isCA === false;
    const bestIsLeaf = best.length > 0 && certificates[best[0] ?? 0]?.isCA === false;
    if (
      best.length === 0 ||
      (isLeaf && !bestIsLeaf) ||
      (isLeaf === bestIsLeaf && path.length > best.length)
    )
      best = path;
  }
  return best.length > 0 ? best : [0];
}

function orderOf(path: readonly number[], count: number, noDuplicates: boolean): ChainOrder {
  if (count === 1 && path.length === 1) return 'single';
  if (!noDuplicates || path.length !== count) return 'mixed';
  if (path.every((index, position) => index === position)) return 'leaf-first';
  if (path.every((index, position) => index === count - 1 - position)) return 'root-first';
  return 'mixed';
}

function describeOrder(order: ChainOrder, messages: ChainMessage[]): void {
  const documented = DOCUMENTED_CHAIN_ORDER.requestAndCollectSmime;
  if (order === 'leaf-first')
    messages.push({
      severity: 'ok',
      text: 'In order: end entity first, each certificate issued by the next one, as servers and mail clients expect.',
    });
  else if (order === 'root-first')
    messages.push({
      severity: 'info',
      text: `Root first: each certificate is issued by the one before it. This is the order RequestAndCollectSMIME documents (${documented.order.join(', ')}; ${documented.source.doc}, “${documented.source.section}”), the reverse of what servers and mail clients expect; the bundle and the PKCS#12 file put the end entity first.`,
    });
  else if (order === 'mixed')
    messages.push({
      severity: 'warning',
      text: 'Not in chain order, or not all one chain: the bundle below lists the chain end entity first.',
    });
}

function label(info: CertificateInfo): string {
  return info.commonName !== undefined ? `“${info.commonName}”` : info.subject || '(empty subject)';
}

function result(
  parts: Pick<ChainCheck, 'certificates' | 'unreadable' | 'order' | 'path' | 'messages'> &
    Partial<Pick<ChainCheck, 'complete' | 'unrelated' | 'missing'>>,
): ChainCheck {
  return {
    certificates: parts.certificates,
    unreadable: parts.unreadable,
    order: parts.order,
    inOrder: parts.order === 'single' || parts.order === 'leaf-first',
    path: parts.path,
    complete: parts.complete ?? false,
    ...(parts.missing === undefined ? {} : { missing: parts.missing }),
    unrelated: parts.unrelated ?? [],
    bundlePem: parts.path.map((index) => parts.certificates[index]?.pem ?? '').join(''),
    messages: parts.messages,
  };
}
