import { registerEnumType } from '@nestjs/graphql';

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

registerEnumType(ProjectStage, {
  name: 'ProjectStage',
  valuesMap: {
    IDEA: { description: 'Pomysł' },
    CONCEPT: { description: 'Koncepcja' },
    PREPARATION: { description: 'Przygotowanie (dokumentacja, studium)' },
    APPLICATION_SUBMITTED: { description: 'Wniosek złożony' },
    FUNDED: { description: 'Dofinansowany (umowa)' },
    IN_IMPLEMENTATION: { description: 'W realizacji' },
    COMPLETED: { description: 'Zakończony' },
    REJECTED: { description: 'Odrzucony' },
    WITHDRAWN: { description: 'Wycofany' },
  },
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
