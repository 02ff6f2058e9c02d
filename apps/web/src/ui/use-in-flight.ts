import { useCallback, useRef, useState } from 'react';

/**
 * One change at a time, as ui/use-form-submit runs a form: a second press while the first is on
 * its way sends nothing. `pending` is for aria-disabled; the ref is the guard, since two clicks
 * can come before React renders again.
 */
export function useInFlight() {
  const sending = useRef(false);
  const [pending, setPending] = useState(false);
  const guard = useCallback(async (run: () => Promise<void>): Promise<void> => {
    if (sending.current) return;
    sending.current = true;
    setPending(true);
    try {
      await run();
    } finally {
      sending.current = false;
      setPending(false);
    }
  }, []);
  return { pending, guard };
}
