/** The English catalogue: every word of the ordering page, its result and collect steps, and the Generate view. */
import { app } from './app';
import { collect } from './collect';
import { common } from './common';
import { generate } from './generate';
import { params } from './params';
import { result } from './result';
import { shop } from './shop';

export const en = { app, common, params, shop, result, collect, generate };
