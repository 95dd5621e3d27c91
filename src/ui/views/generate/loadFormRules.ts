/**
 * The Generate form's rules (formRules.ts): the core's request check with the
 * name rules and their tables, out of the start page's first load and fetched
 * as soon as the form has rendered.
 */
import { lazyOnce } from '../../lazyOnce';

export const loadFormRules = lazyOnce(() => import('./formRules'));
