/**
 * The shape every message catalogue has: the English one's. A later catalogue
 * written as `const de: Messages = { … }` fails the type check when it misses a
 * key, adds one, or gives a message that takes values as plain text.
 */
import type { en } from './en';

export type Messages = typeof en;
export type { ParamWords } from './en/params';
