import { catalogue } from '../../i18n/catalogue';
import activity from './messages-activity';
import labels from './messages-labels';
import programmes from './messages-programmes';
import registration from './messages-registration';
import report from './messages-report';

// Ids start with the module's name; the parts are by page, merged into the module's one catalogue.
export default catalogue(
  { ...labels.pl, ...programmes.pl, ...activity.pl, ...registration.pl, ...report.pl },
  { ...labels.en, ...programmes.en, ...activity.en, ...registration.en, ...report.en },
);
