/** The result page's technical details (ResultDetails.tsx), a chunk of their own. */
import { lazyOnce } from '../../lazyOnce';

export const loadResultDetails = lazyOnce(() =>
  import('./ResultDetails').then((module) => module.ResultDetails),
);
