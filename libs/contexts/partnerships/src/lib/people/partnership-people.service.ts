import { Injectable } from '@nestjs/common';
import { GminasService } from '@wspolnie/gminas';
import { type Invitation, InvitationsService, type PartnershipAccess, PartnershipRole, PeopleService } from '@wspolnie/identity';
import { DomainError } from '@wspolnie/platform-errors';
import type { Actor } from '@wspolnie/platform-graphql';
import { PartnershipsService } from '../partnership/partnerships.service';
import { partnershipsMessage } from '../partnerships-messages';
import type { AppointCoordinatorInput, ChangePartnershipRoleInput, InviteToPartnershipInput, RevokePartnershipRoleInput } from './people.inputs';

/**
 * People in a partnership, as its coordinators manage them. Identity keeps the roles and the
 * invitations; this context knows the partnership and its member gminas, so it turns a TERC
 * code into the member a role is for, and words the invitation e-mail.
 */
@Injectable()
export class PartnershipPeopleService {
  constructor(
    private readonly partnerships: PartnershipsService,
    private readonly gminas: GminasService,
    private readonly invitations: InvitationsService,
    private readonly people: PeopleService,
  ) {}

  async invite(actor: Actor, input: InviteToPartnershipInput): Promise<Invitation> {
    const partnership = await this.partnerships.getById(input.partnershipId);
    const gmina = await this.memberGmina(input.partnershipId, input.gminaTerc);
    return this.invitations.invite(
      actor,
      { partnershipId: input.partnershipId, email: input.email, role: input.role, gminaId: gmina?.id ?? null },
      { partnershipName: partnership.name, gminaName: gmina?.name },
    );
  }

  appointCoordinator(actor: Actor, input: AppointCoordinatorInput): Promise<Invitation> {
    return this.invite(actor, { partnershipId: input.partnershipId, email: input.email, role: PartnershipRole.COORDINATOR });
  }

  async resend(actor: Actor, id: string): Promise<Invitation> {
    const invitation = await this.invitations.findById(id);
    if (!invitation) throw DomainError.notFound(partnershipsMessage('noun.invitation'), id);
    const partnership = await this.partnerships.getById(invitation.partnershipId);
    const [gmina] = invitation.gminaId ? await this.gminas.findByIds([invitation.gminaId]) : [];
    return this.invitations.resend(actor, id, { partnershipName: partnership.name, gminaName: gmina?.name });
  }

  cancel(id: string): Promise<Invitation> {
    return this.invitations.cancel(id);
  }

  async changeRole(actor: Actor, input: ChangePartnershipRoleInput): Promise<PartnershipAccess> {
    const gmina = await this.memberGmina(input.partnershipId, input.gminaTerc);
    return this.people.changeRole(actor, { partnershipId: input.partnershipId, userId: input.userId, role: input.role, gminaId: gmina?.id ?? null });
  }

  revoke(actor: Actor, input: RevokePartnershipRoleInput): Promise<void> {
    return this.people.revoke(actor, input.partnershipId, input.userId);
  }

  private async memberGmina(partnershipId: string, terc: string | null | undefined) {
    if (terc == null) return null;
    const [gmina] = await this.gminas.requireByTercs([terc], () => 'gminaTerc');
    if (!(await this.partnerships.memberGminaIds(partnershipId)).has(gmina.id)) {
      throw DomainError.badInput('gminaTerc', partnershipsMessage('member.notAMember', { gmina: gmina.name, terc: gmina.terc }));
    }
    return gmina;
  }
}
