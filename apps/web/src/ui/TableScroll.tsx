import type { ReactNode } from 'react';

/**
 * A table that may be wider than a phone scrolls inside its own box (.table-scroll; the page
 * never scrolls sideways). A scrolling box is keyboard-operable only when it takes focus
 * (WCAG 2.1.1), so it is a focusable region named like its table: by `label`, or by the id of
 * the table's heading or caption in `labelledBy`.
 */
export function TableScroll({ label, labelledBy, children }: { children: ReactNode } & ({ label: string; labelledBy?: never } | { labelledBy: string; label?: never })) {
  return (
    // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
    <div className="table-scroll" role="region" aria-label={label} aria-labelledby={labelledBy} tabIndex={0}>
      {children}
    </div>
  );
}
