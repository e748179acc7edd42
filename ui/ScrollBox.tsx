/**
 * A box that scrolls sideways inside the view (a wide grid or chart): focusable and named, so
 * keyboard users can scroll it too, with a shade at the right edge and a written hint above it
 * while more lies beyond that edge.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useOverflow } from './useOverflow';

export function ScrollBox(props: { label: string; hint: string; class?: string; children: ComponentChildren }) {
  const ref = useRef<HTMLDivElement>(null);
  const { more } = useOverflow(ref);
  return (
    <div class="jc-grid-box">
      {more && (
        <p class="jc-scroll-hint" data-testid="scroll-hint" aria-hidden="true">
          {props.hint} →
        </p>
      )}
      <div
        ref={ref}
        class={`${props.class ?? 'jc-hscroll'}${more ? ' jc-more-right' : ''}`}
        tabIndex={0}
        role="region"
        aria-label={props.label}
      >
        {props.children}
      </div>
    </div>
  );
}
