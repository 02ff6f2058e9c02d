import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useMemo, useState } from 'react';
import { useNavigate } from 'react-router';
import { PartnershipsCreateDocument, PartnershipsThematicAreasDocument, type PartnershipStage } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { type ApiProblem, errorFor } from '../../ui/field-errors';
import { TextField } from '../../ui/TextField';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { SelectField, TextAreaField } from '../../ui/fields';
import { PARTNERSHIP_STAGES, STAGE_LABEL } from './labels';

const FORM = 'create-partnership-form';

/** "Rajcza & Ujsoły" → "rajcza-ujsoly": a first guess at the address, which the person may change. */
export function slugFrom(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'l')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}

export function tercCodes(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((code) => code.trim())
    .filter(Boolean);
}

/**
 * The API names a member's error by its place in the list (members.2.gminaTerc), and its message
 * names the code; all of them belong to the one text area here.
 */
export function membersOnOneField(problem: ApiProblem | null): ApiProblem | null {
  if (!problem) return null;
  const members = problem.fields.filter((error) => /^members\./.test(error.field));
  if (members.length === 0) return problem;
  const others = problem.fields.filter((error) => !members.includes(error));
  return { ...problem, fields: [...others, { field: 'members', message: members.map((error) => error.message).join(' ') }] };
}

/** A platform administrator's form for a new partnership (createPartnership). */
export function CreatePartnershipForm({ id }: { id: string }) {
  const { t, locale } = useT();
  const navigate = useNavigate();
  const areas = useQuery(PartnershipsThematicAreasDocument);
  const [create] = useMutation(PartnershipsCreateDocument, { refetchQueries: ['PartnershipsMine'] });
  const [name, setName] = useState('');
  const [slug, setSlug] = useState('');
  const [slugTouched, setSlugTouched] = useState(false);
  const [stage, setStage] = useState<PartnershipStage>('FORMATION');
  const [description, setDescription] = useState('');
  const [hostOrganisation, setHostOrganisation] = useState('');
  const [programme, setProgramme] = useState('');
  const [members, setMembers] = useState('');
  const [areaIds, setAreaIds] = useState<string[]>([]);
  const [coordinator, setCoordinator] = useState('');

  const { problem: rawProblem, pending, run } = useFormSubmit(async () => {
    const codes = tercCodes(members);
    const { data } = await create({
      variables: {
        input: {
          name: name.trim(),
          slug: slug.trim(),
          stage,
          description: description.trim(),
          hostOrganisation: hostOrganisation.trim() || null,
          programme: programme.trim() || null,
          members: codes.map((gminaTerc) => ({ gminaTerc })),
          thematicAreaIds: areaIds,
          firstCoordinatorEmail: coordinator.trim() || null,
        },
      },
    });
    if (data) navigate(`/partnerships/${data.createPartnership.slug}`);
  });
  // Remapped once per answer: a new object each render would pull focus back to the summary.
  const problem = useMemo(() => membersOnOneField(rawProblem), [rawProblem]);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(
      localProblem([
        ...(name.trim() ? [] : [{ field: 'name', message: t('partnerships.create.nameMissing') }]),
        ...(slug.trim() ? [] : [{ field: 'slug', message: t('partnerships.create.slugMissing') }]),
      ]),
    );
  };

  const labels = {
    name: t('partnerships.create.name'),
    slug: t('partnerships.create.slug'),
    stage: t('partnerships.create.stage'),
    description: t('partnerships.create.description'),
    hostOrganisation: t('partnerships.create.hostOrganisation'),
    programme: t('partnerships.create.programme'),
    members: t('partnerships.create.members'),
    thematicAreaIds: t('partnerships.create.areas'),
    firstCoordinatorEmail: t('partnerships.create.coordinator'),
  };

  return (
    <section id={id} className="card create-partnership" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('partnerships.create.title')}</h2>
      <p>{t('partnerships.create.intro')}</p>
      <ErrorSummary problem={problem} labels={labels} idPrefix={FORM} />
      <form id={FORM} onSubmit={onSubmit} noValidate>
        <TextField
          idPrefix={FORM}
          name="name"
          label={labels.name}
          value={name}
          onChange={(e) => {
            setName(e.target.value);
            if (!slugTouched) setSlug(slugFrom(e.target.value));
          }}
          error={errorFor(problem, 'name')}
        />
        <TextField
          idPrefix={FORM}
          name="slug"
          label={labels.slug}
          hint={t('partnerships.create.slugHint')}
          spellCheck={false}
          value={slug}
          onChange={(e) => {
            setSlugTouched(true);
            setSlug(e.target.value);
          }}
          error={errorFor(problem, 'slug')}
        />
        <SelectField idPrefix={FORM} name="stage" label={labels.stage} value={stage} onChange={(e) => setStage(e.target.value as PartnershipStage)} error={errorFor(problem, 'stage')}>
          {PARTNERSHIP_STAGES.map((value) => (
            <option key={value} value={value}>
              {t(STAGE_LABEL[value])}
            </option>
          ))}
        </SelectField>
        <TextAreaField idPrefix={FORM} name="description" label={labels.description} value={description} onChange={(e) => setDescription(e.target.value)} error={errorFor(problem, 'description')} />
        <TextField idPrefix={FORM} name="hostOrganisation" label={labels.hostOrganisation} value={hostOrganisation} onChange={(e) => setHostOrganisation(e.target.value)} error={errorFor(problem, 'hostOrganisation')} />
        <TextField idPrefix={FORM} name="programme" label={labels.programme} value={programme} onChange={(e) => setProgramme(e.target.value)} error={errorFor(problem, 'programme')} />
        <TextAreaField
          idPrefix={FORM}
          name="members"
          label={labels.members}
          hint={t('partnerships.create.membersHint')}
          inputMode="numeric"
          spellCheck={false}
          value={members}
          onChange={(e) => setMembers(e.target.value)}
          error={errorFor(problem, 'members')}
        />
        {areas.data && areas.data.thematicAreas.length > 0 && (
          <fieldset id={`${FORM}-field-thematicAreaIds`} className="checkbox-group">
            <legend>{labels.thematicAreaIds}</legend>
            {errorFor(problem, 'thematicAreaIds') && (
              <p className="field__error">
                <span className="visually-hidden">{t('app.errorPrefix')} </span>
                {errorFor(problem, 'thematicAreaIds')}
              </p>
            )}
            {areas.data.thematicAreas
              .filter((area) => area.isStandard)
              .map((area) => (
                <label key={area.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={areaIds.includes(area.id)}
                    onChange={(e) => setAreaIds(e.target.checked ? [...areaIds, area.id] : areaIds.filter((other) => other !== area.id))}
                  />
                  <span lang={locale === 'en' && !area.nameEn ? 'pl' : undefined}>{locale === 'en' ? (area.nameEn ?? area.namePl) : area.namePl}</span>
                </label>
              ))}
          </fieldset>
        )}
        <TextField
          idPrefix={FORM}
          name="firstCoordinatorEmail"
          type="email"
          autoComplete="off"
          spellCheck={false}
          label={labels.firstCoordinatorEmail}
          hint={t('partnerships.create.coordinatorHint')}
          value={coordinator}
          onChange={(e) => setCoordinator(e.target.value)}
          error={errorFor(problem, 'firstCoordinatorEmail')}
        />
        <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
          {pending ? t('partnerships.create.submitting') : t('partnerships.create.submit')}
        </button>
      </form>
    </section>
  );
}
