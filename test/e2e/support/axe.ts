/**
 * An axe-core accessibility scan of the page as it is. axe is injected as a
 * script, which the app's own policy rightly refuses, so callers open the page
 * in a context with `bypassCSP: true`: the scan is about markup, not policy.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface Violation {
  readonly id: string;
  readonly impact: string;
  readonly help: string;
  readonly nodes: number;
}

interface AxeWindow {
  axe: {
    run: () => Promise<{
      violations: { id: string; impact: string; help: string; nodes: unknown[] }[];
    }>;
  };
}

/** The serious and critical violations axe finds on the page now. */
export async function seriousViolations(page: Page): Promise<Violation[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await (window as unknown as AxeWindow).axe.run();
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.length,
    }));
  });
  return violations.filter(({ impact }) => impact === 'serious' || impact === 'critical');
}
