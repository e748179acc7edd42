/**
 * Shows a long list a page at a time ("Show more"), so a board with thousands of findings
 * renders only what a facilitator can read. The page count survives live updates.
 */
import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { Button } from './kit';
import { useStrings } from './i18n';

export const PAGE_SIZE = 50;

export function PagedList<T>(props: {
  items: readonly T[];
  renderItem: (item: T, index: number) => ComponentChildren;
  itemKey: (item: T, index: number) => string;
  label: string;
}) {
  const t = useStrings();
  const [pages, setPages] = useState(1);
  const visible = props.items.slice(0, pages * PAGE_SIZE);
  const left = props.items.length - visible.length;
  return (
    <div>
      <ul class="jc-list" aria-label={props.label}>
        {visible.map((item, i) => (
          <li key={props.itemKey(item, i)} class="jc-list-item">
            {props.renderItem(item, i)}
          </li>
        ))}
      </ul>
      {left > 0 && (
        <div class="jc-more">
          <Button secondary onClick={() => setPages(pages + 1)}>
            {t.actions.showMore(left)}
          </Button>
        </div>
      )}
    </div>
  );
}
