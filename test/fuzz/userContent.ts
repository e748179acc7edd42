/** What of a user's node the plugin must never change: existence, text, name, place, visibility, lock. */
import { snapshotState, type Emulator, type NodeState, type StateSnapshot } from '../emulator';

export interface UserView {
  id: string;
  type: string;
  name: string;
  parentId: string | null;
  text: unknown;
  x: unknown;
  y: unknown;
  width: unknown;
  height: unknown;
  visible: unknown;
  locked: unknown;
  stuckTo: unknown;
}

/** Nodes a run of Journey Check did not create: no `journeyCheck` tag. */
export function isUserNode(node: NodeState): boolean {
  const tagged = node.pluginData['journeyCheck'] !== undefined || node.sharedPluginData['journeycheck']?.['journeyCheck'] !== undefined;
  return !tagged && node.type !== 'DOCUMENT' && node.type !== 'PAGE';
}

function view(node: NodeState): UserView {
  const p = node.props;
  // Sticky heights follow their text; a recolour does not change either.
  return { id: node.id, type: node.type, name: node.name, parentId: node.parentId, text: p['text'], x: p['x'], y: p['y'], width: p['width'], height: p['height'], visible: p['visible'], locked: p['locked'], stuckTo: p['stuckTo'] };
}

/** The user's nodes by id (fills and plugin data left out: recolouring and tagging are allowed). */
export function userContent(state: StateSnapshot): Map<string, UserView> {
  return new Map(state.nodes.filter(isUserNode).map((n) => [n.id, view(n)]));
}

/** Every node of `before` still there and unchanged in `emu` (except the ids in `gone`). */
export function missingOrChanged(before: Map<string, UserView>, emu: Emulator, gone: ReadonlySet<string> = new Set()): string[] {
  const now = new Map(snapshotState(emu).nodes.map((n) => [n.id, view(n)]));
  const problems: string[] = [];
  for (const [id, was] of before) {
    if (gone.has(id)) continue;
    const is = now.get(id);
    if (!is) problems.push(`${was.type} ${id} was removed`);
    else if (JSON.stringify(is) !== JSON.stringify(was)) problems.push(`${was.type} ${id} changed: ${JSON.stringify(was)} → ${JSON.stringify(is)}`);
  }
  return problems;
}
