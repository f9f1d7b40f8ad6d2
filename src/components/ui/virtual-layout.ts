import { elementScroll, observeElementRect, type Virtualizer } from '@tanstack/react-virtual';

// TanStack Virtual, as it mounts, reads its scroll element's size and scrolls it to its first offset:
// either makes the browser lay out the whole page in the middle of the first render (the costliest
// layout of a page load, and done again once the rows are in). These two options leave that first
// layout to the browser, which makes it anyway before painting.

/**
 * observeElementRect without the first, synchronous size read: the size comes from the ResizeObserver's
 * first report, made after the browser's own layout and before painting; until then the virtualizer
 * uses its initialRect.
 */
export function observeRectAfterLayout<T extends Element>(
  instance: Virtualizer<T, Element>,
  cb: (rect: { width: number; height: number }) => void,
): void | (() => void) {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver === 'undefined') return observeElementRect(instance, cb);
  // clientWidth/Height, as TanStack Virtual reads them; layout is up to date when the observer reports.
  const observer = new ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element, { box: 'content-box' });
  return () => observer.disconnect();
}

const scrolled = new WeakSet<Element>();

/** elementScroll, except the mount's scroll of a new element to the top, where it already is. */
export const scrollAfterMount: typeof elementScroll = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !scrolled.has(element)) {
    scrolled.add(element);
    if (offset + (options.adjustments ?? 0) === 0) return;
  }
  elementScroll(offset, options, instance);
};
