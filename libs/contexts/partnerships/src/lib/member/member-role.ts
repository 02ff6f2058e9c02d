import { registerEnumType } from '@nestjs/graphql';

export enum MemberRole {
  LEADER = 'LEADER',
  MEMBER = 'MEMBER',
}

registerEnumType(MemberRole, {
  name: 'MemberRole',
  description: 'Role of a gmina in a partnership.',
  valuesMap: {
    LEADER: { description: 'Lider partnerstwa; at most one per partnership.' },
    MEMBER: { description: 'Partner' },
  },
});
