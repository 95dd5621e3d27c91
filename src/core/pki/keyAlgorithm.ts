/** Key algorithms the app generates (shared/DESIGN.md, public core API). */
export type KeyAlgorithm =
  'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'RSA-8192' | 'P-256' | 'P-384' | 'P-521';
