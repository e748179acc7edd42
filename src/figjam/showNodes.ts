/**
 * "Show on board": selects the nodes and zooms to them. A node may be on another page than the one
 * shown (a finding listed before the user switched page, an improvement row's source): the page is
 * switched first with setCurrentPageAsync — under documentAccess "dynamic-page" `figma.currentPage`
 * cannot be assigned, and a selection can only hold nodes of the current page.
 */
export interface ShownNodes {
  /** Ids now selected and in view. */
  found: string[];
  /** Ids that no longer exist (or are not scene nodes), and ids on a page other than the one shown. */
  missing: string[];
}

export async function showNodesOnBoardAsync(nodeIds: readonly string[]): Promise<ShownNodes> {
  const nodes: { id: string; node: SceneNode; page: PageNode }[] = [];
  const missing: string[] = [];
  for (const id of nodeIds) {
    const node = await figma.getNodeByIdAsync(id);
    const page = node && node.type !== 'PAGE' && node.type !== 'DOCUMENT' && !node.removed ? pageOf(node) : null;
    if (node && page && node.type !== 'PAGE' && node.type !== 'DOCUMENT') nodes.push({ id, node, page });
    else missing.push(id);
  }
  const first = nodes[0];
  if (!first) return { found: [], missing };
  // The page of the first node wins; nodes elsewhere cannot be selected with it.
  if (first.page.id !== figma.currentPage.id) await figma.setCurrentPageAsync(first.page);
  const shown = nodes.filter((entry) => entry.page.id === first.page.id);
  for (const entry of nodes) if (entry.page.id !== first.page.id) missing.push(entry.id);
  const selection = shown.map((entry) => entry.node);
  figma.currentPage.selection = selection;
  figma.viewport.scrollAndZoomIntoView(selection);
  return { found: shown.map((entry) => entry.id), missing };
}

function pageOf(node: BaseNode): PageNode | null {
  let current: BaseNode | null = node;
  while (current && current.type !== 'PAGE') current = current.parent;
  return current;
}
