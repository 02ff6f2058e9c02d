import { catalogue } from '../../i18n/catalogue';

// Ids start with the module's name.
export default catalogue({}, {});
