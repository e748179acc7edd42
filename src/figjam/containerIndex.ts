/**
 * Where a node lies and whether something around it is locked, with as few reads as we can.
 * Every section's `children` is read once (one read per section, not per node) and its children
 * are looked up by node object; only a node not found there (inside a group, or when the host hands
 * out a fresh object for the same node) reads its own `parent`, walking up with caches keyed by id.
 */
export class ContainerIndex {
  /** Direct children of the page and of every section → their container section id (null: the page). */
  private readonly byNode = new Map<BaseNode, string | null>();
  /** Section (or, on the walk-up path, group) id → its container section id, groups skipped. */
  private readonly containerById = new Map<string, string | null>();
  /** Node id → whether it or anything around it is locked (filled on the walk-up path). */
  private readonly lockedById = new Map<string, boolean>();
  /** Sections by id: locked flag, container section, and for a section inside a group that group. */
  private readonly sections = new Map<string, SectionEntry>();

  constructor(page: PageNode) {
    for (const child of page.children) this.byNode.set(child, null);
    this.containerById.set(page.id, null);
    this.lockedById.set(page.id, false);
  }

  /** Registers a section's lock and children; call for every section before asking containers of sections. */
  addSection(id: string, locked: boolean, children: readonly SceneNode[]): void {
    this.sections.set(id, { locked, container: null });
    for (const child of children) this.byNode.set(child, id);
  }

  /** Once all sections are added: their own containers (a section inside a section). */
  resolveSections(sections: readonly SectionNode[], ids: readonly string[]): void {
    sections.forEach((section, i) => {
      const id = ids[i];
      const entry = id === undefined ? undefined : this.sections.get(id);
      if (!entry) return;
      entry.container = this.containerOf(section);
      // Inside a group: the groups between it and its container can be locked too.
      if (!this.byNode.has(section)) entry.group = section.parent;
    });
  }

  /** Section id of the node's container (null: the page); groups are skipped. */
  containerOf(node: SceneNode): string | null {
    const known = this.byNode.get(node);
    if (known !== undefined) return known;
    const parent = node.parent;
    return parent ? this.walkContainer(parent) : null;
  }

  /** Locked by the team: the node itself or any container around it (groups included). */
  isEffectivelyLocked(node: SceneNode): boolean {
    if (node.locked) return true;
    const known = this.byNode.get(node);
    if (known !== undefined) return this.sectionLocked(known);
    const parent = node.parent;
    return parent ? this.walkLocked(parent) : false;
  }

  /** A section or any section around it is locked (sections not registered count as unlocked). */
  private sectionLocked(id: string | null): boolean {
    const seen = new Set<string>();
    for (let at = id; at !== null && !seen.has(at); ) {
      seen.add(at);
      const entry = this.sections.get(at);
      if (!entry) return false;
      if (entry.locked) return true;
      if (entry.group) {
        entry.groupLocked ??= this.walkLocked(entry.group);
        return entry.groupLocked;
      }
      at = entry.container;
    }
    return false;
  }

  private walkContainer(node: BaseNode): string | null {
    const id = node.id;
    const cached = this.containerById.get(id);
    if (cached !== undefined) return cached;
    let result: string | null;
    if (node.type === 'SECTION') result = id;
    else if (node.type === 'PAGE' || node.type === 'DOCUMENT') result = null;
    else result = node.parent ? this.walkContainer(node.parent) : null;
    this.containerById.set(id, result);
    return result;
  }

  /** `node` (a container of something) or anything around it is locked. */
  private walkLocked(node: BaseNode): boolean {
    const id = node.id;
    const cached = this.lockedById.get(id);
    if (cached !== undefined) return cached;
    if (this.sections.has(id)) {
      const result = this.sectionLocked(id);
      this.lockedById.set(id, result);
      return result;
    }
    let result: boolean;
    if (node.type === 'PAGE' || node.type === 'DOCUMENT') result = false;
    else if ('locked' in node && node.locked) result = true;
    else {
      const known = this.byNode.get(node);
      if (known !== undefined) result = this.sectionLocked(known);
      else result = node.parent ? this.walkLocked(node.parent) : false;
    }
    this.lockedById.set(id, result);
    return result;
  }
}

interface SectionEntry {
  locked: boolean;
  container: string | null;
  /** The node holding the section when that is not a section or the page (a group). */
  group?: BaseNode | null;
  /** Whether that group or anything around it is locked (worked out on first use). */
  groupLocked?: boolean;
}

/** Every section of the page registered: one `findAllWithCriteria`, then id, locked and children per section. */
export function indexContainers(page: PageNode): ContainerIndex {
  const index = new ContainerIndex(page);
  const sections = page.findAllWithCriteria({ types: ['SECTION'] });
  const ids = sections.map((section) => {
    const id = section.id;
    index.addSection(id, section.locked, section.children);
    return id;
  });
  index.resolveSections(sections, ids);
  return index;
}
