import { useMutation } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { ProjectsMoveProjectDocument, type ProjectStage, type ProjectsSheetFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { conflictVersion } from '../../ui/conflict-version';
import { apiProblem, errorFor } from '../../ui/field-errors';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { SelectField, TextAreaField } from '../../ui/fields';
import { NEXT_STAGES, stageLabel } from './stages';

const FORM = 'move';

interface Props {
  readonly project: Pick<ProjectsSheetFragment, 'id' | 'version' | 'stage'>;
  /** Reloads the project (after a CONFLICT: someone moved or changed it meanwhile). */
  readonly refetch: () => Promise<{ stage: ProjectStage } | undefined>;
}

/**
 * Moving the project to another stage with a reason (kept in its history). The choices follow
 * the pipeline's table; the API decides, and on a stale version says so: the form shows its
 * message and the stage the project is at now, and reloads it.
 */
export function StageChangeForm({ project, refetch }: Props) {
  const { t } = useT();
  const [to, setTo] = useState<ProjectStage | ''>('');
  const [reason, setReason] = useState('');
  const [done, setDone] = useState<ProjectStage | null>(null);
  const [conflictStage, setConflictStage] = useState<ProjectStage | null>(null);
  // The version the person started from (set by their first change), not the live one: a move
  // or change by someone else meanwhile answers CONFLICT instead of going through unseen.
  const [baseVersion, setBaseVersion] = useState<number | null>(null);
  const started = () => setBaseVersion((base) => base ?? project.version);
  const [move] = useMutation(ProjectsMoveProjectDocument);
  const choices = NEXT_STAGES[project.stage];

  const { problem, pending, run } = useFormSubmit(async () => {
    setDone(null);
    setConflictStage(null);
    try {
      const { data } = await move({
        variables: {
          input: {
            projectId: project.id,
            expectedVersion: baseVersion ?? project.version,
            to: to as ProjectStage,
            reason: reason.trim(),
          },
        },
      });
      if (data) {
        setDone(data.moveProject.stage);
        setTo('');
        setReason('');
        setBaseVersion(null);
      }
    } catch (error) {
      const refused = apiProblem(error, t);
      // A stale version, or a move the project's stage no longer allows (someone moved it):
      // either way the page shows an old project, so it is reloaded and the choices follow.
      if (refused.code === 'CONFLICT' || refused.fields.some((field) => field.field === 'to')) {
        const fresh = await refetch();
        // The person now sees the project as it is: a second send is a choice over that.
        setBaseVersion(conflictVersion(error) ?? null);
        const stage = fresh?.stage ?? (refused.extensions['current'] as { stage?: ProjectStage } | undefined)?.stage ?? null;
        if (refused.code === 'CONFLICT') setConflictStage(stage);
        if (stage && !NEXT_STAGES[stage].includes(to as ProjectStage)) setTo('');
      }
      throw error;
    }
  });

  if (!choices.length) return <p className="notice">{t('projects.move.final', { stage: stageLabel(t, project.stage) })}</p>;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem(to ? [] : [{ field: 'to', message: t('projects.move.toMissing') }]));
  };
  const conflict = problem?.code === 'CONFLICT' ? problem : null;

  return (
    <form id={FORM} onSubmit={onSubmit} noValidate className="stage-form card">
      <h3>{t('projects.move.title')}</h3>
      <p>{t('projects.move.current', { stage: stageLabel(t, project.stage) })}</p>
      {conflict ? (
        <div className="notice notice--warning" role="alert">
          <p>{conflict.message}</p>
          {conflictStage && (
            <p>
              {t('projects.move.conflict', {
                stage: stageLabel(t, conflictStage),
              })}
            </p>
          )}
        </div>
      ) : (
        <ErrorSummary
          problem={problem}
          idPrefix={FORM}
          labels={{
            to: t('projects.move.to'),
            reason: t('projects.move.reason'),
          }}
        />
      )}
      {done && (
        <p className="notice" role="status">
          {t('projects.move.done', { stage: stageLabel(t, done) })}
        </p>
      )}
      <SelectField name="to" idPrefix={FORM} label={t('projects.move.to')} value={to} error={errorFor(problem, 'to')} onChange={(event) => {
          started();
          setTo(event.target.value as ProjectStage | '');
        }}
      >
        <option value="">{t('projects.move.choose')}</option>
        {choices.map((stage) => (
          <option key={stage} value={stage}>
            {stageLabel(t, stage)}
          </option>
        ))}
      </SelectField>
      <TextAreaField
        name="reason"
        idPrefix={FORM}
        label={t('projects.move.reason')}
        hint={t('projects.move.reasonHint')}
        value={reason}
        rows={3}
        error={errorFor(problem, 'reason')}
        onChange={(event) => {
          started();
          setReason(event.target.value);
        }}
      />
      <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
        {pending ? t('projects.move.submitting') : t('projects.move.submit')}
      </button>
    </form>
  );
}
