/**
 * The corner grip Figma plugins use to resize their window: dragging asks the sandbox to
 * `figma.ui.resize` (sizes clamped to what the protocol accepts, 200…1600, and never narrower
 * than the panel's own min-width of 280 px in styles.css, so the grip cannot clip the panel).
 */
import { useRef } from 'preact/hooks';
import type { UiToSandbox } from '../src/messages';

const MIN = 200;
const MAX = 1600;
/** The panel's min-width (styles.css, body). */
export const MIN_WIDTH = 280;

export function clampSize(value: number, min = MIN): number {
  return Math.round(Math.max(min, Math.min(MAX, value)));
}

export function ResizeGrip(props: { send: (msg: UiToSandbox) => void; label: string }) {
  const last = useRef<{ width: number; height: number } | null>(null);
  const onPointerDown = (event: PointerEvent): void => {
    const grip = event.currentTarget;
    if (!(grip instanceof Element)) return;
    grip.setPointerCapture(event.pointerId);
    event.preventDefault();
  };
  const onPointerMove = (event: PointerEvent): void => {
    const grip = event.currentTarget;
    if (!(grip instanceof Element) || !grip.hasPointerCapture(event.pointerId)) return;
    const size = { width: clampSize(event.clientX + 6, MIN_WIDTH), height: clampSize(event.clientY + 6) };
    if (last.current && last.current.width === size.width && last.current.height === size.height) return;
    last.current = size;
    props.send({ type: 'resize', ...size });
  };
  return (
    <div class="jc-grip" title={props.label} aria-hidden="true" onPointerDown={onPointerDown} onPointerMove={onPointerMove}>
      <svg width="12" height="12" viewBox="0 0 12 12">
        <path d="M11 1 1 11M11 5 5 11M11 9 9 11" stroke="currentColor" fill="none" />
      </svg>
    </div>
  );
}
