/**
 * What the plugin itself changed on the page during one action, so live mode can tell the echo of
 * its own writes from a person's edit. Figma reports both with origin 'LOCAL' — "If the change is
 * 'LOCAL' it is from the user running the plugin and if it is 'REMOTE' it is from a different user
 * in the file" (plugin-api.d.ts, DocumentChange.origin) — so the origin cannot tell them apart;
 * the ids and properties the plugin wrote can.
 */
export class WriteLog {
  /** Nodes the plugin made, moved into place, rewrote or removed: every change to them is ours. */
  private readonly owned = new Set<string>();
  /** Team nodes the plugin touched, with the properties it wrote (a sticky's fills and records). */
  private readonly touched = new Map<string, Set<string>>();
  /**
   * Nodes logged by object: their ids are read only if live mode ever asks (a menu command closes
   * without asking, so it pays no extra read per node). `id` stays readable on a removed node.
   */
  private pending: { node: BaseNode; properties: readonly string[] | null }[] = [];

  own(node: string | BaseNode): void {
    if (typeof node === 'string') this.owned.add(node);
    else this.pending.push({ node, properties: null });
  }

  touch(node: string | BaseNode, ...properties: string[]): void {
    if (typeof node === 'string') this.addTouched(node, properties);
    else this.pending.push({ node, properties });
  }

  /** A change this action caused: to a node it owns, or only properties it wrote on a team node. */
  explains(change: NodeChange): boolean {
    this.resolvePending();
    if (this.owned.has(change.id)) return true;
    if (change.type !== 'PROPERTY_CHANGE') return false;
    const written = this.touched.get(change.id);
    return written !== undefined && change.properties.every((property) => written.has(property));
  }

  private addTouched(id: string, properties: readonly string[]): void {
    const known = this.touched.get(id) ?? new Set<string>();
    for (const property of properties) known.add(property);
    this.touched.set(id, known);
  }

  private resolvePending(): void {
    for (const { node, properties } of this.pending) {
      if (properties === null) this.owned.add(node.id);
      else this.addTouched(node.id, properties);
    }
    this.pending = [];
  }
}

/** The properties a recolour or a restore writes on a team's sticky (its paint, its colour record). */
export const RECOLOUR_PROPERTIES = ['fills', 'pluginData'] as const;
/** A relaunch button on a team's section: relaunch data is not a listed NodeChangeProperty. */
export const RELAUNCH_PROPERTIES = ['relaunchData', 'pluginData'] as const;
/** A team's sticky moved out of a section of ours before that section is removed. */
export const RESCUE_PROPERTIES = ['parent', 'x', 'y', 'relativeTransform'] as const;
