import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { Link } from 'react-router';
import { AdvisoryActivityDocument, AdvisoryAddFollowUpDocument, type AdvisoryActivityDetailsFragment, type AdvisoryFollowUpFragment, AdvisoryFollowUpTargetsDocument, AdvisorySupportedProjectsDocument, AdvisoryTurnFollowUpIntoTaskDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { parseDay } from '../../i18n/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem, errorFor, fieldId } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { LIMITS } from './activity-draft';
import { SelectField, TextAreaField } from '../../ui/fields';

/** What the activity left to do, and each item's way onto a project's board. */
export function FollowUpsSection({ activity, mayRecord }: { activity: AdvisoryActivityDetailsFragment; mayRecord: boolean }) {
  const { t } = useT();
  return (
    <section aria-labelledby="activity-followups">
      <h2 id="activity-followups">{t('advisory.followUps.title')}</h2>
      {activity.followUps.length === 0 ? (
        <p>{t('advisory.followUps.none')}</p>
      ) : (
        <ul className="advisory-followups">
          {activity.followUps.map((followUp) => (
            <FollowUp key={followUp.id} activityId={activity.id} followUp={followUp} mayRecord={mayRecord} />
          ))}
        </ul>
      )}
      {mayRecord && <AddFollowUp activityId={activity.id} />}
    </section>
  );
}

function AddFollowUp({ activityId }: { activityId: string }) {
  const { t } = useT();
  const [text, setText] = useState('');
  const [done, setDone] = useState(false);
  // The activity's list is read again with the new item, in its place among the others.
  const [add] = useMutation(AdvisoryAddFollowUpDocument, { refetchQueries: [{ query: AdvisoryActivityDocument, variables: { id: activityId } }], awaitRefetchQueries: true });
  const { problem, pending, run } = useFormSubmit(async () => {
    await add({ variables: { input: { activityId, description: text.trim() } } });
    setText('');
    setDone(true);
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    void run(localProblem(text.trim() ? (text.trim().length > LIMITS.followUp ? [{ field: 'description', message: t('advisory.form.tooLong', { max: LIMITS.followUp }) }] : []) : [{ field: 'description', message: t('advisory.followUps.missing') }]));
  };
  return (
    <form onSubmit={submit} noValidate className="advisory-subform" aria-labelledby="followup-add-title">
      <h3 id="followup-add-title">{t('advisory.followUps.add')}</h3>
      <ErrorSummary problem={problem} idPrefix="followup" labels={{ description: t('advisory.followUps.description') }} />
      <TextAreaField idPrefix="followup" name="description" label={t('advisory.followUps.description')} rows={2} value={text} onChange={(event) => setText(event.target.value)} error={errorFor(problem, 'description')} />
      <button type="submit" className="button" aria-disabled={pending || undefined}>
        {t('advisory.followUps.addSubmit')}
      </button>
      <p role="status" className="advisory-sub">
        {done ? t('advisory.followUps.added') : ''}
      </p>
    </form>
  );
}

function FollowUp({ activityId, followUp, mayRecord }: { activityId: string; followUp: AdvisoryFollowUpFragment; mayRecord: boolean }) {
  const { t, moment } = useT();
  const [open, setOpen] = useState(false);
  return (
    <li className="card advisory-followup">
      <p className="advisory-prewrap" lang="pl">
        {followUp.description}
      </p>
      <p className="advisory-sub">{t('advisory.followUps.createdAt', { when: moment(followUp.createdAt) })}</p>
      {followUp.taskId ? (
        <p>
          <span className="advisory-status advisory-status--recorded">{t('advisory.followUps.isTask')}</span>{' '}
          {followUp.projectId && <Link to={`/projects/${followUp.projectId}/board`}>{t('advisory.followUps.openBoard')}</Link>}
        </p>
      ) : (
        mayRecord &&
        (open ? (
          <TurnIntoTask activityId={activityId} followUp={followUp} onClose={() => setOpen(false)} />
        ) : (
          <button type="button" className="button button--small" onClick={() => setOpen(true)}>
            {t('advisory.followUps.toTask')}
          </button>
        ))
      )}
    </li>
  );
}

function TurnIntoTask({ activityId, followUp, onClose }: { activityId: string; followUp: AdvisoryFollowUpFragment; onClose: () => void }) {
  const { t } = useT();
  const form = `task-${followUp.id}`;
  // The form opens where its button was: focus moves into it.
  useEffect(() => document.getElementById(fieldId('projectId', form))?.focus(), [form]);
  const targets = useQuery(AdvisoryFollowUpTargetsDocument, { variables: { id: activityId } });
  const partnerships = new Map<string, string>();
  const found = targets.data?.activity;
  if (found?.engagement?.partnership) partnerships.set(found.engagement.partnership.id, found.engagement.partnership.name);
  for (const served of found?.gminas ?? []) for (const partnership of served.gmina.partnerships) partnerships.set(partnership.id, partnership.name);
  const [partnershipId, setPartnershipId] = useState('');
  const chosenPartnership = partnershipId || (partnerships.size === 1 ? [...partnerships.keys()][0] : '');
  const projects = useQuery(AdvisorySupportedProjectsDocument, { variables: { partnershipId: chosenPartnership }, skip: !chosenPartnership });
  const [projectId, setProjectId] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [turn] = useMutation(AdvisoryTurnFollowUpIntoTaskDocument);
  const { problem, pending, run } = useFormSubmit(async () => {
    await turn({ variables: { input: { followUpId: followUp.id, projectId, dueOn: dueOn.trim() ? parseDay(dueOn) : null } } });
    onClose();
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(projectId ? [] : [{ field: 'projectId', message: t('advisory.followUps.projectMissing') }]),
        ...(dueOn.trim() && !parseDay(dueOn) ? [{ field: 'dueOn', message: t('advisory.filters.dayInvalid') }] : []),
      ]),
    );
  };
  if (targets.data && partnerships.size === 0) return <p className="notice">{t('advisory.followUps.noPartnership')}</p>;
  const projectList = projects.data?.projects.edges.map((edge) => edge.node) ?? [];
  return (
    <form onSubmit={submit} noValidate className="advisory-subform" aria-label={t('advisory.followUps.toTask')}>
      <ErrorSummary problem={problem} idPrefix={form} labels={{ projectId: t('advisory.followUps.project'), dueOn: t('advisory.followUps.dueOn') }} />
      {partnerships.size > 1 && (
        <SelectField idPrefix={form} name="partnershipId" label={t('advisory.followUps.partnership')} value={partnershipId} onChange={(event) => setPartnershipId(event.target.value)}>
          <option value="">{t('advisory.followUps.choose')}</option>
          {[...partnerships].map(([id, name]) => (
            <option key={id} value={id}>
              {name}
            </option>
          ))}
        </SelectField>
      )}
      {projects.error && <p className="notice notice--warning">{apiProblem(projects.error, t).message}</p>}
      <SelectField idPrefix={form} name="projectId" label={t('advisory.followUps.project')} hint={t('advisory.followUps.projectHint')} value={projectId} onChange={(event) => setProjectId(event.target.value)} error={errorFor(problem, 'projectId')}>
        <option value="">{t('advisory.followUps.choose')}</option>
        {projectList.map((project) => (
          <option key={project.id} value={project.id}>
            {project.title}
          </option>
        ))}
      </SelectField>
      <TextField idPrefix={form} name="dueOn" label={t('advisory.followUps.dueOn')} hint={t('advisory.dayHint')} inputMode="numeric" autoComplete="off" className="advisory-input--day" value={dueOn} onChange={(event) => setDueOn(event.target.value)} error={errorFor(problem, 'dueOn')} />
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {t('advisory.followUps.toTaskSubmit')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('advisory.followUps.cancel')}
        </button>
      </div>
    </form>
  );
}
