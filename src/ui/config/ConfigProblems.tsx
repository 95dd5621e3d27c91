/**
 * What is wrong with config.json, for the reseller who deploys the page (in
 * English, like the expert tools; the page meanwhile works as the general tool).
 */
export function ConfigProblems({ problems }: { readonly problems: readonly string[] }) {
  return (
    <div class="notice error" role="alert">
      <p>
        <strong>This ordering page is misconfigured</strong>, so it works as the general tool for
        now. Fix config.json next to index.html:
      </p>
      <ul>
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
    </div>
  );
}
