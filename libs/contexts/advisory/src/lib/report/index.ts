import { ProgrammeReportController } from './programme-report.controller';
import { ProgrammeReportResolver } from './programme-report.resolver';
import { ProgrammeReportService } from './programme-report.service';

/** The report folder's part of the module: the programme report (GraphQL) and its CSV download. */
export const REPORT_PROVIDERS = [ProgrammeReportService, ProgrammeReportResolver];
export const REPORT_CONTROLLERS = [ProgrammeReportController];
