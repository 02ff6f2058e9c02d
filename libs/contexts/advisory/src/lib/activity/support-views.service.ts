import { Injectable } from '@nestjs/common';
import { TransactionHost } from '@nestjs-cls/transactional';
import type { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { GminasService } from '@wspolnie/gminas';
import { AccessService } from '@wspolnie/identity';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { connectionOf, type ConnectionShape, decodeCursor, encodeCursor, paginate } from '@wspolnie/platform-pagination';
import { ActivityStatus } from './activity-enums';
import { Activity } from './activity.entity';
import type { GminaSupportArgs, PartnershipSupportArgs } from './follow-up.inputs';
import { ActivitiesService } from './activities.service';

/** How many of a gmina's activities are weighed for one caller: more than any gmina has had. */
export const GMINA_SUPPORT_CANDIDATES = 2_000;

interface Candidate {
  readonly id: string;
  readonly held_on: string;
}

/** The support a partnership or a gmina received, as those it was given to see it: recorded activities only. */
@Injectable()
export class SupportViewsService {
  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    private readonly activities: ActivitiesService,
    private readonly access: AccessService,
    private readonly gminas: GminasService,
  ) {}

  /** Activities for the partnership's engagements, or that served one of its member gminas, the latest first. */
  partnershipSupport(args: PartnershipSupportArgs): Promise<ConnectionShape<Activity>> {
    const query = this.txHost.tx
      .getRepository(Activity)
      .createQueryBuilder('activity')
      .where('activity.status = :recorded', {
        recorded: ActivityStatus.RECORDED,
      })
      .andWhere(
        `(EXISTS (SELECT 1 FROM engagement WHERE engagement.id = activity.engagement_id AND engagement.partnership_id = :partnershipId)
          OR EXISTS (SELECT 1 FROM activity_gmina served JOIN partnership_member member ON member.gmina_id = served.gmina_id
                     WHERE served.activity_id = activity.id AND member.partnership_id = :partnershipId))`,
        { partnershipId: args.partnershipId },
      );
    return paginate(
      query,
      args,
      [
        {
          expression: 'activity.held_on',
          valueOf: (activity) => activity.heldOn,
          kind: 'date',
        },
        {
          expression: 'activity.id',
          valueOf: (activity) => activity.id,
          kind: 'uuid',
        },
      ],
      { direction: 'DESC' },
    );
  }

  /**
   * Activities that served the gmina, in any programme, that the caller may see (through a role
   * in the programme or in a partnership supported), the latest first. Access is asked per
   * activity, all at once (the policy reads facts and roles in one batch each), and the list is
   * paged in memory among those seen; totalCount counts them.
   */
  async gminaSupport(actor: Actor, args: GminaSupportArgs): Promise<ConnectionShape<Activity>> {
    const gmina = await this.gminas.getByTerc(args.terc);
    const candidates: Candidate[] = await this.txHost.tx.query(
      `SELECT activity.id, activity.held_on::text AS held_on FROM activity JOIN activity_gmina served ON served.activity_id = activity.id
       WHERE served.gmina_id = $1 AND activity.status = 'RECORDED'
       ORDER BY activity.held_on DESC, activity.id DESC LIMIT ${GMINA_SUPPORT_CANDIDATES}`,
      [gmina.id],
    );
    const visible = await this.readable(actor, candidates);
    const [day, id] = args.after ? (decodeCursor(args.after, ['date', 'uuid']) as [string, string]) : [null, null];
    const after = day && id ? visible.filter((candidate) => candidate.held_on < day || (candidate.held_on === day && candidate.id < id.toLowerCase())) : visible;
    const page = after.slice(0, args.first + 1);
    const byId = new Map((page.length ? await this.activities.findByIds(page.map((candidate) => candidate.id)) : []).map((activity) => [activity.id, activity]));
    const rows = page.map((candidate) => byId.get(candidate.id)).filter((activity): activity is Activity => Boolean(activity));
    return connectionOf(
      rows,
      args,
      (activity) => encodeCursor([activity.heldOn, activity.id]),
      () => visible.length,
    );
  }

  /**
   * The activities among `candidates` the caller may read (support.read, each on its own facts:
   * its team, the partnerships it served, drafts for the programme's people only), in one batch.
   */
  async readable<T extends { readonly id: string }>(actor: Actor | undefined, candidates: readonly T[]): Promise<T[]> {
    if (!actor) return [];
    const checks = await Promise.allSettled(candidates.map((candidate) => this.access.assertCan(actor, 'support.read', 'activity', candidate.id)));
    return candidates.filter((_, index) => {
      const check = checks[index];
      if (check.status === 'fulfilled') return true;
      if (isRefusal(check.reason)) return false;
      throw check.reason;
    });
  }
}

/** The policy's answers that hide an activity from the caller (anything else is a fault). */
function isRefusal(reason: unknown): boolean {
  return reason instanceof DomainError && (reason.code === ErrorCode.NotFound || reason.code === ErrorCode.Forbidden);
}
