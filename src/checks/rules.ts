// The rules of the contract: id, severity and their fixed order in the report.
import type { RuleId, Severity } from '../domain';

export const RULES: readonly { id: RuleId; severity: Severity }[] = [
  { id: 'no-journey', severity: 'error' },
  { id: 'phase-empty', severity: 'error' },
  { id: 'phase-missing', severity: 'warning' },
  { id: 'emotion-missing', severity: 'warning' },
  { id: 'pain-hotspot', severity: 'warning' },
  { id: 'emotion-drop', severity: 'warning' },
  { id: 'pain-unaddressed', severity: 'warning' },
  { id: 'channel-unused', severity: 'info' },
  { id: 'single-channel', severity: 'info' },
  { id: 'persona-missing', severity: 'warning' },
  { id: 'unplaced-sticky', severity: 'info' },
  { id: 'empty-sticky', severity: 'info' },
  { id: 'duplicate-touchpoint', severity: 'info' },
  { id: 'single-author', severity: 'info' },
  { id: 'layout-unread', severity: 'info' },
];

export const RULE_ORDER: ReadonlyMap<RuleId, number> = new Map(RULES.map((r, i) => [r.id, i]));
export const SEVERITY_OF: ReadonlyMap<RuleId, Severity> = new Map(RULES.map((r) => [r.id, r.severity]));
