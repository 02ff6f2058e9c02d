import { catalogue } from '../../i18n/catalogue';
import { councilEn, councilPl } from './messages-council';
import { meetingEn, meetingPl } from './messages-meeting';
import { voteEn, votePl } from './messages-vote';

// Ids start with the module's name; the parts are kept by page, each with its English.
export default catalogue({ ...councilPl, ...meetingPl, ...votePl }, { ...councilEn, ...meetingEn, ...voteEn });
