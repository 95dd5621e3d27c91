/**
 * What the certificate tools return. Problems with the input (not a
 * certificate, a key that fits no certificate, a short password) come back as
 * values with a plain-words message; only bugs throw (as everywhere in the core).
 */
import type { Severity } from '../spec/types';

/** One attribute of a distinguished name, in the order the certificate gives them. */
export interface NameAttribute {
  /** OpenSSL's short name (CN, O, emailAddress ...), or the dotted OID when it has none. */
  readonly type: string;
  readonly oid: string;
  readonly value: string;
  /** More than one attribute in the same RDN (printed joined by `+`). */
  readonly multiValued: boolean;
}

export interface SubjectAltNames {
  readonly dns: readonly string[];
  readonly email: readonly string[];
  readonly ip: readonly string[];
  readonly uri: readonly string[];
  /** Other kinds (directory names, otherName ...), described briefly. */
  readonly other: readonly string[];
}

export interface CertificateKey {
  /** 'RSA', 'EC', or the name (else the OID) of another key type. */
  readonly type: string;
  readonly bits?: number;
  readonly curve?: string;
}

export interface CertificateInfo {
  /** Canonical PEM of the certificate. */
  readonly pem: string;
  readonly der: Uint8Array;
  /** X.509 version (1 or 3). */
  readonly version: number;
  /** RFC 2253 form, as `openssl x509 -noout -subject -nameopt RFC2253` prints it (most specific first). */
  readonly subject: string;
  readonly subjectAttributes: readonly NameAttribute[];
  readonly issuer: string;
  readonly issuerAttributes: readonly NameAttribute[];
  /** The last CN of the subject, when there is one. */
  readonly commonName?: string;
  readonly subjectAltNames: SubjectAltNames;
  /** Upper-case hex, as `openssl x509 -serial` prints it. */
  readonly serialNumber: string;
  /** ISO 8601, UTC. */
  readonly notBefore: string;
  readonly notAfter: string;
  readonly key: CertificateKey;
  /** OpenSSL's name of the signature algorithm (sha256WithRSAEncryption ...), or the OID. */
  readonly signatureAlgorithm: string;
  /** Upper-case hex pairs joined by colons, as `openssl x509 -fingerprint` prints them. */
  readonly fingerprints: { readonly sha1: string; readonly sha256: string };
  /** basicConstraints cA=TRUE. */
  readonly isCA: boolean;
  readonly pathLength?: number;
  /** keyUsage bits by name (digitalSignature, keyEncipherment ...). */
  readonly keyUsage: readonly string[];
  /** extendedKeyUsage purposes by name (emailProtection, clientAuth ...) or OID. */
  readonly extendedKeyUsage: readonly string[];
  /** Lower-case hex. */
  readonly subjectKeyId?: string;
  readonly authorityKeyId?: string;
  /** Subject and issuer are the same name. */
  readonly selfIssued: boolean;
  /** Self-issued and its signature verifies with its own key: a root. */
  readonly selfSigned: boolean;
}

export type DescribeResult =
  | { readonly ok: true; readonly certificate: CertificateInfo }
  | { readonly ok: false; readonly message: string };

export type ChainOrder = 'empty' | 'single' | 'leaf-first' | 'root-first' | 'mixed';

export interface ChainMessage {
  /** A chain check can also pass outright: `ok`. */
  readonly severity: Severity | 'ok';
  readonly text: string;
}

export interface ChainCheck {
  /** The readable certificates, in the order given. */
  readonly certificates: readonly CertificateInfo[];
  /** Entries that could not be read (by 1-based position in the input). */
  readonly unreadable: readonly string[];
  /** How the given order relates to the chain found. */
  readonly order: ChainOrder;
  /** Each certificate is issued by the next one: end entity first, as servers and importers expect. */
  readonly inOrder: boolean;
  /** Indexes into `certificates`, from the end entity up towards the root. */
  readonly path: readonly number[];
  /** The path ends at a self-signed root. */
  readonly complete: boolean;
  /** When incomplete: the issuer name the top of the path needs. */
  readonly missing?: string;
  /** Indexes of certificates that are not on the path. */
  readonly unrelated: readonly number[];
  /** PEM of the path, end entity first (certificate, then its issuers). */
  readonly bundlePem: string;
  readonly messages: readonly ChainMessage[];
}

export interface Pkcs12Request {
  /** PKCS#8, PKCS#1 or SEC1 PEM; encrypted PKCS#8 with `privateKeyPassphrase`. */
  readonly privateKeyPem: string;
  readonly privateKeyPassphrase?: string;
  /** PEM texts; each may hold several CERTIFICATE (or PKCS7) blocks. */
  readonly certificatesPem: readonly string[];
  /** The password that will protect the file. */
  readonly password: string;
  /** Shown by mail clients and key stores; defaults to the certificate's email address or CN. */
  readonly friendlyName?: string;
  /** 3DES and SHA-1 for old Windows and macOS; see buildPkcs12. */
  readonly legacy?: boolean;
  /** Key-derivation iterations (defaults in PKCS12_DEFAULTS). */
  readonly iterations?: number;
}

export type Pkcs12Result =
  | {
      readonly ok: true;
      readonly der: Uint8Array;
      readonly friendlyName: string;
      /** The certificates in the file, end entity first. */
      readonly certificates: readonly CertificateInfo[];
      /** The scheme in plain words, for the page. */
      readonly scheme: string;
    }
  | {
      readonly ok: false;
      readonly reason: 'password' | 'key' | 'certificates' | 'mismatch';
      readonly message: string;
    };
