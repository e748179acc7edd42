/**
 * Removing a node Journey Check created. A section we made may by now hold a user's sticky that
 * someone dropped into it: `remove()` would delete it too, so user content is first moved out to
 * the page, where it stays at the same place.
 */
import { isGenerated } from './storedRecords';
import { RESCUE_PROPERTIES, type WriteLog } from './writeLog';

export function removeGenerated(node: SceneNode, page: PageNode, log: WriteLog): void {
  if (node.removed) return;
  if (node.type === 'SECTION') {
    for (const child of node.children) rescueUserContent(child, page, log);
  }
  node.remove();
}

function rescueUserContent(node: SceneNode, page: PageNode, log: WriteLog): void {
  if (isGenerated(node)) {
    // Ours, but a section of ours may hold user content in turn.
    if (node.type === 'SECTION') for (const child of node.children) rescueUserContent(child, page, log);
    return;
  }
  const box = node.absoluteBoundingBox;
  log.touch(node, ...RESCUE_PROPERTIES);
  page.appendChild(node);
  if (box) {
    node.x = box.x;
    node.y = box.y;
  }
}
