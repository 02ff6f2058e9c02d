import { type ProjectsPartnershipContextFragment, type ProjectsSheetFragment } from './graphql.generated';
import { useT } from '../../i18n/I18n';
import { readinessLabel, stageLabel } from './stages';

interface Props {
  readonly project: ProjectsSheetFragment;
  readonly thematicAreas: ProjectsPartnershipContextFragment['thematicAreas'];
}

/** The project sheet (fiszka): stage, readiness, area, lead gmina, period, and what it is for. */
export function ProjectSheet({ project, thematicAreas }: Props) {
  const { t, day, moment, money, locale } = useT();
  const area = thematicAreas.find((candidate) => candidate.id === project.thematicAreaId);
  const lead = project.participants.find((participant) => participant.role === 'LEAD');
  const notSet = t('projects.project.notSet');
  return (
    <>
      <dl className="project-sheet">
        <div>
          <dt>{t('projects.project.stage')}</dt>
          <dd>
            <span className="stage-badge" data-stage={project.stage}>
              {stageLabel(t, project.stage)}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('projects.project.readiness')}</dt>
          <dd>{readinessLabel(t, project.readiness)}</dd>
        </div>
        <div>
          <dt>{t('projects.project.area')}</dt>
          <dd>{area ? (locale === 'en' ? (area.nameEn ?? area.namePl) : area.namePl) : t('projects.project.noArea')}</dd>
        </div>
        <div>
          <dt>{t('projects.project.lead')}</dt>
          <dd>{lead?.gmina.name ?? t('projects.project.noArea')}</dd>
        </div>
        <div>
          <dt>{t('projects.project.period')}</dt>
          <dd>
            {project.startsOn || project.endsOn
              ? t('projects.project.periodValue', {
                  from: project.startsOn ? day(project.startsOn) : notSet,
                  to: project.endsOn ? day(project.endsOn) : notSet,
                })
              : notSet}
          </dd>
        </div>
        <div>
          <dt>{t('projects.budget.totalCost')}</dt>
          <dd>{money(project.totalCost)}</dd>
        </div>
      </dl>
      <h3>{t('projects.project.summary')}</h3>
      {project.summary ? <p className="project-sheet__summary">{project.summary}</p> : <p>{t('projects.project.noSummary')}</p>}
      <p className="muted">{t('projects.project.updated', { moment: moment(project.updatedAt) })}</p>
    </>
  );
}
