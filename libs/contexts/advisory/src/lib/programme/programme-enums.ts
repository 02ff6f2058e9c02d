import { registerEnumType } from '@nestjs/graphql';

/** Who runs an advisory programme. */
export enum OperatorKind {
  MINISTRY = 'MINISTRY',
  MARSHAL_OFFICE = 'MARSHAL_OFFICE',
  ASSOCIATION = 'ASSOCIATION',
  OTHER = 'OTHER',
}

/** A programme's training modules (mandatory, in Regiony Rewitalizacji four) and its additional topics. */
export enum TopicKind {
  MODULE = 'MODULE',
  ADDITIONAL_TOPIC = 'ADDITIONAL_TOPIC',
}

/** What someone does in one programme; one role per person and programme. */
export enum ProgrammeRole {
  PROGRAMME_MANAGER = 'PROGRAMME_MANAGER',
  CONSULTANT = 'CONSULTANT',
}

registerEnumType(OperatorKind, {
  name: 'OperatorKind',
  valuesMap: {
    MINISTRY: { description: 'Ministerstwo (e.g. MFiPR).' },
    MARSHAL_OFFICE: { description: 'Urząd marszałkowski.' },
    ASSOCIATION: { description: 'Stowarzyszenie or związek (e.g. Związek Miast Polskich).' },
    OTHER: { description: 'Another operator.' },
  },
});
registerEnumType(TopicKind, {
  name: 'TopicKind',
  valuesMap: { MODULE: { description: 'Moduł szkoleniowy (e.g. one of the four mandatory ones).' }, ADDITIONAL_TOPIC: { description: 'Temat dodatkowy.' } },
});
registerEnumType(ProgrammeRole, {
  name: 'ProgrammeRole',
  valuesMap: {
    PROGRAMME_MANAGER: { description: 'Kierownik programu: sees the whole programme and its reports, manages its people, modules and teams.' },
    CONSULTANT: { description: 'Konsultant: records and edits support in the programme, or only in their regional team.' },
  },
});
