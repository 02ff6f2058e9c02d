import { Injectable, type OnModuleInit } from '@nestjs/common';
import { Transactional, TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { versionedUpdate } from '@wspolnie/platform-database';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { changesBetween, EventLog } from '@wspolnie/platform-realtime';
import { type CouncilDecision, type Project, type ProjectStage, StageGates, stageLabel } from '@wspolnie/projects';
import { QuorumRule, VotingRule } from '../council-enums';
import { councilMessage } from '../council-messages';
import { CouncilSettings } from './council-settings.entity';
import type { UpdateCouncilSettingsInput } from './council-settings.inputs';
import { settingsMessage } from './settings-messages';

/** How many represented member gminas make a quorum of `members` under `rule`. */
export function quorumNeeded(rule: QuorumRule, members: number): number {
  return rule === QuorumRule.AT_LEAST_TWO_THIRDS ? Math.ceil((2 * members) / 3) : Math.floor(members / 2) + 1;
}

/** The defaults, as a partnership has them before its coordinator changes anything. */
function defaults(partnershipId: string): CouncilSettings {
  return Object.assign(new CouncilSettings(), { id: partnershipId, quorumRule: QuorumRule.MORE_THAN_HALF, votingRule: VotingRule.SIMPLE_MAJORITY, stagesNeedingResolution: [], version: 0 });
}

/**
 * A partnership's council rules, and the gate they put on the pipeline: a move into a stage
 * the partnership keeps for the council is refused unless a resolution decides it.
 */
@Injectable()
export class CouncilSettingsService implements OnModuleInit {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly events: EventLog,
    private readonly gates: StageGates,
  ) {}

  onModuleInit(): void {
    this.gates.add((project, to, decision) => this.gate(project, to, decision));
  }

  async of(partnershipId: string): Promise<CouncilSettings> {
    return (await this.txHost.tx.getRepository(CouncilSettings).findOneBy({ id: partnershipId })) ?? defaults(partnershipId);
  }

  @Transactional()
  async update(actor: Actor, input: UpdateCouncilSettingsInput): Promise<CouncilSettings> {
    const stages = input.stagesNeedingResolution;
    const twice = stages?.find((stage, index) => stages.indexOf(stage) !== index);
    if (twice) throw DomainError.badInput('stagesNeedingResolution', settingsMessage('stageListedTwice', { stage: twice }));
    const changes: Partial<CouncilSettings> = {
      ...(input.quorumRule ? { quorumRule: input.quorumRule } : {}),
      ...(input.votingRule ? { votingRule: input.votingRule } : {}),
      ...(stages ? { stagesNeedingResolution: stages } : {}),
    };
    const before = await this.of(input.partnershipId);
    // The defaults become a row at version 0 first (undone with the rest if the change fails), so
    // a stale version answers CONFLICT with the settings as they are, and two first changes at once
    // are one winner and one stale writer.
    await this.txHost.tx.query(`INSERT INTO council_settings (id, version) VALUES ($1, 0) ON CONFLICT (id) DO NOTHING`, [input.partnershipId]);
    const after = await versionedUpdate(this.txHost.tx, CouncilSettings, {
      id: input.partnershipId,
      expectedVersion: input.expectedVersion,
      changes,
      noun: councilMessage('noun.settings'),
      nameOf: () => '',
    });
    await this.events.append(input.partnershipId, {
      topic: 'council',
      subjectId: input.partnershipId,
      action: 'council.settingsChanged',
      actorId: actor.userId,
      changes: changesBetween(before, after, ['quorumRule', 'votingRule', 'stagesNeedingResolution']),
    });
    return after;
  }

  private async gate(project: Project, to: ProjectStage, decision: CouncilDecision | null) {
    if (decision) return null;
    const settings = await this.of(project.partnershipId);
    return settings.stagesNeedingResolution.includes(to) ? settingsMessage('needsResolution', { stage: stageLabel(to), title: project.title }) : null;
  }
}
