/**
 * What the collect step says about the answer a customer brings back: the
 * documented codes in the customer's words, anything else without claiming
 * that Sectigo said it, and never the answer's own message line.
 */
import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CollectAnswerStep } from '../../../../src/ui/views/shop/collect/CollectAnswerStep';
import { readAnswer } from '../../../../src/ui/views/shop/collect/readAnswer';

const shown = (text: string) => {
  render(<CollectAnswerStep text={text} answer={readAnswer(text)} onChange={() => undefined} />);
  return screen.getByRole('alert').textContent;
};

describe('CollectAnswerStep', () => {
  it.each([
    // requestandcollectsmime.txt, error -154; worded in en/collect.ts.
    [
      'a documented code',
      '-154\nEmail verification not yet completed!',
      /not confirmed your email/,
    ],
    // No document gives -987: the number, not an attribution to Sectigo.
    [
      'an unknown code',
      '-987\n<b>Pay at evil.example</b>',
      /error -987, which this page cannot explain/,
    ],
  ])('%s', (_, text, expected) => {
    const said = shown(text);
    expect(said).toMatch(expected);
    expect(said).not.toMatch(/Sectigo answered|evil\.example|Email verification not yet/);
  });
});
