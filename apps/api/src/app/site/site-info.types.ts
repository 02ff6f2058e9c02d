import { Field, ObjectType } from '@nestjs/graphql';
import { LocalDateScalar } from '@wspolnie/platform-graphql';

@ObjectType({ description: "What this instance's accessibility statement (deklaracja dostępności) says about itself, as its operator configured it." })
export class AccessibilityStatementInfo {
  @Field(() => String, { nullable: true, description: 'Who handles accessibility requests: a person or a unit.' })
  contactName: string | null;

  @Field(() => String, { nullable: true })
  contactEmail: string | null;

  @Field(() => String, { nullable: true })
  contactPhone: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the site was first published.' })
  publishedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The day of the site's last significant update." })
  updatedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The day the statement was first prepared.' })
  preparedOn: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: "The day of the statement's last review." })
  reviewedOn: string | null;

  @Field(() => String, { nullable: true, description: "The operator's own words on the accessibility of its buildings (in Polish)." })
  architecture: string | null;

  @Field(() => String, { nullable: true, description: "The operator's own words on contact for Deaf people, sign-language interpreting and the like (in Polish)." })
  communication: string | null;
}

@ObjectType({ description: 'Who runs this instance of Wspólnie (the public body its accessibility statement names).' })
export class SiteInfo {
  @Field(() => String, { nullable: true, description: 'The public body running this instance; unset when its operator has not configured it.' })
  operatorName: string | null;

  @Field(() => String, { nullable: true })
  operatorUrl: string | null;

  @Field(() => String, { nullable: true, description: 'Postal address for complaints.' })
  operatorAddress: string | null;

  @Field({ description: 'True while some details are built-in examples (an instance outside production that set none).' })
  example: boolean;

  @Field(() => AccessibilityStatementInfo)
  accessibility: AccessibilityStatementInfo;
}
