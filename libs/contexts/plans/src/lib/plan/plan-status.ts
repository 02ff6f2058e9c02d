import { registerEnumType } from '@nestjs/graphql';

export enum PlanKind {
  DIAGNOSIS = 'DIAGNOSIS',
  DEVELOPMENT_STRATEGY = 'DEVELOPMENT_STRATEGY',
  REVITALISATION_PROGRAMME = 'REVITALISATION_PROGRAMME',
  PROJECT_SHEET = 'PROJECT_SHEET',
  ACTION_PLAN = 'ACTION_PLAN',
  OTHER = 'OTHER',
}

export enum PlanStatus {
  DRAFT = 'DRAFT',
  IN_CONSULTATION = 'IN_CONSULTATION',
  ADOPTED = 'ADOPTED',
  ARCHIVED = 'ARCHIVED',
}

registerEnumType(PlanKind, {
  name: 'PlanKind',
  valuesMap: {
    DIAGNOSIS: { description: 'Diagnoza społeczno-gospodarcza.' },
    DEVELOPMENT_STRATEGY: { description: 'Strategia rozwoju ponadlokalnego.' },
    REVITALISATION_PROGRAMME: { description: 'Gminny program rewitalizacji.' },
    PROJECT_SHEET: { description: 'Karta projektu.' },
    ACTION_PLAN: { description: 'Plan działania.' },
    OTHER: { description: 'Inny dokument.' },
  },
});

registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  valuesMap: {
    DRAFT: { description: 'Projekt dokumentu: authors edit it; members with a role that may comment comment.' },
    IN_CONSULTATION: { description: 'W konsultacjach: a round is open, everyone with access comments until its closing date.' },
    ADOPTED: { description: 'Przyjęty uchwałą: closed to edits and comments.' },
    ARCHIVED: { description: 'W archiwum: kept for the record, closed.' },
  },
});

/** Where a plan may go from each status (the council adopts; a round may end back in draft). */
export const PLAN_TRANSITIONS: Readonly<Record<PlanStatus, readonly PlanStatus[]>> = {
  DRAFT: [PlanStatus.IN_CONSULTATION, PlanStatus.ADOPTED, PlanStatus.ARCHIVED],
  IN_CONSULTATION: [PlanStatus.DRAFT, PlanStatus.ADOPTED],
  ADOPTED: [PlanStatus.ARCHIVED],
  ARCHIVED: [],
};

/** Plans whose text and comments may still change. */
export function isOpenForWork(status: PlanStatus): boolean {
  return status === PlanStatus.DRAFT || status === PlanStatus.IN_CONSULTATION;
}
