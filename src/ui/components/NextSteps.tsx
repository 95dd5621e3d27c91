/** Steps left out where they do not apply (`cond && text`). */
type Steps = readonly (string | false | null | undefined)[];

/**
 * What happens next, in order: a heading (h3, inside a step's section) and
 * the numbered steps. Used where the ordering page says what placing the
 * order sets off, and what follows once it is placed.
 */
export function NextSteps({ heading, steps }: { readonly heading: string; readonly steps: Steps }) {
  return (
    <>
      <h3>{heading}</h3>
      <ol class="what-happens">
        {steps
          .filter((step): step is string => Boolean(step))
          .map((step, index) => (
            <li key={index}>{step}</li>
          ))}
      </ol>
    </>
  );
}
