import { Injectable } from '@nestjs/common';
import { groupByKey, type RequestContext } from '@wspolnie/platform-graphql';
import { MembersService } from './members.service';
import type { PartnershipMember } from './partnership-member.entity';

/** Members of the partnerships on a page, in one statement per request. */
@Injectable()
export class MembersLoader {
  constructor(private readonly members: MembersService) {}

  load(context: RequestContext, partnershipId: string): Promise<PartnershipMember[]> {
    return context.loaders
      .get<string, PartnershipMember[]>(this, async (ids) =>
        groupByKey(ids, await this.members.membersOf(ids), (member) => member.partnershipId),
      )
      .load(partnershipId);
  }
}
