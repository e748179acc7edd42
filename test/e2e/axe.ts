/**
 * axe-core (pinned dev dependency) in the panel's frame. The script is evaluated through the
 * DevTools protocol, which the panel's CSP does not govern, so the shipped CSP stays as strict.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Frame } from 'playwright-core';

const require = createRequire(import.meta.url);
let source: string | null = null;

export interface AxeNode {
  target: string[];
  html: string;
  /** For color-contrast: what axe measured. */
  data: { fgColor?: string; bgColor?: string; contrastRatio?: number } | null;
}
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

/**
 * Colour pairs that are Figma's own variables, not ours: the UI kit's primary and danger buttons
 * draw Figma's white --figma-color-text-onbrand / -ondanger on Figma's --figma-color-bg-brand /
 * -bg-danger, and Figma supplies those values in the plugin (themeColors: true). Measured by axe
 * in Chromium with the UI kit's theme.css (the values Figma documents):
 *   light  #ffffff on #0d99ff (bg-brand)   2.99:1   dark  #ffffff on #0c8ce9 (bg-brand)   3.53:1
 *   light  #ffffff on #f24822 (bg-danger)  3.67:1   dark  #ffffff on #e03e1a (bg-danger)  4.31:1
 * Everything else must pass (4.5:1 for text).
 */
export const FIGMA_COLOUR_PAIRS: readonly { fg: string; bg: string; variable: string }[] = [
  { fg: '#ffffff', bg: '#0d99ff', variable: 'light --figma-color-text-onbrand on --figma-color-bg-brand' },
  { fg: '#ffffff', bg: '#0c8ce9', variable: 'dark --figma-color-text-onbrand on --figma-color-bg-brand' },
  { fg: '#ffffff', bg: '#f24822', variable: 'light --figma-color-text-ondanger on --figma-color-bg-danger' },
  { fg: '#ffffff', bg: '#e03e1a', variable: 'dark --figma-color-text-ondanger on --figma-color-bg-danger' },
];

function isFigmaPair(node: AxeNode): boolean {
  const fg = node.data?.fgColor?.toLowerCase();
  const bg = node.data?.bgColor?.toLowerCase();
  return FIGMA_COLOUR_PAIRS.some((p) => p.fg === fg && p.bg === bg);
}

export interface AxeResult {
  /** Everything axe found beyond Figma's own colours. */
  violations: AxeViolation[];
  /** The color-contrast nodes excused as Figma's own colours, with axe's measurement. */
  excused: AxeNode[];
}

/** Runs every axe rule (WCAG 2.x A/AA and best practices) on the panel. */
export async function runAxe(frame: Frame): Promise<AxeResult> {
  source ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const loaded = await frame.evaluate(() => 'axe' in window);
  if (!loaded) await frame.evaluate(source);
  const violations = await frame.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => {
        const node = n as unknown as { target: string[]; html: string; any: { data: AxeNode['data'] }[] };
        return { target: node.target, html: node.html.slice(0, 160), data: node.any[0]?.data ?? null };
      }),
    }));
  });
  return {
    violations: violations
      .map((v) => (v.id === 'color-contrast' ? { ...v, nodes: v.nodes.filter((n) => !isFigmaPair(n)) } : v))
      .filter((v) => v.nodes.length > 0),
    excused: violations.filter((v) => v.id === 'color-contrast').flatMap((v) => v.nodes.filter(isFigmaPair)),
  };
}

/** One line per offending node, for a readable failure. */
export function describeViolations(violations: readonly AxeViolation[]): string[] {
  return violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id}: ${n.target.join(' ')} ${n.data?.contrastRatio === undefined ? '' : `${n.data.fgColor} on ${n.data.bgColor} ${n.data.contrastRatio}:1 `}${n.html}`),
  );
}
