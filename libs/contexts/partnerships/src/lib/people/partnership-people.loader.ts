import { Injectable } from '@nestjs/common';
import { AccessService, type PartnershipAccess } from '@wspolnie/identity';
import { groupByKey, type RequestContext } from '@wspolnie/platform-graphql';

/**
 * Who takes part in the partnerships a request reads, in which role: one statement for all of
 * them (Partnership.people, and the actors of activity events). On a subscription, which keeps
 * its context for as long as it runs, each event reads them afresh, so a role changed since is
 * shown as it now is.
 */
@Injectable()
export class PartnershipPeopleLoader {
  constructor(private readonly access: AccessService) {}

  /** Coordinators first, then by when they were given their role. */
  async ofPartnership(context: RequestContext, partnershipId: string): Promise<PartnershipAccess[]> {
    const loader = context.loaders.get<string, PartnershipAccess[]>(this, async (ids) =>
      groupByKey(ids, await this.access.peopleOf(ids), (grant) => grant.partnershipId),
    );
    const people = await loader.load(partnershipId);
    if (context.connection) loader.clear(partnershipId);
    return people;
  }

  /** The person's role in the partnership, or null when they hold none (any more). */
  async roleOf(context: RequestContext, partnershipId: string, userId: string): Promise<PartnershipAccess | null> {
    const id = userId.toLowerCase();
    return (await this.ofPartnership(context, partnershipId)).find((grant) => grant.userId === id) ?? null;
  }
}
