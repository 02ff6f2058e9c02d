/** What to focus: a selector, or a look-up (for a fallback, or to make a heading focusable first). */
export type FocusTarget = string | (() => HTMLElement | null | undefined);

export interface FocusSoonOptions {
  /** Leaves focus where it is when this says so (for instance: the reader already moved within the board). */
  readonly keepIf?: (active: Element) => boolean;
}

const DELAYS = [0, 60, 200, 600];

/**
 * Focuses an element once it is drawn, looking it up a few times: after a refetch or a move the
 * list is drawn again (perhaps twice: optimistically, then as the API answered), so a ref may
 * already be gone. Once focused, focus is taken back only if it was lost to the page (the element
 * drawn anew), never from where the reader moved on (WCAG 2.4.3).
 */
export function focusSoon(target: FocusTarget, { keepIf }: FocusSoonOptions = {}): void {
  let focused = false;
  const find = typeof target === 'string' ? () => document.querySelector<HTMLElement>(target) : target;
  for (const delay of DELAYS) {
    setTimeout(() => {
      const active = document.activeElement;
      const lost = !active || active === document.body;
      if (focused && !lost) return;
      if (!lost && keepIf?.(active)) return;
      const element = find();
      if (!element || element === active) return;
      element.focus();
      focused = document.activeElement === element;
    }, delay);
  }
}

/** The selector of an element by its id (ids here are made of letters, digits and dashes). */
export const idSelector = (id: string) => `[id="${id}"]`;
