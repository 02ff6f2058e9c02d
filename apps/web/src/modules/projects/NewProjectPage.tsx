import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { ProjectsCreateProjectDocument, ProjectsPartnershipDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { parseDay } from '../../i18n/format';
import { ErrorSummary } from '../../ui/ErrorSummary';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { localProblem, useFormSubmit } from '../../ui/use-form-submit';
import { type BudgetDraft, budgetInput, budgetProblemOnInputs, budgetProblems, emptyBudget, shareField, TOTAL_FIELD } from './budget-draft';
import { BudgetFields } from './BudgetFields';
import type { SheetDraft } from './sheet-draft';
import { SheetFields, sheetProblems } from './SheetFields';
import { canCreateProject, readerAccess, useRoleText } from './reader';
import './projects.css';

export default function NewProjectPage() {
  const { slug = '' } = useParams();
  const { t } = useT();
  const navigate = useNavigate();
  const { data, error, loading, refetch } = useQuery(ProjectsPartnershipDocument, {
    variables: { slug },
  });
  const partnership = data?.partnership;
  const access = readerAccess(data?.me.partnershipRoles, partnership?.id);
  const roleText = useRoleText(access);
  useShowPartnership(
    partnership
      ? {
          name: partnership.name,
          slug: partnership.slug,
          role: roleText,
        }
      : null,
  );

  const [sheet, setSheet] = useState<SheetDraft>({ title: '', summary: '', thematicAreaId: '', readiness: 'IDEA', startsOn: '', endsOn: '' });
  const [budget, setBudget] = useState<BudgetDraft>(emptyBudget);
  const [sentTercs, setSentTercs] = useState<string[]>([]);
  const [create] = useMutation(ProjectsCreateProjectDocument);
  const members = partnership?.members ?? [];

  const { problem, pending, run } = useFormSubmit(async () => {
    if (!partnership) return;
    const { input, tercs } = budgetInput(budget, members);
    setSentTercs(tercs);
    const { data: created } = await create({
      variables: {
        input: {
          partnershipId: partnership.id,
          title: sheet.title.trim(),
          summary: sheet.summary.trim(),
          thematicAreaId: sheet.thematicAreaId || null,
          readiness: sheet.readiness,
          startsOn: parseDay(sheet.startsOn),
          endsOn: parseDay(sheet.endsOn),
          budget: input,
        },
      },
    });
    if (created) navigate(`/projects/${created.createProject.id}`);
  });
  const shown = budgetProblemOnInputs(problem, sentTercs);

  if (loading && !data) return <Loading />;
  if (!partnership) return <PageFailure error={error} retry={refetch} />;
  if (!canCreateProject(access)) {
    return (
      <>
        <PageHeading title={t('projects.new.title')} />
        <p className="notice">{t('projects.new.notAllowed')}</p>
        <p>
          <Link to={`/partnerships/${partnership.slug}/pipeline`}>{t('projects.new.cancel')}</Link>
        </p>
      </>
    );
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void run(localProblem([...sheetProblems(sheet, t), ...budgetProblems(budget, members, t)]));
  };

  const labels = {
    title: t('projects.form.title'),
    [TOTAL_FIELD]: t('projects.form.totalCost'),
    ...Object.fromEntries(members.map((member) => [shareField(member.gmina.terc), t('projects.form.share', { gmina: member.gmina.name })])),
  };

  return (
    <div className="project-form">
      <PageHeading title={t('projects.new.title')} hasError={Boolean(shown)} />
      <p>{t('projects.new.intro')}</p>
      <ErrorSummary problem={shown} labels={labels} />
      <form onSubmit={onSubmit} noValidate>
        <h2>{t('projects.new.sheet')}</h2>
        <SheetFields draft={sheet} onChange={setSheet} problem={shown} thematicAreas={partnership.thematicAreas} />

        <h2>{t('projects.new.budget')}</h2>
        <BudgetFields draft={budget} onChange={setBudget} members={members} problem={shown} />

        <div className="button-row">
          <button type="submit" className="button button--primary" aria-disabled={pending || undefined}>
            {pending ? t('projects.new.submitting') : t('projects.new.submit')}
          </button>
          <Link to={`/partnerships/${partnership.slug}/pipeline`}>{t('projects.new.cancel')}</Link>
        </div>
      </form>
    </div>
  );
}
