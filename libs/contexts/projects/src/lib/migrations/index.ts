import { CreateProjects1795627054290 } from './1795627054290-CreateProjects';
import { CreateTasks1795627054291 } from './1795627054291-CreateTasks';
import { CreateProjectIndicators1795627054292 } from './1795627054292-CreateProjectIndicators';
import { ParticipantsAreMembers1795627054293 } from './1795627054293-ParticipantsAreMembers';
import { OrderStageHistory1795627054294 } from './1795627054294-OrderStageHistory';
import { CreateProjectFollowers1795627054295 } from './1795627054295-CreateProjectFollowers';
import { RecordCouncilDecisions1795627054296 } from './1795627054296-RecordCouncilDecisions';
import { ArchiveProjectsAndTasks1795627054297 } from './1795627054297-ArchiveProjectsAndTasks';
import { IndexProjectSearch1795627054298 } from './1795627054298-IndexProjectSearch';
import { CreateAttachments1795627054299 } from './1795627054299-CreateAttachments';

/** After the partnerships, gminas and identity migrations: projects and tasks reference them. */
export const projectsMigrations = [
  CreateProjects1795627054290,
  CreateTasks1795627054291,
  CreateProjectIndicators1795627054292,
  ParticipantsAreMembers1795627054293,
  OrderStageHistory1795627054294,
  CreateProjectFollowers1795627054295,
  RecordCouncilDecisions1795627054296,
  ArchiveProjectsAndTasks1795627054297,
  IndexProjectSearch1795627054298,
  CreateAttachments1795627054299,
];
