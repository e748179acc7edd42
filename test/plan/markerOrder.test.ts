/**
 * A sticky's marker gets the place right next to its sticky before phase and cell questions are
 * placed (planMarkers): on the webshop example, "Is this the same touchpoint twice?" sits right
 * under its sticky. Placed in board order, the Refund phase's question took that spot first and
 * pushed the duplicate's marker off to a diagonal 142 units away, closer-looking to another sticky.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyseBoard } from '../../src/analyse';
import { buildWritePlan } from '../../src/plan/buildWritePlan';
import { distance } from '../../src/plan/placement';
import { readRestBoard } from '../../src/rest/readRestFile';
import { DEFAULT_WRITE_BACK } from '../../src/settings';

describe('marker order', () => {
  it('puts a sticky’s marker right beside its sticky even when a phase question comes first in the findings', () => {
    const snapshot = readRestBoard(JSON.parse(readFileSync('examples/webshop-returns-en.json', 'utf8')));
    const report = analyseBoard(snapshot);
    const plan = buildWritePlan(report, snapshot, DEFAULT_WRITE_BACK, report.lang);
    const duplicate = plan.items.find((i) => i.kind === 'shape' && i.key.startsWith('marker:duplicate-touchpoint:'));
    if (duplicate?.kind !== 'shape' || !duplicate.source) throw new Error('no duplicate marker');
    const sticky = snapshot.nodes.find((n) => n.id === duplicate.source)?.bounds;
    if (!sticky) throw new Error('no sticky');
    // The phase's own question is listed before the duplicate in the findings.
    const rules = report.findings.map((f) => f.rule);
    expect(rules.indexOf('single-channel')).toBeLessThan(rules.indexOf('duplicate-touchpoint'));
    expect(distance(duplicate.box, sticky)).toBeLessThanOrEqual(20);
  });
});
