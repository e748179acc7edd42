import type { Severity } from '../../src/domain';

/** Severity by shape as well as colour: a filled disc, a triangle, an open disc. */
export function SeverityIcon(props: { severity: Severity; label: string }) {
  return (
    <svg class={`jc-sev jc-sev-${props.severity}`} width="14" height="14" viewBox="0 0 14 14" role="img" aria-label={props.label}>
      {props.severity === 'error' && <circle cx="7" cy="7" r="6" />}
      {props.severity === 'warning' && <path d="M7 1 13 13H1Z" />}
      {props.severity === 'info' && <circle cx="7" cy="7" r="5" fill="none" stroke-width="2" />}
    </svg>
  );
}
