/**
 * Focuses what a list has just drawn (the first item of a page loaded by "Pokaż więcej"),
 * looking it up a few times: the list is drawn once the cache has the new items.
 */
export function focusSoon(selector: string): void {
  for (const delay of [0, 60, 200]) {
    setTimeout(() => {
      const target = document.querySelector<HTMLElement>(selector);
      if (target && document.activeElement !== target) target.focus();
    }, delay);
  }
}
