// layout-unread: what looks like structure but was not used (journey/unreadLayout.ts), each with
// the reason and a fix, so nothing the team drew is dropped silently.
import type { Journey } from '../journey/model';
import type { UnreadStructure } from '../journey/unreadLayout';
import type { CheckContext } from './checkContext';
import { finding, type PlacedFinding, quote } from './finding';

export function layoutChecks({ model, strings }: CheckContext): PlacedFinding[] {
  const t = strings.findings.layoutUnread;
  const journeyAt = (index: number | null): Journey | null => (index === null ? null : (model.journeys[index] ?? null));
  return model.unread.map((u: UnreadStructure): PlacedFinding => {
    switch (u.kind) {
      case 'stage-refused': {
        const journey = journeyAt(u.journeyIndex);
        const phase = journey?.phases[u.phaseIndex] ?? null;
        const stage = u.nearly === null ? '' : strings.stages[u.nearly];
        const others = u.others.map((o) => `"${quote(o)}"`).join(', ');
        const title = quote(u.title);
        const message =
          u.why === 'taken' && others
            ? t.stageTaken(title, stage, others)
            : u.why === 'shared' && others
              ? t.stageShared(title, stage, others)
              : u.why === 'two-stages'
                ? t.stageTwo(title)
                : t.stageAmbiguous(title);
        return finding('layout-unread', message, { journey, phase, stage: u.nearly, nodeIds: [u.nodeId] });
      }
      case 'stage-section-outside':
        return finding('layout-unread', t.stageSectionOutside(quote(u.title), strings.stages[u.stage]), { stage: u.stage, nodeIds: [u.nodeId] });
      case 'label-unplaced': {
        const journey = journeyAt(u.journeyIndex);
        const phase = u.phaseIndex === null ? null : (journey?.phases[u.phaseIndex] ?? null);
        const kind = t.labelKinds[u.what];
        const message = phase ? t.labelInPhase(quote(u.text), kind, phase.name) : t.labelOutside(quote(u.text), kind);
        return finding('layout-unread', message, { journey, phase, channel: u.what === 'channel' ? u.text : null, nodeIds: [u.nodeId] });
      }
      case 'lane-unnamed':
        return finding('layout-unread', t.laneUnnamed(quote(u.text)), { journey: journeyAt(u.journeyIndex), nodeIds: [u.nodeId] });
    }
  });
}
