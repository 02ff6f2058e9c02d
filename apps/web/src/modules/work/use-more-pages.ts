import { useState } from 'react';
import { useT } from '../../i18n/I18n';
import { apiProblem } from '../../ui/field-errors';
import { focusSoon } from '../../ui/focus-soon';

/**
 * "Pokaż więcej" of one of my work's lists: what it says when a page came (and focus on its
 * first item) or did not (the API's words; focus stays on the button).
 */
export function useMorePages(words: { readonly more: (added: number) => string; readonly failed: (message: string) => string }) {
  const { t } = useT();
  const [said, setSaid] = useState('');
  const [failed, setFailed] = useState('');
  const reset = () => {
    setSaid('');
    setFailed('');
  };
  const loadMore = async (load: () => Promise<number>, firstNewItem: string) => {
    setFailed('');
    try {
      const added = await load();
      setSaid(words.more(added));
      focusSoon(firstNewItem);
    } catch (error) {
      const message = words.failed(apiProblem(error, t).message);
      setFailed(message);
      setSaid(message);
    }
  };
  return { said, failed, reset, loadMore };
}
