import { Controller, Get, Header, Headers, Param, Query, StreamableFile } from '@nestjs/common';
import { DomainError } from '@wspolnie/platform-errors';
import { attachment, Can, downloadParameters, httpRefusal } from '@wspolnie/platform-graphql';
import { localeOf } from '@wspolnie/platform-i18n';
import { RegisterService } from './register.service';
import { resolutionMessage } from './resolution-messages';

/**
 * The register of resolutions as a CSV download, with the API's bearer token and the policy
 * table's `council.read` on the path's partnership (RouteAccessGuard: no token 401, no role
 * there 404, a malformed id 400). `?year=2026` for one year; every year without it.
 */
@Controller('council')
export class RegisterController {
  constructor(private readonly register: RegisterService) {}

  @Can('council.read', { partnership: 'partnershipId' })
  @Get(':partnershipId/resolutions.csv')
  @Header('Cache-Control', 'private, no-store')
  async resolutionsCsv(@Param('partnershipId') partnershipId: string, @Query() query: Record<string, unknown>, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    const locale = localeOf(acceptLanguage);
    try {
      const { year } = downloadParameters(query, ['year'] as const);
      if (year && !/^(19|2\d)\d\d$/.test(year)) throw DomainError.badInput('year', resolutionMessage('badYear'));
      const file = await this.register.csv(partnershipId, year ? Number(year) : null, locale);
      return new StreamableFile(file.body, { type: 'text/csv; charset=utf-8', disposition: attachment(file.name, 'csv'), length: file.body.length });
    } catch (error) {
      throw error instanceof DomainError ? httpRefusal(error, locale) : error;
    }
  }
}
