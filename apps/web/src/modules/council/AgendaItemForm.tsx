import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { type Translate, useT } from '../../i18n/I18n';
import { ConflictPanel } from '../../ui/ConflictPanel';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { type ApiProblem, apiProblem, errorFor, fieldId } from '../../ui/field-errors';
import { SelectField, TextAreaField } from '../../ui/fields';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { PIPELINE_STAGES, stageLabel } from '../projects/stages';
import { addAgendaInput, type AgendaDraft, type AgendaField, agendaDraftOf, agendaDraftProblems, changedAgendaFields, EMPTY_AGENDA_ITEM, updateAgendaInput } from './agenda-draft';
import { CouncilAddAgendaItemDocument, CouncilAgendaTargetsDocument, CouncilUpdateAgendaItemDocument, DecisionKind, type ProjectStage } from './graphql.generated';
import { type AgendaItemView, useMeetingPage } from './meeting-context';

const labelsOf = (t: Translate): Record<AgendaField, string> => ({
  title: t('council.agenda.itemTitle'),
  description: t('council.agenda.description'),
  projectId: t('council.agenda.projectLabel'),
  planId: t('council.agenda.planLabel'),
  motionText: t('council.agenda.motionLabel'),
  decisionKind: t('council.agenda.decisionLabel'),
  decisionStage: t('council.agenda.stageLabel'),
});

/**
 * A new agenda item, or a change to one (only the changed fields are sent, with the version the
 * change started from; a stale one shows theirs against the draft).
 */
export function AgendaItemForm({ item, onDone }: { item?: AgendaItemView; onDone: () => void }) {
  const { t } = useT();
  const { meeting, refresh, announce } = useMeetingPage();
  const form = item ? `agenda-edit-${item.id}` : 'agenda-new';
  const [base, setBase] = useState<{ draft: AgendaDraft; version: number }>(() => ({ draft: item ? agendaDraftOf(item) : EMPTY_AGENDA_ITEM, version: item?.version ?? 0 }));
  const [draft, setDraft] = useState<AgendaDraft>(base.draft);
  const [theirs, setTheirs] = useState<AgendaItemView | null>(null);
  const [add] = useMutation(CouncilAddAgendaItemDocument);
  const [update] = useMutation(CouncilUpdateAgendaItemDocument);
  const labels = labelsOf(t);
  useEffect(() => {
    if (!theirs) document.getElementById(fieldId('title', form))?.focus();
  }, [form, theirs]);

  const save = async (version: number) => {
    if (!item) {
      await add({ variables: { input: addAgendaInput(meeting.id, draft) } });
    } else {
      const fields = changedAgendaFields(draft, base.draft);
      if (fields.length) {
        try {
          await update({ variables: { input: updateAgendaInput(item.id, version, draft, fields) } });
        } catch (error) {
          const refused = apiProblem(error, t);
          if (refused.code !== 'CONFLICT' || typeof refused.extensions['currentVersion'] !== 'number') throw error;
          const fresh = ((await refresh()) as { data?: { meeting?: { agenda: AgendaItemView[] } } }).data?.meeting?.agenda.find((entry) => entry.id === item.id);
          if (!fresh) throw error;
          setTheirs(fresh);
          return;
        }
      }
    }
    await refresh();
    announce(t('council.agenda.saved', { title: draft.title.trim() }));
    onDone();
  };
  const { problem, pending, run } = useFormSubmit(() => save(base.version));
  const keepMine = useFormSubmit(async () => theirs && save(theirs.version));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(agendaDraftProblems(t, draft)));
  };

  if (theirs) {
    const current = agendaDraftOf(theirs);
    const fields = changedAgendaFields(draft, base.draft).filter((field) => current[field] !== draft[field]);
    return (
      <>
        <ErrorSummary problem={keepMine.problem} idPrefix={form} />
        <ConflictPanel
          headingLevel={3}
          pending={keepMine.pending}
          fields={fields.map((field) => ({ name: field, label: labels[field], theirs: current[field], yours: draft[field] }))}
          onKeepMine={() => void keepMine.run()}
          onTakeTheirs={onDone}
          onEdit={() => {
            setBase({ draft: current, version: theirs.version });
            setTheirs(null);
          }}
        />
      </>
    );
  }

  return (
    <form className="council-form" onSubmit={submit} noValidate aria-labelledby={`${form}-heading`}>
      <h3 id={`${form}-heading`}>{item ? t('council.agenda.editTitle', { title: item.title }) : t('council.agenda.addTitle')}</h3>
      <ErrorSummary problem={problem} labels={labels} idPrefix={form} />
      <AgendaFields form={form} draft={draft} onChange={setDraft} problem={problem} labels={labels} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('council.agenda.saving') : t('council.agenda.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('council.agenda.cancel')}
        </button>
      </div>
    </form>
  );
}

interface FieldsProps {
  readonly form: string;
  readonly draft: AgendaDraft;
  readonly onChange: (draft: AgendaDraft) => void;
  readonly problem: ApiProblem | null;
  readonly labels: Record<AgendaField, string>;
}

function AgendaFields({ form, draft, onChange, problem, labels }: FieldsProps) {
  const { t } = useT();
  const { meeting } = useMeetingPage();
  // No cache: Query.projects is one paginated field per partnership, and this list of 100 would replace the projects pages' own.
  const { data } = useQuery(CouncilAgendaTargetsDocument, { variables: { partnershipId: meeting.partnershipId }, fetchPolicy: 'no-cache' });
  const set = (field: AgendaField) => (event: { target: { value: string } }) => onChange({ ...draft, [field]: event.target.value });
  const common = (field: AgendaField) => ({ idPrefix: form, name: field, label: labels[field], error: errorFor(problem, field), value: draft[field], onChange: set(field) });
  return (
    <>
      <TextField {...common('title')} maxLength={300} />
      <TextAreaField {...common('description')} rows={3} />
      <SelectField {...common('projectId')}>
        <option value="">{t('council.agenda.none')}</option>
        {data?.projects.edges.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.title}
          </option>
        ))}
      </SelectField>
      <SelectField {...common('planId')}>
        <option value="">{t('council.agenda.none')}</option>
        {data?.plans.edges.map(({ node }) => (
          <option key={node.id} value={node.id}>
            {node.title}
          </option>
        ))}
      </SelectField>
      <TextAreaField {...common('motionText')} hint={t('council.agenda.motionHint')} rows={4} />
      <SelectField {...common('decisionKind')}>
        {Object.values(DecisionKind).map((kind) => (
          <option key={kind} value={kind}>
            {t(`council.decisionKind.${kind}`)}
          </option>
        ))}
      </SelectField>
      {draft.decisionKind === 'MOVE_PROJECT' && (
        <SelectField {...common('decisionStage')}>
          <option value="">{t('council.agenda.none')}</option>
          {PIPELINE_STAGES.map((stage: ProjectStage) => (
            <option key={stage} value={stage}>
              {stageLabel(t, stage)}
            </option>
          ))}
        </SelectField>
      )}
    </>
  );
}
