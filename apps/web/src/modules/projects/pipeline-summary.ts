import type { Pln } from '@wspolnie/kernel';
import { type ProjectStage } from './graphql.generated';
import { sumAmounts } from './budget-math';
import { PIPELINE_STAGES } from './stages';

export interface StageSummary {
  readonly stage: ProjectStage;
  readonly count: number;
  readonly total: Pln;
}

/** The API's own figures per stage (projectPipeline), in the pipeline's order, every stage present. */
export function summaryFromApi(rows: readonly { stage: ProjectStage; projects: number; totalCost: string }[]): StageSummary[] {
  return PIPELINE_STAGES.map((stage) => {
    const row = rows.find((candidate) => candidate.stage === stage);
    return {
      stage,
      count: row?.projects ?? 0,
      total: (row?.totalCost ?? '0.00') as Pln,
    };
  });
}

/** The same figures for the projects a filter left (the API has no filtered pipeline), summed exactly. */
export function summaryOf(projects: readonly { stage: ProjectStage; totalCost: string }[]): StageSummary[] {
  return PIPELINE_STAGES.map((stage) => {
    const at = projects.filter((project) => project.stage === stage);
    return {
      stage,
      count: at.length,
      total: sumAmounts(at.map((project) => project.totalCost as Pln)),
    };
  });
}

export function grandTotal(summary: readonly StageSummary[]): {
  count: number;
  total: Pln;
} {
  return {
    count: summary.reduce((sum, row) => sum + row.count, 0),
    total: sumAmounts(summary.map((row) => row.total)),
  };
}
