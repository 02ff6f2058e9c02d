import { catalogue } from '../../i18n/catalogue';

// Ids start with the module's name. The statement's own text is long and loads with its page
// only: statement-text.ts, typed the same way (English names exactly Polish's ids).
export default catalogue({}, {});
