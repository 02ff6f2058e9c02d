import { registerEnumType } from '@nestjs/graphql';

/** How far the project's preparation has come (stopień przygotowania). */
export enum ProjectReadiness {
  IDEA = 'IDEA',
  CONCEPT = 'CONCEPT',
  FEASIBILITY_STUDY = 'FEASIBILITY_STUDY',
  DESIGN_DOCUMENTATION = 'DESIGN_DOCUMENTATION',
  PERMITS = 'PERMITS',
  READY_FOR_CALL = 'READY_FOR_CALL',
}

registerEnumType(ProjectReadiness, {
  name: 'ProjectReadiness',
  valuesMap: {
    IDEA: { description: 'Pomysł' },
    CONCEPT: { description: 'Koncepcja' },
    FEASIBILITY_STUDY: { description: 'Studium wykonalności / PFU' },
    DESIGN_DOCUMENTATION: { description: 'Dokumentacja projektowa' },
    PERMITS: { description: 'Pozwolenia (budowlane, ZRID)' },
    READY_FOR_CALL: { description: 'Gotowy do naboru' },
  },
});
