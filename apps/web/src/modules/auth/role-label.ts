import { type PartnershipRole } from './graphql.generated';
import type { Translate } from '../../i18n/I18n';
import type { MessageId } from '../../i18n/messages';

/** A role in the reader's words, with the member gmina it acts for when it names one. */
export function roleLabel(t: Translate, role: PartnershipRole, gmina?: string | null): string {
  const name = t(`auth.role.${role}` as MessageId);
  return gmina ? t('auth.role.withGmina', { role: name, gmina }) : name;
}
