import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useShowPartnership } from '../../app/partnership-header';
import { ProjectsProjectDocument, ProjectsProjectPartnershipDocument } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { LiveIndicator } from '../../ui/LiveIndicator';
import { Loading } from '../../ui/Loading';
import { PageFailure } from '../../ui/PageFailure';
import { PageHeading } from '../../ui/PageHeading';
import { BudgetEditor } from './BudgetEditor';
import { BudgetSection } from './BudgetSection';
import { IndicatorsTable } from './IndicatorsTable';
import { ProjectSheet } from './ProjectSheet';
import { SheetEditor } from './SheetEditor';
import { canEditProject, canMoveProject, readerAccess, useRoleText } from './reader';
import { StageChangeForm } from './StageChangeForm';
import { StageHistory } from './StageHistory';
import { useProjectChanges } from './use-project-changes';
import { ProjectTalk } from '../discussion/ProjectTalk';
import { ProjectControls } from '../work/ProjectControls';
import './projects.css';

export default function ProjectPage() {
  const { projectId = '' } = useParams();
  const { t } = useT();
  const query = useQuery(ProjectsProjectDocument, {
    variables: { id: projectId },
    fetchPolicy: 'cache-and-network',
  });
  const project = query.data?.project;
  const context = useQuery(ProjectsProjectPartnershipDocument, {
    variables: { id: project?.partnershipId ?? '' },
    skip: !project,
  });
  const partnership = context.data?.partnership;
  const access = readerAccess(context.data?.me.partnershipRoles, partnership?.id);
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
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState(false);
  const [editingSheet, setEditingSheet] = useState(false);
  const [sheetNote, setSheetNote] = useState('');

  const refetch = async () => (await query.refetch()).data?.project;
  // Someone else's change to this project shows at once (an edit in progress keeps its draft).
  useProjectChanges(
    project?.partnershipId,
    (event) => {
      if (event.subjectId === projectId) void query.refetch();
    },
    () => void query.refetch(),
  );

  if (query.loading && !project) return <Loading />;
  if (!project) return <PageFailure error={query.error} retry={query.refetch} />;
  const nameOf = (userId: string) => partnership?.people.find((person) => person.userId === userId)?.user.displayName ?? null;
  // An archived project is the record: it is restored before anything else changes (the API refuses otherwise).
  const archived = Boolean(project.archivedAt);
  const mayEdit =
    !archived &&
    canEditProject(
      access,
      project.participants.map((participant) => participant.gmina.id),
    );

  return (
    <div className="project-page">
      <PageHeading title={project.title} />
      <nav className="project-page__links" aria-label={t('projects.project.sheet')}>
        <Link to={`/projects/${project.id}/board`}>{t('projects.project.board')}</Link>
        {partnership && <Link to={`/partnerships/${partnership.slug}/pipeline`}>{t('projects.project.pipeline')}</Link>}
      </nav>
      <LiveIndicator />
      <ProjectControls projectId={project.id} access={access} version={project.version} />

      <section aria-labelledby="project-sheet">
        <div className="section-heading">
          <h2 id="project-sheet">{t('projects.project.sheet')}</h2>
          {mayEdit && partnership && !editingSheet && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setSheetNote('');
                setEditingSheet(true);
              }}
            >
              {t('projects.sheetEdit.edit')}
            </button>
          )}
        </div>
        <p role="status">{sheetNote}</p>
        {editingSheet && partnership ? (
          <SheetEditor
            project={project}
            thematicAreas={partnership.thematicAreas}
            refetch={refetch}
            onDone={(outcome) => {
              setEditingSheet(false);
              setSheetNote(outcome === 'saved' ? t('projects.sheetEdit.saved') : outcome === 'unchanged' ? t('projects.sheetEdit.nothing') : '');
            }}
          />
        ) : (
          <ProjectSheet project={project} thematicAreas={partnership?.thematicAreas ?? []} />
        )}
      </section>

      <section aria-labelledby="project-budget">
        <div className="section-heading">
          <h2 id="project-budget">{t('projects.budget.title')}</h2>
          {mayEdit && partnership && !editing && (
            <button
              type="button"
              className="button"
              onClick={() => {
                setSaved(false);
                setEditing(true);
              }}
            >
              {t('projects.budget.edit')}
            </button>
          )}
        </div>
        <p role="status">{saved ? t('projects.budgetEdit.saved') : ''}</p>
        {editing && partnership ? (
          <BudgetEditor
            project={project}
            members={partnership.members}
            refetch={refetch}
            onSaved={() => {
              setEditing(false);
              setSaved(true);
            }}
            onCancel={() => setEditing(false)}
          />
        ) : (
          <BudgetSection project={project} />
        )}
      </section>

      <section aria-labelledby="project-indicators">
        <h2 id="project-indicators">{t('projects.indicators.title')}</h2>
        <IndicatorsTable indicators={project.indicators} />
      </section>

      <section aria-labelledby="project-history">
        <h2 id="project-history">{t('projects.history.title')}</h2>
        {!archived && canMoveProject(access) && <StageChangeForm project={project} refetch={refetch} />}
        <StageHistory history={project.stageHistory} nameOf={nameOf} />
      </section>

      <ProjectTalk projectId={project.id} />
    </div>
  );
}
