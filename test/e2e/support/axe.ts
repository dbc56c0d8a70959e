// axe-core run inside an extension page, with the WCAG A/AA rules and its best practices. The
// pages' content security policy forbids injected <script> tags; code evaluated by the browser's
// devtools protocol is not a page script, so the engine goes in that way.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const RULE_SETS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

interface AxeResult {
  violations: { id: string; nodes: { target: string[] }[] }[];
}

/** Every violation on the page as "rule: element, element", empty when there is none. */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const result = await page.evaluate(
    (tags) => (globalThis as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe.run(document, { runOnly: { type: 'tag', values: tags } }),
    RULE_SETS,
  );
  return result.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
}
