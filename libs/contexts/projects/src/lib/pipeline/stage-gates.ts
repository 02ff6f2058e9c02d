import { Injectable } from '@nestjs/common';
import type { Message } from '@wspolnie/platform-i18n';
import type { Project } from '../project/project.entity';
import type { ProjectStage } from './project-stage';

/** What decided a move or an approval, when a council resolution did. */
export interface CouncilDecision {
  /** "3/2026". */
  readonly resolutionNumber: string;
  /** The day it was adopted, Europe/Warsaw. */
  readonly adoptedOn: string;
}

/**
 * Answers why `project` may not move to `to` without a decision (null when it may). A context
 * that decides moves (the council) registers one; projects know no council.
 */
export type StageGate = (project: Project, to: ProjectStage, decision: CouncilDecision | null) => Promise<Message | null>;

/** The gates every move through the pipeline passes, registered by other contexts at start. */
@Injectable()
export class StageGates {
  private readonly gates: StageGate[] = [];

  add(gate: StageGate): void {
    this.gates.push(gate);
  }

  async refusal(project: Project, to: ProjectStage, decision: CouncilDecision | null): Promise<Message | null> {
    for (const gate of this.gates) {
      const refused = await gate(project, to, decision);
      if (refused) return refused;
    }
    return null;
  }
}
