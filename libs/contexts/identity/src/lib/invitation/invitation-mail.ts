import { formatWarsawTime } from '@wspolnie/kernel';
import type { OutgoingMail } from '@wspolnie/platform-mail';
import { PartnershipRole, ROLE_WORDS } from '../access/partnership-role';

/** What the partnerships context tells identity about an invitation, to word its e-mail. */
export interface InvitationWording {
  readonly partnershipName: string;
  /** The member gmina the invitee will act for. */
  readonly gminaName?: string | null;
}

/**
 * The invitation e-mail, in Polish. The link carries the token after `#`: browsers never send
 * that part to a server, so it appears in no access log, proxy log or Referer header.
 */
export function invitationMail(to: string, inviterName: string, role: PartnershipRole, wording: InvitationWording, link: string, expiresAt: Date): OutgoingMail {
  const gmina = wording.gminaName;
  const roleText = role === PartnershipRole.GMINA_OFFICIAL && gmina ? `urzędnik gminy ${gmina}` : `${ROLE_WORDS[role]}${gmina ? ` (gmina ${gmina})` : ''}`;
  return {
    to,
    subject: `Zaproszenie do partnerstwa „${wording.partnershipName}” we Wspólnie`,
    text: [
      'Dzień dobry,',
      '',
      `${inviterName} zaprasza Cię do partnerstwa „${wording.partnershipName}” we Wspólnie, w roli: ${roleText}.`,
      '',
      `Aby przyjąć zaproszenie, otwórz ten link do ${formatWarsawTime(expiresAt)}:`,
      link,
      '',
      'Jeśli masz już konto we Wspólnie, zaloguj się nim; jeśli nie, założysz je pod tym linkiem.',
      'Jeśli nie spodziewasz się tego zaproszenia, zignoruj tę wiadomość.',
      '',
      '— Wspólnie',
    ].join('\n'),
  };
}
