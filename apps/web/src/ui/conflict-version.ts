import { CombinedGraphQLErrors } from '@apollo/client/errors';

/**
 * The version a stale write's CONFLICT names as current, or null for any other refusal. A form
 * sends the version the person started from; after a CONFLICT it shows the current state and
 * moves its base to this version, so a second send is a deliberate choice over what is shown.
 */
export function conflictVersion(error: unknown): number | null {
  if (!CombinedGraphQLErrors.is(error)) return null;
  const extensions = error.errors[0]?.extensions as { code?: string; currentVersion?: unknown } | undefined;
  return extensions?.code === 'CONFLICT' && typeof extensions.currentVersion === 'number' ? extensions.currentVersion : null;
}
