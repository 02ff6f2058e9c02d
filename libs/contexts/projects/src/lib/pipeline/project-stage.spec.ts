import { canMove, ProjectStage, STAGE_TRANSITIONS } from './project-stage';

describe('the project pipeline', () => {
  it('walks the ordinary path from idea to completion', () => {
    const path = [ProjectStage.IDEA, ProjectStage.CONCEPT, ProjectStage.PREPARATION, ProjectStage.APPLICATION_SUBMITTED, ProjectStage.FUNDED, ProjectStage.IN_IMPLEMENTATION, ProjectStage.COMPLETED];
    path.slice(1).forEach((to, index) => expect(canMove(path[index], to)).toBe(true));
  });

  it.each([
    [ProjectStage.IDEA, ProjectStage.FUNDED],
    [ProjectStage.CONCEPT, ProjectStage.APPLICATION_SUBMITTED],
    [ProjectStage.COMPLETED, ProjectStage.IN_IMPLEMENTATION],
    [ProjectStage.WITHDRAWN, ProjectStage.IDEA],
    [ProjectStage.IN_IMPLEMENTATION, ProjectStage.WITHDRAWN],
    [ProjectStage.FUNDED, ProjectStage.FUNDED],
  ])('refuses %s → %s', (from, to) => expect(canMove(from, to)).toBe(false));

  it('lets a rejected application be prepared again for the next call, and ends in final stages', () => {
    expect(canMove(ProjectStage.REJECTED, ProjectStage.PREPARATION)).toBe(true);
    expect(STAGE_TRANSITIONS[ProjectStage.COMPLETED]).toEqual([]);
    expect(STAGE_TRANSITIONS[ProjectStage.WITHDRAWN]).toEqual([]);
  });
});
