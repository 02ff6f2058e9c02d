import type { FormEvent } from 'react';
import { type ActivityStatus, type AdvisoryEngagementRowFragment, type AdvisoryProgrammeContextFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { type ApiProblem, errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { type ActivityDraft, LIMITS } from './activity-draft';
import { RadioGroup, SelectField, TextAreaField } from '../../ui/fields';
import { FollowUpDrafts } from './FollowUpDrafts';
import { GminaReach } from './GminaReach';
import { FORMAT_LABEL, FORMATS, KIND_LABEL, KINDS, STAGE_LABEL, TOPIC_KIND_LABEL } from './labels';

interface Props {
  readonly draft: ActivityDraft;
  readonly onChange: (draft: ActivityDraft) => void;
  readonly programme: AdvisoryProgrammeContextFragment;
  readonly engagements: readonly AdvisoryEngagementRowFragment[];
  /** The team a consultant limited to one records in (not to be chosen). */
  readonly lockedTeamId: string | null;
  readonly problem: ApiProblem | null;
  readonly pending: boolean;
  readonly onSave: (status: ActivityStatus) => void;
  /** Editing a recorded activity: the buttons keep it recorded or set it back to a draft. */
  readonly recorded?: boolean;
  readonly isNew: boolean;
}

/** Labels by field path, for the error summary. */
export function useActivityLabels(): Record<string, string> {
  const { t } = useT();
  return {
    kind: t('advisory.form.kind'),
    title: t('advisory.form.title'),
    heldOn: t('advisory.form.heldOn'),
    startsAt: t('advisory.form.startsAt'),
    durationMinutes: t('advisory.form.duration'),
    format: t('advisory.form.format'),
    place: t('advisory.form.place'),
    link: t('advisory.form.link'),
    topicId: t('advisory.form.topic'),
    engagementId: t('advisory.form.engagement'),
    teamId: t('advisory.form.team'),
    gminas: t('advisory.form.gminas'),
    outcome: t('advisory.form.outcome'),
  };
}

/** Recording or correcting one activity: what, when, where, on which topic, for whom, how many people. */
export function ActivityForm({ draft, onChange, programme, engagements, lockedTeamId, problem, pending, onSave, recorded = false, isNew }: Props) {
  const { t } = useT();
  const set = <K extends keyof ActivityDraft>(field: K, value: ActivityDraft[K]) => onChange({ ...draft, [field]: value });
  const engagement = engagements.find((candidate) => candidate.id === draft.engagementId) ?? null;
  const modules = programme.topics.filter((topic) => topic.kind === 'MODULE');
  const extra = programme.topics.filter((topic) => topic.kind === 'ADDITIONAL_TOPIC');
  const lockedTeam = programme.teams.find((team) => team.id === lockedTeamId);
  const engagementTeam = engagement && programme.teams.find((team) => team.id === engagement.teamId);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    onSave(submitter?.value === 'DRAFT' ? 'DRAFT' : 'RECORDED');
  };

  return (
    <form onSubmit={submit} noValidate className="advisory-form">
      <RadioGroup name="kind" legend={t('advisory.form.kind')} value={draft.kind} onChange={(value) => set('kind', value)} options={KINDS.map((value) => ({ value, label: t(KIND_LABEL[value]) }))} error={errorFor(problem, 'kind')} />
      <TextField name="title" label={t('advisory.form.title')} hint={t('advisory.form.titleHint')} value={draft.title} maxLength={LIMITS.title + 50} onChange={(event) => set('title', event.target.value)} error={errorFor(problem, 'title')} />
      <div className="advisory-form__row">
        <TextField name="heldOn" label={t('advisory.form.heldOn')} hint={t('advisory.dayHint')} inputMode="numeric" autoComplete="off" className="advisory-input--day" value={draft.heldOn} onChange={(event) => set('heldOn', event.target.value)} error={errorFor(problem, 'heldOn')} />
        <TextField name="startsAt" label={t('advisory.form.startsAt')} hint={t('advisory.form.startsAtHint')} inputMode="numeric" autoComplete="off" className="advisory-input--short" value={draft.startsAt} onChange={(event) => set('startsAt', event.target.value)} error={errorFor(problem, 'startsAt')} />
        <TextField
          name="durationMinutes"
          label={t('advisory.form.duration')}
          hint={t('advisory.form.durationHint')}
          inputMode="numeric"
          autoComplete="off"
          className="advisory-input--short"
          value={draft.durationMinutes}
          onChange={(event) => set('durationMinutes', event.target.value)}
          error={errorFor(problem, 'durationMinutes')}
        />
      </div>
      <RadioGroup name="format" legend={t('advisory.form.format')} value={draft.format} onChange={(value) => set('format', value)} options={FORMATS.map((value) => ({ value, label: t(FORMAT_LABEL[value]) }))} error={errorFor(problem, 'format')} />
      {draft.format !== 'ONLINE' && <TextField name="place" label={t('advisory.form.place')} hint={t('advisory.form.placeHint')} value={draft.place} onChange={(event) => set('place', event.target.value)} error={errorFor(problem, 'place')} />}
      {draft.format !== 'ON_SITE' && <TextField name="link" type="url" label={t('advisory.form.link')} hint={t('advisory.form.linkHint')} spellCheck={false} value={draft.link} onChange={(event) => set('link', event.target.value)} error={errorFor(problem, 'link')} />}
      <SelectField name="topicId" label={t('advisory.form.topic')} value={draft.topicId} onChange={(event) => set('topicId', event.target.value)} error={errorFor(problem, 'topicId')}>
        <option value="">{t('advisory.form.noTopic')}</option>
        {modules.length > 0 && (
          <optgroup label={t(TOPIC_KIND_LABEL.MODULE)}>
            {modules.map((topic, index) => (
              <option key={topic.id} value={topic.id}>
                {t('advisory.form.moduleOption', { n: index + 1, name: topic.name })}
              </option>
            ))}
          </optgroup>
        )}
        {extra.length > 0 && (
          <optgroup label={t(TOPIC_KIND_LABEL.ADDITIONAL_TOPIC)}>
            {extra.map((topic) => (
              <option key={topic.id} value={topic.id}>
                {topic.name}
              </option>
            ))}
          </optgroup>
        )}
      </SelectField>
      {(engagements.length > 0 || draft.engagementId) && (
        <SelectField
          name="engagementId"
          label={t('advisory.form.engagement')}
          hint={t('advisory.form.engagementHint')}
          value={draft.engagementId}
          onChange={(event) => {
            const next = engagements.find((candidate) => candidate.id === event.target.value);
            // Gminas outside the chosen engagement could not be served by it.
            const gminas = next ? draft.gminas.filter((gmina) => next.gminas.some((allowed) => allowed.terc === gmina.terc)) : draft.gminas;
            onChange({ ...draft, engagementId: event.target.value, gminas });
          }}
          error={errorFor(problem, 'engagementId')}
        >
          <option value="">{t('advisory.form.noEngagement')}</option>
          {engagements.map((candidate) => (
            <option key={candidate.id} value={candidate.id}>
              {candidate.partnership ? t('advisory.form.engagementOption', { title: candidate.title, partnership: candidate.partnership.name }) : candidate.title} — {t(STAGE_LABEL[candidate.stage])}
            </option>
          ))}
        </SelectField>
      )}
      {engagement ? (
        <p className="advisory-sub">{engagementTeam ? t('advisory.form.teamOfEngagement', { team: engagementTeam.name }) : t('advisory.form.engagementNoTeam')}</p>
      ) : lockedTeamId ? (
        <p className="advisory-sub">{t('advisory.form.teamLocked', { team: lockedTeam?.name ?? '' })}</p>
      ) : (
        programme.teams.length > 0 && (
          <SelectField name="teamId" label={t('advisory.form.team')} value={draft.teamId} onChange={(event) => set('teamId', event.target.value)} error={errorFor(problem, 'teamId')}>
            <option value="">{t('advisory.form.noTeam')}</option>
            {programme.teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </SelectField>
        )
      )}
      <GminaReach gminas={draft.gminas} onChange={(gminas) => set('gminas', gminas)} allowed={engagement ? engagement.gminas : null} problem={problem} />
      <TextAreaField name="outcome" label={t('advisory.form.outcome')} hint={t('advisory.form.outcomeHint')} rows={5} value={draft.outcome} onChange={(event) => set('outcome', event.target.value)} error={errorFor(problem, 'outcome')} />
      {isNew && <FollowUpDrafts followUps={draft.followUps} onChange={(followUps) => set('followUps', followUps)} problem={problem} />}
      <div className="button-row">
        <button type="submit" name="status" value="RECORDED" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('advisory.form.saving') : recorded ? t('advisory.form.saveChanges') : t('advisory.form.record')}
        </button>
        <button type="submit" name="status" value="DRAFT" className="button" aria-disabled={pending || undefined}>
          {recorded ? t('advisory.form.backToDraft') : t('advisory.form.saveDraft')}
        </button>
      </div>
      <p className="advisory-sub">{t('advisory.form.statusHint')}</p>
    </form>
  );
}
