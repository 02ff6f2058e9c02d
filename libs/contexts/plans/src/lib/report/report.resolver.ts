import { Args, Context, Int, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestContext } from '@wspolnie/platform-graphql';
import { localeOf, render } from '@wspolnie/platform-i18n';
import { Plan } from '../plan/plan.entity';
import { ConsultationReportService } from './consultation-report.service';
import { reportMessage } from './report-messages';
import { ConsultationGminaCounts, ConsultationReport } from './report.types';

/** Plan.consultationReport: readable by whoever reads the plan. */
@Resolver(() => Plan)
export class ConsultationReportResolver {
  private readonly key = {};

  constructor(private readonly reports: ConsultationReportService) {}

  @ResolveField(() => ConsultationReport, { description: 'Its threads and comments counted by section, by gmina and by status, for the protocol of a consultation.' })
  consultationReport(
    @Parent() plan: Plan,
    @Context() context: RequestContext,
    @Args('round', { type: () => Int, nullable: true, description: 'Threads started in this round (0: outside any round); every thread when left out.' }) round?: number | null,
  ): Promise<ConsultationReport> {
    const wanted = round ?? null;
    this.reports.checkRound(plan, wanted);
    // Plans of a list asking for the same round are counted together.
    return context.loaders.get<string, ConsultationReport>(this.key, (keys) => this.batch(keys)).load(`${wanted ?? ''}:${plan.id}`);
  }

  private async batch(keys: readonly string[]): Promise<(ConsultationReport | Error)[]> {
    const byRound = new Map<string, string[]>();
    for (const key of keys) {
      const [round, planId] = key.split(':');
      byRound.set(round, [...(byRound.get(round) ?? []), planId]);
    }
    const found = new Map<string, ConsultationReport>();
    for (const [round, planIds] of byRound) {
      for (const [planId, report] of await this.reports.reportsOf(planIds, round === '' ? null : Number(round))) found.set(`${round}:${planId}`, report);
    }
    return keys.map((key) => found.get(key) ?? new Error(`no report for ${key}`));
  }
}

@Resolver(() => ConsultationGminaCounts)
export class ConsultationGminaResolver {
  @ResolveField(() => String, { description: '"Rajcza (2417112)", or "no gmina" for people acting for none; in your language (Accept-Language).' })
  label(@Parent() counts: ConsultationGminaCounts, @Context() context: RequestContext): string {
    const message = counts.name === null ? reportMessage('noGmina') : reportMessage('gmina', { name: counts.name, terc: counts.terc ?? '' });
    return render(message, localeOf(context.req?.headers['accept-language']));
  }
}
