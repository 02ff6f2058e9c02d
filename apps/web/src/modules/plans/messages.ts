import { catalogue } from '../../i18n/catalogue';
import { discussionEn, discussionPl } from './messages-discussion';
import { documentsEn, documentsPl } from './messages-documents';
import { planEn, planPl } from './messages-plan';

// Ids start with the module's name; the parts are kept by concept, each with its English.
export default catalogue({ ...planPl, ...discussionPl, ...documentsPl }, { ...planEn, ...discussionEn, ...documentsEn });
