import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/I18n';
import { ConflictPanel } from '../../ui/ConflictPanel';
import { conflictVersion } from '../../ui/conflict-version';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { apiProblem } from '../../ui/field-errors';
import { RadioGroup } from '../../ui/fields';
import { Loading } from '../../ui/Loading';
import { useFormSubmit } from '../../ui/use-form-submit';
import { PIPELINE_STAGES, stageLabel } from '../projects/stages';
import { quorumRuleLabel, votingRuleLabel } from './council-text';
import { CouncilSettingsDocument, type CouncilSettingsFieldsFragment, CouncilUpdateSettingsDocument, type ProjectStage, QuorumRule, VotingRule } from './graphql.generated';

const FORM = 'council-settings';
type Draft = Pick<CouncilSettingsFieldsFragment, 'quorumRule' | 'votingRule' | 'stagesNeedingResolution'>;

const draftOf = (settings: CouncilSettingsFieldsFragment): Draft => ({ quorumRule: settings.quorumRule, votingRule: settings.votingRule, stagesNeedingResolution: settings.stagesNeedingResolution });
/** The stages in the pipeline's order, whatever order they were ticked in. */
const ordered = (stages: readonly ProjectStage[]) => PIPELINE_STAGES.filter((stage) => stages.includes(stage));

/** How the council decides; coordinators change it, versioned (a stale version shows both). */
export function SettingsSection({ partnershipId, mayChange }: { partnershipId: string; mayChange: boolean }) {
  const { t } = useT();
  const { data, error, refetch } = useQuery(CouncilSettingsDocument, { variables: { partnershipId } });
  const [update] = useMutation(CouncilUpdateSettingsDocument);
  const [draft, setDraft] = useState<Draft | null>(null);
  const [base, setBase] = useState(0);
  const [theirs, setTheirs] = useState<CouncilSettingsFieldsFragment | null>(null);
  const [note, setNote] = useState('');
  const settings = data?.councilSettings;
  // When the form closes (saved, cancelled, theirs taken), focus goes back to "Zmień zasady".
  const editButton = useRef<HTMLButtonElement>(null);
  const refocus = useRef(false);
  useEffect(() => {
    if (!refocus.current || !editButton.current) return;
    refocus.current = false;
    editButton.current.focus();
  });
  const closeForm = () => {
    refocus.current = true;
    setDraft(null);
    setTheirs(null);
  };

  const save = async (sent: Draft, version: number) => {
    try {
      await update({ variables: { input: { partnershipId, expectedVersion: version, ...sent, stagesNeedingResolution: ordered(sent.stagesNeedingResolution) } } });
      closeForm();
      setNote(t('council.settings.saved'));
    } catch (failure) {
      if (conflictVersion(failure) === null) throw failure;
      const fresh = (await refetch()).data?.councilSettings;
      if (!fresh) throw failure;
      setTheirs(fresh);
    }
  };
  const { problem, pending, run } = useFormSubmit(async () => draft && save(draft, base));
  const keepMine = useFormSubmit(async () => draft && theirs && save(draft, theirs.version));

  const stagesText = (stages: readonly ProjectStage[]) =>
    stages.length
      ? ordered(stages)
          .map((stage) => stageLabel(t, stage))
          .join(', ')
      : t('council.settings.noStages');

  return (
    <section aria-labelledby="council-settings-heading">
      <h2 id="council-settings-heading">{t('council.settings.title')}</h2>
      <p>{t('council.settings.intro')}</p>
      <p role="status">{note}</p>
      {error && !settings && <p className="notice notice--warning">{apiProblem(error, t).message}</p>}
      {!settings && !error && <Loading />}
      {settings && !draft && (
        <>
          <dl className="council-facts council-facts--stacked">
            <div>
              <dt>{t('council.settings.quorum')}</dt>
              <dd>{quorumRuleLabel(t, settings.quorumRule)}</dd>
            </div>
            <div>
              <dt>{t('council.settings.voting')}</dt>
              <dd>{votingRuleLabel(t, settings.votingRule)}</dd>
            </div>
            <div>
              <dt>{t('council.settings.stages')}</dt>
              <dd>{stagesText(settings.stagesNeedingResolution)}</dd>
            </div>
          </dl>
          {mayChange && (
            <button
              ref={editButton}
              type="button"
              className="button"
              onClick={() => {
                setNote('');
                setBase(settings.version);
                setDraft(draftOf(settings));
              }}
            >
              {t('council.settings.edit')}
            </button>
          )}
        </>
      )}
      {settings && draft && theirs && (
        <ConflictPanel
          headingLevel={3}
          pending={keepMine.pending}
          fields={[
            { name: 'quorumRule', label: t('council.settings.quorum'), theirs: quorumRuleLabel(t, theirs.quorumRule), yours: quorumRuleLabel(t, draft.quorumRule) },
            { name: 'votingRule', label: t('council.settings.voting'), theirs: votingRuleLabel(t, theirs.votingRule), yours: votingRuleLabel(t, draft.votingRule) },
            { name: 'stagesNeedingResolution', label: t('council.settings.stages'), theirs: stagesText(theirs.stagesNeedingResolution), yours: stagesText(draft.stagesNeedingResolution) },
          ]}
          onKeepMine={() => void keepMine.run()}
          onTakeTheirs={closeForm}
          onEdit={() => {
            setBase(theirs.version);
            setTheirs(null);
          }}
        />
      )}
      {settings && draft && !theirs && <SettingsForm draft={draft} onChange={setDraft} problem={keepMine.problem ?? problem} pending={pending} onSubmit={() => void run()} onCancel={closeForm} />}
    </section>
  );
}

