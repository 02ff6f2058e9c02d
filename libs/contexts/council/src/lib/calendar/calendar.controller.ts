import { Controller, Get, Header, Headers, Param, StreamableFile } from '@nestjs/common';
import { DomainError, ErrorCode } from '@wspolnie/platform-errors';
import { httpRefusal, Public } from '@wspolnie/platform-graphql';
import { localeOf } from '@wspolnie/platform-i18n';
import { CalendarExportService } from './calendar-export.service';
import { calendarMessage } from './calendar-messages';

/**
 * The iCalendar feeds, for calendar applications (Google, Outlook, Apple, Thunderbird) that
 * fetch a URL on their own and cannot sign in. So the routes are public to the bearer-token
 * guard and the secret in the path is the key: the service finds its owner and checks their
 * access by the policy table (`council.read`) at every fetch. An unknown secret and a
 * partnership the owner may not read get the same 404, so a URL tells nothing it does not open.
 */
@Public()
@Controller('calendar')
export class CalendarController {
  constructor(private readonly exports: CalendarExportService) {}

  /** The meetings the owner is invited to, in every partnership where they hold a role. */
  @Get(':token/meetings.ics')
  @Header('Cache-Control', 'private, no-store')
  async meetings(@Param('token') token: string, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    return this.answer(await this.exports.invitedMeetings(token), acceptLanguage);
  }

  /** Every meeting of one partnership's council. */
  @Get(':token/partnerships/:partnershipId.ics')
  @Header('Cache-Control', 'private, no-store')
  async partnership(@Param('token') token: string, @Param('partnershipId') partnershipId: string, @Headers('accept-language') acceptLanguage?: string): Promise<StreamableFile> {
    return this.answer(await this.exports.partnershipMeetings(token, partnershipId), acceptLanguage);
  }

  private answer(calendar: string | null, acceptLanguage: string | undefined): StreamableFile {
    if (calendar === null) throw httpRefusal(new DomainError(ErrorCode.NotFound, calendarMessage('notFound')), localeOf(acceptLanguage));
    const body = Buffer.from(calendar, 'utf8');
    return new StreamableFile(body, { type: 'text/calendar; charset=utf-8', length: body.length });
  }
}
