import { registerEnumType } from '@nestjs/graphql';

/** Stages of advisory support (CWD), in the order a partnership usually goes through them. */
export enum PartnershipStage {
  FORMATION = 'FORMATION',
  DIAGNOSIS = 'DIAGNOSIS',
  STRATEGY = 'STRATEGY',
  PROJECT_PIPELINE = 'PROJECT_PIPELINE',
  APPLICATION = 'APPLICATION',
  IMPLEMENTATION = 'IMPLEMENTATION',
}

registerEnumType(PartnershipStage, {
  name: 'PartnershipStage',
  description: 'Stage of advisory support the partnership is in.',
  valuesMap: {
    FORMATION: { description: 'Zawiązanie partnerstwa i Rady Partnerstwa' },
    DIAGNOSIS: { description: 'Diagnoza społeczno-gospodarcza (raport diagnostyczny)' },
    STRATEGY: { description: 'Strategia terytorialna partnerstwa' },
    PROJECT_PIPELINE: { description: 'Pakiet projektów kluczowych i zintegrowanych' },
    APPLICATION: { description: 'Zarys wniosku o dofinansowanie' },
    IMPLEMENTATION: { description: 'Wdrażanie (instrumenty terytorialne ZIT/IIT)' },
  },
});
