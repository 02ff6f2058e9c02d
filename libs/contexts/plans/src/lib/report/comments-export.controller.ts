import { Controller, Get, Header, Headers, Param, Query, StreamableFile } from '@nestjs/common';
import { DomainError } from '@wspolnie/platform-errors';
import { attachment, Can, downloadParameters, httpRefusal } from '@wspolnie/platform-graphql';
import { localeOf } from '@wspolnie/platform-i18n';
import { CommentsExportService } from './comments-export.service';
import { reportMessage } from './report-messages';

/**
 * Downloads for the consultation protocol, with the API's bearer token and its access rules
 * (RouteAccessGuard checks the declaration: no token 401, someone outside the partnership 404,
 * a malformed id 400).
 */
@Controller('plans')
export class CommentsExportController {
  constructor(private readonly exports: CommentsExportService) {}

  /** Every comment of the plan as CSV (`?round=N`: threads started in round N), headed in the caller's language. */
  @Can('plan.read', { plan: 'planId' })
  @Get(':planId/comments.csv')
  @Header('Cache-Control', 'private, no-store')
  async commentsCsv(@Param('planId') planId: string, @Query() query: Record<string, unknown>, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = localeOf(acceptLanguage);
    try {
      const file = await this.exports.commentsCsv(planId, roundOf(query), locale);
      return new StreamableFile(file.body, { type: 'text/csv; charset=utf-8', disposition: attachment(file.name, 'csv'), length: file.body.length });
    } catch (error) {
      throw error instanceof DomainError ? httpRefusal(error, locale) : error;
    }
  }
}

/**
 * The round asked for, if any. Nothing else is taken: a parameter the export does not know is
 * a mistake worth saying (the guard checks the path's plan, whatever the query string holds).
 */
function roundOf(query: Record<string, unknown>): number | null {
  const value = downloadParameters(query, ['round']).round;
  if (value === null) return null;
  if (!/^\d{1,6}$/.test(value)) throw DomainError.badInput('round', reportMessage('roundNotNumber', { value: value.slice(0, 40) }));
  return Number(value);
}
