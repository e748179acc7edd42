/** Whether a scroll box has more to show sideways, kept up to date on resize and scroll. */
import { useEffect, useState, type MutableRef } from 'preact/hooks';

export interface Overflow {
  /** Some content lies beyond the right edge. */
  more: boolean;
}

export function useOverflow(ref: MutableRef<HTMLElement | null>): Overflow {
  const [more, setMore] = useState(false);
  useEffect(() => {
    const box = ref.current;
    if (!box) return undefined;
    const measure = (): void => setMore(box.scrollLeft + box.clientWidth < box.scrollWidth - 1);
    measure();
    box.addEventListener('scroll', measure, { passive: true });
    const observer = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(measure);
    observer?.observe(box);
    const first = box.firstElementChild;
    if (first) observer?.observe(first);
    return () => {
      box.removeEventListener('scroll', measure);
      observer?.disconnect();
    };
  }, [ref]);
  return { more };
}
