/** The English catalogue: every word of the ordering page, its result and collect steps. */
import { collect } from './collect';
import { common } from './common';
import { params } from './params';
import { result } from './result';
import { shop } from './shop';

export const en = { common, params, shop, result, collect };
