import { Query, Resolver } from '@nestjs/graphql';
import { AppConfig } from '@wspolnie/platform-config';
import { Public } from '@wspolnie/platform-graphql';
import { SiteInfo } from './site-info.types';

@Resolver(() => SiteInfo)
export class SiteInfoResolver {
  constructor(private readonly config: AppConfig) {}

  @Public()
  @Query(() => SiteInfo, { description: 'Who runs this instance, for its accessibility statement; no sign-in needed.' })
  siteInfo(): SiteInfo {
    const { site } = this.config;
    const a = site.accessibility;
    return {
      operatorName: site.operatorName ?? null,
      operatorUrl: site.operatorUrl ?? null,
      operatorAddress: site.operatorAddress ?? null,
      example: site.example,
      accessibility: {
        contactName: a.contactName ?? null,
        contactEmail: a.contactEmail ?? null,
        contactPhone: a.contactPhone ?? null,
        publishedOn: a.publishedOn ?? null,
        updatedOn: a.updatedOn ?? null,
        preparedOn: a.preparedOn ?? null,
        reviewedOn: a.reviewedOn ?? null,
        architecture: a.architecture ?? null,
        communication: a.communication ?? null,
      },
    };
  }
}
