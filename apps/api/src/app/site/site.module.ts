import { Module } from '@nestjs/common';
import { SiteInfoResolver } from './site-info.resolver';

/** About this instance itself (its operator, for the accessibility statement); no data of its own. */
@Module({ providers: [SiteInfoResolver] })
export class SiteModule {}
