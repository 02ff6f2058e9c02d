import { useMutation } from '@apollo/client/react';
import { type FormEvent, useEffect, useEffectEvent, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { PartnershipsChangeRoleDocument, type PartnershipRole, PartnershipsRevokeRoleDocument, type PartnershipsPersonFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { errorFor } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { GminaOptions, type MemberGmina } from './GminaOptions';
import { SelectField } from '../../ui/fields';
import { PARTNERSHIP_ROLES, ROLE_LABEL, roleTakesGmina, useRoleLabel } from './role-labels';

export interface RoleEditorProps {
  readonly id: string;
  readonly person: PartnershipsPersonFragment;
  readonly gminas: readonly MemberGmina[];
  readonly showSummary: boolean;
  /** The reader's own role: taking it away leaves the partnership, so the page goes back to the list. */
  readonly isReader: boolean;
  onProblem(failed: boolean): void;
  onDone(message: string | null): void;
}

/**
 * A coordinator changes someone's role and the gmina they act for (changePartnershipRole), or
 * takes the role away (revokePartnershipRole) after saying so once more. The API keeps the last
 * coordinator: its refusal shows here in its words.
 */
export function RoleEditor({ id, person, gminas, showSummary, isReader, onProblem, onDone }: RoleEditorProps) {
  const { t } = useT();
  const roleLabel = useRoleLabel();
  const name = person.user.displayName;
  const [role, setRole] = useState<PartnershipRole>(person.role);
  const [gminaTerc, setGminaTerc] = useState(person.gmina?.terc ?? '');
  const [confirming, setConfirming] = useState(false);
  const [change] = useMutation(PartnershipsChangeRoleDocument);
  const navigate = useNavigate();
  // Without a role the overview answers NOT_FOUND: nothing to refetch after leaving it.
  const [revoke] = useMutation(PartnershipsRevokeRoleDocument, { refetchQueries: isReader ? [] : ['PartnershipsOverview'], awaitRefetchQueries: true });
  const roleSelect = useRef<HTMLSelectElement>(null);
  const confirmButton = useRef<HTMLButtonElement>(null);
  const revokeButton = useRef<HTMLButtonElement>(null);
  const takesGmina = roleTakesGmina(role);

  useEffect(() => roleSelect.current?.focus(), []);
  useEffect(() => {
    if (confirming) confirmButton.current?.focus();
  }, [confirming]);

  const saving = useFormSubmit(async () => {
    const { data } = await change({
      variables: { input: { partnershipId: person.partnershipId, userId: person.userId, role, gminaTerc: takesGmina && gminaTerc ? gminaTerc : null } },
    });
    if (data) {
      const changed = data.changePartnershipRole;
      onDone(t('partnerships.people.saved', { name, role: roleLabel(changed.role, changed.gmina?.name) }));
    }
  });
  const revoking = useFormSubmit(async () => {
    await revoke({ variables: { input: { partnershipId: person.partnershipId, userId: person.userId } } });
    if (isReader) navigate('/partnerships', { replace: true });
    else onDone(t('partnerships.people.revoked', { name }));
  });
  const problem = revoking.problem ?? saving.problem;
  // Told after each answer only, not whenever the page passes a new callback.
  const reportProblem = useEffectEvent(onProblem);
  useEffect(() => reportProblem(Boolean(problem)), [problem]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    revoking.setProblem(null);
    void saving.run(localProblem(role === 'GMINA_OFFICIAL' && !gminaTerc ? [{ field: 'gminaTerc', message: t('partnerships.invite.gminaMissing') }] : []));
  };

  const labels = { role: t('partnerships.invite.role'), gminaTerc: t('partnerships.invite.gmina') };
  return (
    <div className="role-editor">
      {showSummary && <ErrorSummary problem={problem} labels={labels} idPrefix={id} />}
      <form id={id} onSubmit={onSubmit} noValidate>
        <fieldset>
          <legend>{t('partnerships.people.editLegend', { name })}</legend>
          <SelectField ref={roleSelect} idPrefix={id} name="role" label={labels.role} value={role} onChange={(e) => setRole(e.target.value as PartnershipRole)} error={errorFor(problem, 'role')}>
            {PARTNERSHIP_ROLES.map((value) => (
              <option key={value} value={value}>
                {t(ROLE_LABEL[value])}
              </option>
            ))}
          </SelectField>
          {takesGmina && (
            <SelectField
              idPrefix={id}
              name="gminaTerc"
              label={labels.gminaTerc}
              hint={role === 'GMINA_OFFICIAL' ? t('partnerships.invite.gminaHint') : t('partnerships.invite.gminaOptional')}
              value={gminaTerc}
              onChange={(e) => setGminaTerc(e.target.value)}
              error={errorFor(problem, 'gminaTerc')}
            >
              <GminaOptions gminas={gminas} required={role === 'GMINA_OFFICIAL'} />
            </SelectField>
          )}
          <div className="button-row">
            <button type="submit" className="button button--primary" aria-disabled={saving.pending || undefined}>
              {saving.pending ? t('partnerships.people.saving') : t('partnerships.people.save')}
            </button>
            <button type="button" className="button" onClick={() => onDone(null)}>
              {t('partnerships.people.cancelChange')}
            </button>
            <button ref={revokeButton} type="button" className="button button--danger" aria-expanded={confirming} onClick={() => setConfirming(!confirming)}>
              {t('partnerships.people.revoke')}
            </button>
          </div>
        </fieldset>
      </form>
      {confirming && (
        <div className="notice notice--warning role-editor__confirm">
          <p>{t('partnerships.people.revokeConfirm', { name })}</p>
          <div className="button-row">
            <button
              ref={confirmButton}
              type="button"
              className="button button--danger"
              aria-disabled={revoking.pending || undefined}
              onClick={() => {
                saving.setProblem(null);
                void revoking.run();
              }}
            >
              {t('partnerships.people.revokeYes')}
            </button>
            <button
              type="button"
              className="button"
              onClick={() => {
                setConfirming(false);
                revokeButton.current?.focus();
              }}
            >
              {t('partnerships.people.revokeNo')}
            </button>
          </div>
        </div>
      )}
    </div>
  );
}
