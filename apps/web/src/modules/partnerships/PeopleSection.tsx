import { useRef } from 'react';
import { type PartnershipsPersonFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { EmptyState } from '../../ui/Loading';
import type { MemberGmina } from './GminaOptions';
import { RoleEditor } from './RoleEditor';
import { useRoleLabel } from './role-labels';

export interface PeopleSectionProps {
  readonly people: readonly PartnershipsPersonFragment[];
  readonly readerId: string | undefined;
  readonly gminas: readonly MemberGmina[];
  /** Coordinators change and take away roles (partnership.people.manage). */
  readonly canManage: boolean;
  /** The person whose role editor is open (one at a time). */
  readonly editing: string | null;
  onEdit(userId: string | null): void;
  readonly summaryFor: string | null;
  onProblem(form: string, failed: boolean): void;
  onMessage(message: string): void;
}

export const roleFormId = (userId: string) => `role-${userId}`;

/** Who takes part, in which role and for which gmina; coordinators edit roles in place. */
export function PeopleSection({ people, readerId, gminas, canManage, editing, onEdit, summaryFor, onProblem, onMessage }: PeopleSectionProps) {
  const { t, moment } = useT();
  const roleLabel = useRoleLabel();
  const openers = useRef(new Map<string, HTMLButtonElement>());

  if (people.length === 0) return <EmptyState>{t('partnerships.people.empty')}</EmptyState>;
  return (
    <ul className="people">
      {people.map((person) => {
        const open = canManage && editing === person.userId;
        const form = roleFormId(person.userId);
        const close = (message: string | null) => {
          onEdit(null);
          onProblem(form, false);
          if (message) onMessage(message);
          // After a change the row is still there (a revoked one is not: focus stays on the page).
          requestAnimationFrame(() => openers.current.get(person.userId)?.focus());
        };
        return (
          <li key={person.userId} className="people__person">
            <div className="people__summary">
              <div className="people__who">
                <span className="people__name">{person.user.displayName}</span> {person.userId === readerId && <span className="people__you">{t('partnerships.people.you')}</span>}
                <span className="people__email">{person.user.email}</span>
              </div>
              <div className="people__role">
                <span className="role-tag">{roleLabel(person.role, person.gmina?.name)}</span>
                <span className="people__since">{t('partnerships.people.since', { day: moment(person.grantedAt, false) })}</span>
              </div>
              {canManage && (
                <button
                  ref={(button) => {
                    if (button) openers.current.set(person.userId, button);
                    else openers.current.delete(person.userId);
                  }}
                  type="button"
                  className="button button--small"
                  aria-expanded={open}
                  aria-controls={open ? `${form}-panel` : undefined}
                  aria-label={t('partnerships.people.changeFor', { name: person.user.displayName })}
                  onClick={() => onEdit(open ? null : person.userId)}
                >
                  {t('partnerships.people.change')}
                </button>
              )}
            </div>
            {open && (
              <div id={`${form}-panel`}>
                <RoleEditor
                  id={form}
                  person={person}
                  gminas={gminas}
                  showSummary={summaryFor === form}
                  isReader={person.userId === readerId}
                  onProblem={(failed) => onProblem(form, failed)}
                  onDone={close}
                />
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
