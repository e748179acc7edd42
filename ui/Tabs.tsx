/**
 * Tabs after the WAI-ARIA tabs pattern (https://www.w3.org/WAI/ARIA/apg/patterns/tabs/):
 * tablist/tab/tabpanel, aria-selected, one tab stop (roving tabindex), ←/→ and Home/End move
 * and select (automatic activation), Enter/Space select. The UI kit's Tabs are radio buttons
 * without names or tab roles, hence this own one. Tabs wrap to a second row rather than clip.
 */
import type { ComponentChildren } from 'preact';

export function tabId(id: string): string {
  return `jc-tab-${id}`;
}
export function tabPanelId(id: string): string {
  return `jc-tabpanel-${id}`;
}

export function Tabs<T extends string>(props: {
  ids: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (id: T) => void;
  label: string;
}) {
  const { ids } = props;
  const select = (id: T, focus: boolean): void => {
    props.onChange(id);
    if (focus) document.getElementById(tabId(id))?.focus();
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    const at = ids.indexOf(props.value);
    const to =
      event.key === 'ArrowRight' ? (at + 1) % ids.length
      : event.key === 'ArrowLeft' ? (at - 1 + ids.length) % ids.length
      : event.key === 'Home' ? 0
      : event.key === 'End' ? ids.length - 1
      : null;
    const next = to === null ? undefined : ids[to];
    if (next === undefined) return;
    event.preventDefault();
    select(next, true);
  };
  return (
    <div class="jc-tablist" role="tablist" aria-label={props.label} onKeyDown={onKeyDown}>
      {ids.map((id) => {
        const selected = id === props.value;
        return (
          <button
            key={id}
            type="button"
            role="tab"
            id={tabId(id)}
            class="jc-tab"
            aria-selected={selected ? 'true' : 'false'}
            aria-controls={tabPanelId(id)}
            tabIndex={selected ? 0 : -1}
            onClick={() => select(id, false)}
          >
            {props.labels[id]}
          </button>
        );
      })}
    </div>
  );
}

export function TabPanel(props: { id: string; children: ComponentChildren; class?: string }) {
  return (
    <div class={props.class} role="tabpanel" id={tabPanelId(props.id)} aria-labelledby={tabId(props.id)} tabIndex={0}>
      {props.children}
    </div>
  );
}
