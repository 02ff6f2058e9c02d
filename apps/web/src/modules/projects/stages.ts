import { type FundingProgramme, type IndicatorKind, type ProjectReadiness, type ProjectStage } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';

/**
 * The pipeline's order, as the API's projectPipeline answers it (the schema lists enum values
 * alphabetically): from an idea to a finished project, then the two ways out.
 */
export const PIPELINE_STAGES: readonly ProjectStage[] = ['IDEA', 'CONCEPT', 'PREPARATION', 'APPLICATION_SUBMITTED', 'FUNDED', 'IN_IMPLEMENTATION', 'COMPLETED', 'REJECTED', 'WITHDRAWN'];

/**
 * Where a project may go from each stage: the API's table (libs/contexts/projects pipeline),
 * which the schema does not expose. Only to offer sensible choices: the API decides, and a
 * refusal shows its message.
 */
export const NEXT_STAGES: Record<ProjectStage, readonly ProjectStage[]> = {
  IDEA: ['CONCEPT', 'WITHDRAWN'],
  CONCEPT: ['PREPARATION', 'IDEA', 'WITHDRAWN'],
  PREPARATION: ['APPLICATION_SUBMITTED', 'CONCEPT', 'WITHDRAWN'],
  APPLICATION_SUBMITTED: ['FUNDED', 'REJECTED', 'WITHDRAWN'],
  REJECTED: ['PREPARATION', 'WITHDRAWN'],
  FUNDED: ['IN_IMPLEMENTATION', 'WITHDRAWN'],
  IN_IMPLEMENTATION: ['COMPLETED'],
  COMPLETED: [],
  WITHDRAWN: [],
};

export const READINESS_ORDER: readonly ProjectReadiness[] = ['IDEA', 'CONCEPT', 'FEASIBILITY_STUDY', 'DESIGN_DOCUMENTATION', 'PERMITS', 'READY_FOR_CALL'];

export const PROGRAMME_ORDER: readonly FundingProgramme[] = ['FE_SL', 'FENIKS', 'FERS', 'KPO', 'RFRD', 'AKTYWNY_MALUCH', 'SENIOR_PLUS', 'EEA_NORWAY_GRANTS', 'OTHER'];

export const stageLabel = (t: Translate, stage: ProjectStage) => t(`projects.stage.${stage}`);
export const readinessLabel = (t: Translate, readiness: ProjectReadiness) => t(`projects.readiness.${readiness}`);
export const programmeLabel = (t: Translate, programme: FundingProgramme) => t(`projects.programme.${programme}`);
export const indicatorKindLabel = (t: Translate, kind: IndicatorKind) => t(`projects.indicatorKind.${kind}`);

/** "5 projektów": Polish needs all four plural forms. */
export const projectCount = (t: Translate, n: number) => t('projects.count', { n });
