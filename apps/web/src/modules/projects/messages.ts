import { catalogue } from '../../i18n/catalogue';
import enums from './messages-enums';
import forms from './messages-forms';
import views from './messages-views';

// Ids start with the module's name. In three parts to keep each file readable; English names
// exactly Polish's ids in each (catalogue's type) and so here.
export default catalogue({ ...enums.pl, ...views.pl, ...forms.pl }, { ...enums.en, ...views.en, ...forms.en });
