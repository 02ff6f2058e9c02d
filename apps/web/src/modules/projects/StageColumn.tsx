import { useId } from 'react';
import { Link } from 'react-router';
import { type ProjectsCardFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import type { StageSummary } from './pipeline-summary';
import { projectCount, readinessLabel, stageLabel } from './stages';

interface Props {
  readonly summary: StageSummary;
  readonly projects: readonly ProjectsCardFragment[];
  readonly areaName: (id: string | null) => string | null;
}

/** One stage of the pipeline: its name, how many projects and what they cost, and their cards. */
export function StageColumn({ summary, projects, areaName }: Props) {
  const { t, money } = useT();
  const heading = useId();
  return (
    <section className="stage-column" aria-labelledby={heading} data-stage={summary.stage}>
      <header className="stage-column__header">
        <h3 id={heading} className="stage-column__title">
          {stageLabel(t, summary.stage)}
        </h3>
        <p className="stage-column__summary">
          {t('projects.pipeline.columnSummary', {
            count: projectCount(t, summary.count),
            amount: money(summary.total),
          })}
        </p>
      </header>
      {projects.length === 0 ? (
        <p className="empty-state">{t('projects.pipeline.columnEmpty')}</p>
      ) : (
        <ul className="stage-column__cards">
          {projects.map((project) => (
            <ProjectCard key={project.id} project={project} area={areaName(project.thematicAreaId)} />
          ))}
        </ul>
      )}
    </section>
  );
}

function ProjectCard({ project, area }: { project: ProjectsCardFragment; area: string | null }) {
  const { t, money } = useT();
  const lead = project.participants.find((participant) => participant.role === 'LEAD');
  return (
    <li className="card project-card">
      <Link to={`/projects/${project.id}`} className="project-card__title">
        {project.title}
      </Link>
      {project.archivedAt && <p className="project-card__archived">{t('projects.card.archived')}</p>}
      <p className="project-card__cost">{t('projects.card.cost', { amount: money(project.totalCost) })}</p>
      <p>{lead ? t('projects.card.lead', { gmina: lead.gmina.name }) : t('projects.card.noLead')}</p>
      {area && <p className="project-card__area">{area}</p>}
      <p className="project-card__readiness">
        {t('projects.card.readiness', {
          readiness: readinessLabel(t, project.readiness),
        })}
      </p>
    </li>
  );
}
