/** Key algorithms the app generates (public core API: README, "Public core API"). */
export type KeyAlgorithm =
  'RSA-2048' | 'RSA-3072' | 'RSA-4096' | 'RSA-8192' | 'P-256' | 'P-384' | 'P-521';
