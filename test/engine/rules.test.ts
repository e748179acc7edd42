// The rules, their severities and their order are the contract's: the README's rule table says them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULE_ORDER, RULES, SEVERITY_OF } from '../../src/checks/rules';
import { RULE_IDS } from '../../src/domain';

/** Rows of the README's "### Rules" table: `id` and severity, in the table's order. */
function readmeRules(): { id: string; severity: string }[] {
  const readme = readFileSync('README.md', 'utf8');
  const section = readme.slice(readme.indexOf('### Rules'), readme.indexOf('\n### ', readme.indexOf('### Rules') + 1));
  return [...section.matchAll(/^\| `([a-z-]+)` \| (error|warning|info) \|/gm)].map((m) => ({ id: m[1] ?? '', severity: m[2] ?? '' }));
}

describe('rules', () => {
  it('have the id, severity and order of the README table', () => {
    const table = readmeRules();
    expect(table.length).toBeGreaterThanOrEqual(14);
    expect(RULES).toEqual(table);
    expect(table.map((r) => SEVERITY_OF.get(r.id as (typeof RULE_IDS)[number]))).toEqual(table.map((r) => r.severity));
    expect(table.map((r) => RULE_ORDER.get(r.id as (typeof RULE_IDS)[number]))).toEqual(table.map((_, i) => i));
  });

  it('are exactly the rule ids the report type knows', () => {
    expect([...RULES.map((r) => r.id)].sort()).toEqual([...RULE_IDS].sort());
  });
});
