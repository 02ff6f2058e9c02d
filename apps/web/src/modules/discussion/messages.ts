import { catalogue } from '../../i18n/catalogue';
import { filesEn, filesPl } from './messages-files';
import { talkEn, talkPl } from './messages-talk';

// Ids start with the module's name; comments and attachments in two parts, each with its English.
export default catalogue({ ...talkPl, ...filesPl }, { ...talkEn, ...filesEn });
