import { useCallback, useRef, useState } from 'react';
import { useT } from '../i18n/I18n';
import { type ApiProblem, apiProblem } from './field-errors';

/**
 * A form's submission: runs it once at a time, keeps what the API refused (per field and as a
 * sentence), and lets a form check what the API would refuse before sending.
 */
export function useFormSubmit<T>(submit: () => Promise<T>) {
  const { t } = useT();
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [pending, setPending] = useState(false);
  // A ref, not the state: two clicks before React renders again must not both send.
  const sending = useRef(false);
  const run = useCallback(
    async (local?: ApiProblem | null): Promise<T | undefined> => {
      if (sending.current) return undefined;
      if (local) {
        setProblem(local);
        return undefined;
      }
      sending.current = true;
      setPending(true);
      try {
        const result = await submit();
        setProblem(null);
        return result;
      } catch (error) {
        setProblem(apiProblem(error, t));
        return undefined;
      } finally {
        sending.current = false;
        setPending(false);
      }
    },
    [submit, t],
  );
  return { problem, setProblem, pending, run };
}

/** A refusal made here, before sending, in the API's shape. */
export function localProblem(fields: readonly { field: string; message: string }[]): ApiProblem | null {
  return fields.length ? { code: 'BAD_USER_INPUT', message: fields[0].message, fields, extensions: {} } : null;
}
