import { Injectable } from '@nestjs/common';
import { DomainError, type FieldProblem } from '@wspolnie/platform-errors';
import type { Message } from '@wspolnie/platform-i18n';
import { AccessRegistry } from './access-registry';

export interface Reference {
  /** The input field that holds it, for the answer: `thematicAreaId`, `budget.participants.0.gminaTerc`. */
  readonly field: string;
  /** A kind a context registered (AccessRegistry.reference): "thematicArea", "person". */
  readonly kind: string;
  readonly id: string | null | undefined;
  /** What a refused one is told, when the kind's own refusal would not name it (a mention: „@[Jan Nowak]”). */
  readonly refusal?: Message;
}

/**
 * The one check that what a change refers to lies inside the same partnership: another
 * partnership's own thematic area, a person without a role here, a task of another project.
 * Every service that stores a reference asks this before writing it.
 */
@Injectable()
export class PartnershipReferences {
  constructor(private readonly registry: AccessRegistry) {}

  async assertUsable(partnershipId: string, references: readonly Reference[]): Promise<void> {
    const given = references.filter((reference): reference is Reference & { id: string } => typeof reference.id === 'string');
    const problems: FieldProblem[] = [];
    for (const kind of new Set(given.map((reference) => reference.kind))) {
      const check = this.registry.referenceCheck(kind);
      const ofKind = given.filter((reference) => reference.kind === kind);
      const usable = await check.usable(partnershipId, [...new Set(ofKind.map((reference) => reference.id))]);
      for (const reference of ofKind) {
        if (!usable.has(reference.id) && !usable.has(reference.id.toLowerCase())) problems.push({ field: reference.field, message: reference.refusal ?? check.refusal(reference.id) });
      }
    }
    if (problems.length) throw DomainError.invalidFields(problems);
  }
}
