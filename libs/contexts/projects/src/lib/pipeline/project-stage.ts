import { registerEnumType } from '@nestjs/graphql';
import { type Message, render } from '@wspolnie/platform-i18n';
import { projectsMessage } from '../projects-messages';

export enum ProjectStage {
  IDEA = 'IDEA',
  CONCEPT = 'CONCEPT',
  PREPARATION = 'PREPARATION',
  APPLICATION_SUBMITTED = 'APPLICATION_SUBMITTED',
  FUNDED = 'FUNDED',
  IN_IMPLEMENTATION = 'IN_IMPLEMENTATION',
  COMPLETED = 'COMPLETED',
  REJECTED = 'REJECTED',
  WITHDRAWN = 'WITHDRAWN',
}

/** The stage as people read it: "Pomysł" in Polish, "Idea" in English. */
export function stageLabel(stage: ProjectStage): Message {
  return projectsMessage(`stage.${stage}`);
}

// The schema describes each stage by its Polish label, from the same catalogue as the messages.
registerEnumType(ProjectStage, {
  name: 'ProjectStage',
  valuesMap: Object.fromEntries(Object.values(ProjectStage).map((stage) => [stage, { description: render(stageLabel(stage), 'pl') }])),
});

const { IDEA, CONCEPT, PREPARATION, APPLICATION_SUBMITTED, FUNDED, IN_IMPLEMENTATION, COMPLETED, REJECTED, WITHDRAWN } = ProjectStage;

/**
 * The pipeline, as one table: from each stage, the stages a project may move to. A rejected
 * application goes back to preparation for the next call; completed and withdrawn are final.
 */
export const STAGE_TRANSITIONS: Record<ProjectStage, readonly ProjectStage[]> = {
  [IDEA]: [CONCEPT, WITHDRAWN],
  [CONCEPT]: [PREPARATION, IDEA, WITHDRAWN],
  [PREPARATION]: [APPLICATION_SUBMITTED, CONCEPT, WITHDRAWN],
  [APPLICATION_SUBMITTED]: [FUNDED, REJECTED, WITHDRAWN],
  [REJECTED]: [PREPARATION, WITHDRAWN],
  [FUNDED]: [IN_IMPLEMENTATION, WITHDRAWN],
  [IN_IMPLEMENTATION]: [COMPLETED],
  [COMPLETED]: [],
  [WITHDRAWN]: [],
};

export function canMove(from: ProjectStage, to: ProjectStage): boolean {
  return STAGE_TRANSITIONS[from].includes(to);
}
