import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AccountsService } from '@wspolnie/identity';
import { fromGrosze, type Pln, toGrosze } from '@wspolnie/kernel';
import type { DemoSeeder } from '@wspolnie/platform-database';
import type { Actor } from '@wspolnie/platform-graphql';
import { ParticipantRole } from '../budget/project-participant.entity';
import { ProjectStage } from '../pipeline/project-stage';
import { Project } from '../project/project.entity';
import { ProjectsService } from '../project/projects.service';
import { TaskPriority } from '../task/task.entity';
import { TasksService } from '../task/tasks.service';
import { DEMO_PROJECTS, type DemoProject, ILLUSTRATIVE, PIPELINE_PATH } from './demo-projects.data';

const DEMO_SLUG = 'aglomeracja-beskidzka-6';

/**
 * Why each demo move was made, so a project's history reads as a story in the order it was
 * made (the moves share one transaction and so one changed_at; the history is ordered by seq).
 */
const MOVE_REASONS: Partial<Record<ProjectStage, string>> = {
  [ProjectStage.CONCEPT]: 'Rada Partnerstwa przyjęła pomysł do dalszych prac (przykład)',
  [ProjectStage.PREPARATION]: 'Uchwała Rady Partnerstwa zatwierdzająca koncepcję (przykład)',
  [ProjectStage.APPLICATION_SUBMITTED]: 'Wniosek o dofinansowanie złożony w naborze (przykład)',
  [ProjectStage.FUNDED]: 'Podpisana umowa o dofinansowanie (przykład)',
};

/** Splits an amount into `parts` shares that add up to it exactly; the first takes the spare grosze. */
function split(total: Pln, parts: number): Pln[] {
  const grosze = toGrosze(total);
  const base = grosze / BigInt(parts);
  return Array.from({ length: parts }, (_, index) => fromGrosze(index === 0 ? grosze - base * BigInt(parts - 1) : base));
}

/** The fraction `rate` percent of an amount, rounded down to the grosz. */
function percentOf(total: Pln, rate: string): Pln {
  return fromGrosze((toGrosze(total) * BigInt(Math.round(Number(rate) * 100))) / 10_000n);
}

/**
 * An illustrative pipeline for the demo partnership: eleven projects in every stage from idea to
 * funded, with budgets, stage history and tasks in every column. Created through the services,
 * as the demo coordinator and council member, so the activity log tells the same story.
 */
@Injectable()
export class DemoProjectsSeeder implements DemoSeeder {
  readonly name = 'projects';

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly projects: ProjectsService,
    private readonly tasks: TasksService,
    private readonly accounts: AccountsService,
  ) {}

  hasData(): Promise<boolean> {
    return this.txHost.tx.getRepository(Project).exists();
  }

  async seed(): Promise<void> {
    const [partnership] = await this.txHost.tx.query(`SELECT id FROM partnership WHERE slug = $1`, [DEMO_SLUG]);
    if (!partnership) throw new Error('the demo projects need the demo partnership, seeded before them');
    const actor = async (email: string): Promise<Actor> => {
      const account = await this.accounts.findByEmail(email);
      if (!account) throw new Error(`the demo person ${email} is missing`);
      return { userId: account.id, isPlatformAdmin: false };
    };
    const coordinator = await actor('koordynator@wspolnie.example');
    const council = await actor('rada@wspolnie.example');
    const assignees = {
      rajcza: (await actor('urzednik.rajcza@wspolnie.example')).userId,
      ujsoly: (await actor('urzednik.ujsoly@wspolnie.example')).userId,
    };
    const areas: { id: string; code: string }[] = await this.txHost.tx.query(`SELECT id, code FROM thematic_area WHERE code IS NOT NULL`);

    for (const demo of DEMO_PROJECTS) {
      const project = await this.projects.create(coordinator, {
        partnershipId: partnership.id,
        title: demo.title,
        summary: `${demo.summary}\n\n${ILLUSTRATIVE}`,
        thematicAreaId: areas.find((area) => area.code === demo.area)?.id ?? null,
        readiness: demo.readiness,
        budget: this.budgetOf(demo),
      });
      let version = project.version;
      if (demo.indicators) version = (await this.projects.setIndicators(coordinator, { projectId: project.id, expectedVersion: version, indicators: demo.indicators })).version;
      for (const stage of PIPELINE_PATH.slice(1, PIPELINE_PATH.indexOf(demo.stage) + 1)) {
        const moved = await this.projects.move(council, { projectId: project.id, expectedVersion: version, to: stage, reason: MOVE_REASONS[stage] ?? 'Uchwała Rady Partnerstwa (przykład)' });
        version = moved.version;
      }
      for (const task of demo.tasks) {
        await this.tasks.create(coordinator, {
          projectId: project.id,
          title: task.title,
          description: ILLUSTRATIVE,
          status: task.status,
          priority: TaskPriority.NORMAL,
          assigneeId: task.assignee ? assignees[task.assignee] : null,
        });
      }
    }
  }

  private budgetOf(demo: DemoProject) {
    const total = demo.totalCost as Pln;
    const shares = split(total, 1 + demo.partners.length);
    return {
      totalCost: total,
      participants: [demo.lead, ...demo.partners].map((gminaTerc, index) => ({
        gminaTerc,
        role: index === 0 ? ParticipantRole.LEAD : ParticipantRole.PARTNER,
        costShare: shares[index],
      })),
      funding: demo.funding.map((source) => ({
        programme: source.programme,
        note: source.note ?? null,
        amount: (source.amount as Pln | undefined) ?? percentOf(total, source.rate ?? '0'),
        coFinancingRate: source.rate ?? null,
      })),
    };
  }
}
