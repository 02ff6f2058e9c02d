import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { Can, type RequestContext } from '@wspolnie/platform-graphql';
import { localeOf } from '@wspolnie/platform-i18n';
import { ProgrammeReportService } from './programme-report.service';
import { ProgrammeReport, ProgrammeReportInput } from './report.types';

@Resolver(() => ProgrammeReport)
export class ProgrammeReportResolver {
  constructor(private readonly reports: ProgrammeReportService) {}

  // With teamId the team is what is reported on (a consultant limited to it may); without, the whole programme.
  @Can('programme.report', { programmeTeam: 'input.teamId', programme: 'input.programmeId' })
  @Query(() => ProgrammeReport, {
    description:
      "The programme's RECORDED activities of a period counted: in all, by kind, by module or topic, grouped (groupBy), and the gminas of an area not reached (areaCode). Programme managers; consultants, those limited to a team for their team (teamId).",
  })
  programmeReport(@Args('input') input: ProgrammeReportInput, @Context() context: RequestContext): Promise<ProgrammeReport> {
    return this.reports.report(
      { programmeId: input.programmeId, teamId: input.teamId ?? null, from: input.from, to: input.to, groupBy: input.groupBy ?? null, areaCode: input.areaCode ?? null },
      localeOf(context.req?.headers['accept-language']),
    );
  }
}
