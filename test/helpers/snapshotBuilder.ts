// A tiny fluent builder for board snapshots in tests: sections with bounds and children,
// stickies, shapes, texts, connectors and stamps, with readable ids.
import type { BoardSnapshot, Rect, SnapshotNode, SnapshotNodeKind } from '../../src/snapshot';

export interface At {
  x: number;
  y: number;
  w?: number;
  h?: number;
}

export interface NodeOptions {
  id?: string;
  author?: string | null;
  visible?: boolean;
  generated?: boolean;
  /** Leave the node on the page although it is built inside a section (geometric fallback). */
  onPage?: boolean;
  noBounds?: boolean;
}

export class Container {
  constructor(
    protected readonly board: NodeStore,
    readonly id: string | null,
  ) {}

  /** A section; `fill` adds its children. Returns the section's id. */
  section(name: string, rect: Rect, fill?: (section: Container) => void, options: NodeOptions = {}): string {
    const id = this.board.add('section', 'SECTION', this.parentFor(options), { name, bounds: rect }, options);
    fill?.(new Container(this.board, id));
    return id;
  }

  /** A sticky of 100×100 (by default) whose top-left corner is `at`. */
  sticky(text: string, at: At, options: NodeOptions = {}): string {
    return this.board.add('sticky', 'STICKY', this.parentFor(options), { text, bounds: box(at, 100) }, options);
  }

  shape(text: string, at: At, options: NodeOptions = {}): string {
    return this.board.add('shape', 'SHAPE_WITH_TEXT', this.parentFor(options), { text, bounds: box(at, 100) }, options);
  }

  text(text: string, at: At, options: NodeOptions = {}): string {
    return this.board.add('text', 'TEXT', this.parentFor(options), { text, bounds: box(at, 30) }, options);
  }

  /** A stamp (vote); stuck to a node, or lying at `at`. */
  stamp(at: At, options: NodeOptions & { stuckTo?: string | null; name?: string } = {}): string {
    return this.board.add('stamp', 'STAMP', this.parentFor(options), { name: options.name ?? 'Thumbs up', bounds: box(at, 20), stuckTo: options.stuckTo ?? null }, options);
  }

  connector(from: string | null, to: string | null, options: NodeOptions = {}): string {
    return this.board.add('connector', 'CONNECTOR', this.parentFor(options), { connectorStart: from, connectorEnd: to, bounds: null }, options);
  }

  other(type: string, at: At, options: NodeOptions = {}): string {
    return this.board.add('other', type, this.parentFor(options), { bounds: box(at, 50) }, options);
  }

  private parentFor(options: NodeOptions): string | null {
    return options.onPage ? null : this.id;
  }
}

/** The nodes built so far, in document order. */
export class NodeStore {
  readonly nodes: SnapshotNode[] = [];
  private next = 1;

  add(kind: SnapshotNodeKind, type: string, parentId: string | null, fields: Partial<SnapshotNode>, options: NodeOptions): string {
    const id = options.id ?? `${kind}-${this.next++}`;
    this.nodes.push({
      id,
      kind,
      type,
      name: fields.name ?? '',
      text: fields.text ?? '',
      bounds: options.noBounds ? null : (fields.bounds ?? null),
      parentId,
      fill: null,
      author: options.author ?? null,
      visible: options.visible ?? true,
      ...(fields.connectorStart !== undefined ? { connectorStart: fields.connectorStart, connectorEnd: fields.connectorEnd ?? null } : {}),
      ...(fields.stuckTo !== undefined ? { stuckTo: fields.stuckTo } : {}),
      ...(options.generated ? { generated: true } : {}),
    });
    return id;
  }
}

export class BoardBuilder extends Container {
  constructor(private readonly name: string) {
    super(new NodeStore(), null);
  }

  build(): BoardSnapshot {
    return { name: this.name, nodes: this.board.nodes.map((n) => ({ ...n })) };
  }
}

export function board(name = 'Test board'): BoardBuilder {
  return new BoardBuilder(name);
}

function box(at: At, size: number): Rect {
  return { x: at.x, y: at.y, width: at.w ?? size, height: at.h ?? size };
}

/**
 * A journey section with phase columns side by side (each 400 wide, 800 tall, starting at x+200 so
 * there is room for row labels on the left). `fill` gets each phase and its column's left x.
 */
export function journey(
  parent: Container,
  name: string,
  phases: readonly string[],
  fill: (phase: Container, index: number, x: number, y: number) => void = () => {},
  origin: { x: number; y: number } = { x: 0, y: 0 },
): string {
  return parent.section(name, { x: origin.x, y: origin.y, width: 200 + phases.length * 400 + 100, height: 900 }, (j) => {
    phases.forEach((phase, i) => {
      const x = origin.x + 200 + i * 400;
      j.section(phase, { x, y: origin.y + 50, width: 380, height: 800 }, (p) => fill(p, i, x, origin.y + 50));
    });
  });
}
