/**
 * The English catalogue's plurals, numbers and durations (en/); the other
 * languages' come from formatsFor with their own tag.
 */
import { formatsFor } from './formatsFor';

export const { plural, formatNumber, formatSeconds } = formatsFor('en');