interface FormProps {
  readonly draft: Draft;
  readonly onChange: (draft: Draft) => void;
  readonly problem: ReturnType<typeof useFormSubmit>['problem'];
  readonly pending: boolean;
  onSubmit(): void;
  onCancel(): void;
}

function SettingsForm({ draft, onChange, problem, pending, onSubmit, onCancel }: FormProps) {
  const { t } = useT();
  // Opened (or back from the conflict panel): focus on the first rule's chosen option.
  const form = useRef<HTMLFormElement>(null);
  useEffect(() => {
    const first = form.current?.querySelector<HTMLInputElement>('input:checked') ?? form.current?.querySelector<HTMLInputElement>('input');
    first?.focus();
  }, []);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit();
  };
  const toggle = (stage: ProjectStage, on: boolean) =>
    onChange({ ...draft, stagesNeedingResolution: on ? [...draft.stagesNeedingResolution, stage] : draft.stagesNeedingResolution.filter((s) => s !== stage) });
  return (
    <form ref={form} id={FORM} className="card council-form" onSubmit={submit} noValidate>
      <ErrorSummary problem={problem} idPrefix={FORM} />
      <RadioGroup
        idPrefix={FORM}
        name="quorumRule"
        legend={t('council.settings.quorum')}
        options={Object.values(QuorumRule).map((rule) => ({ value: rule, label: quorumRuleLabel(t, rule) }))}
        value={draft.quorumRule}
        onChange={(quorumRule) => onChange({ ...draft, quorumRule })}
      />
      <RadioGroup
        idPrefix={FORM}
        name="votingRule"
        legend={t('council.settings.voting')}
        options={Object.values(VotingRule).map((rule) => ({ value: rule, label: votingRuleLabel(t, rule) }))}
        value={draft.votingRule}
        onChange={(votingRule) => onChange({ ...draft, votingRule })}
      />
      <fieldset className="radios" aria-describedby={`${FORM}-stages-hint`}>
        <legend>{t('council.settings.stages')}</legend>
        <div id={`${FORM}-stages-hint`} className="field__hint">
          {t('council.settings.stagesHint')}
        </div>
        <div className="radios__options">
          {PIPELINE_STAGES.map((stage) => (
            <div key={stage} className="radios__option">
              <input id={`${FORM}-stage-${stage}`} type="checkbox" checked={draft.stagesNeedingResolution.includes(stage)} onChange={(event) => toggle(stage, event.target.checked)} />
              <label htmlFor={`${FORM}-stage-${stage}`}>{stageLabel(t, stage)}</label>
            </div>
          ))}
        </div>
      </fieldset>
      <div className="button-row">
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('council.settings.saving') : t('council.settings.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('council.settings.cancel')}
        </button>
      </div>
    </form>
  );
}
