import { type TypedDocumentNode } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { type ResolveThreadInput } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { conflictVersion } from '../../ui/conflict-version';
import { useFormSubmit } from '../../ui/use-form-submit';
import type { PlanThread } from './plan-page-context';
import { usePlanPage } from './plan-page-context';

/** A one-click change of a thread (reopening it) at the version the reader saw; a refusal in its words. */
export function ThreadActionButton<T>({ thread, document, label }: { thread: PlanThread; document: TypedDocumentNode<T, { input: ResolveThreadInput }>; label: string }) {
  const { t } = useT();
  const { refresh } = usePlanPage();
  const [change] = useMutation(document);
  // The version the button appeared at; a reload alone does not move it, a CONFLICT (shown) does.
  const [baseVersion, setBaseVersion] = useState(() => thread.version);
  const { problem, pending, run } = useFormSubmit(async () => {
    try {
      await change({ variables: { input: { id: thread.id, expectedVersion: baseVersion } } });
    } catch (error) {
      setBaseVersion((base) => conflictVersion(error) ?? base);
      throw error;
    } finally {
      await refresh();
    }
  });
  return (
    <>
      <button type="button" className="button button--small" aria-disabled={pending || undefined} onClick={() => void run()}>
        {pending ? t('plans.thread.sending') : label}
      </button>
      {problem && (
        <p className="field__error" role="alert">
          <span className="visually-hidden">{t('app.errorPrefix')} </span>
          {problem.message}
        </p>
      )}
    </>
  );
}
