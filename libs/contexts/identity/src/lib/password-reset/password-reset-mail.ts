import { formatWarsawTime } from '@wspolnie/kernel';
import type { OutgoingMail } from '@wspolnie/platform-mail';

/** The e-mail with a link for a new password, in Polish; the token sits after `#` (see invitationMail). */
export function passwordResetMail(to: string, link: string, expiresAt: Date): OutgoingMail {
  return {
    to,
    subject: 'Ustawienie nowego hasła we Wspólnie',
    text: [
      'Dzień dobry,',
      '',
      `Poproszono o nowe hasło do Twojego konta we Wspólnie. Aby je ustawić, otwórz ten link do ${formatWarsawTime(expiresAt)}:`,
      link,
      '',
      'Po zmianie hasła wszystkie Twoje sesje zostaną zakończone, na każdym urządzeniu.',
      'Jeśli to nie Ty prosisz o nowe hasło, zignoruj tę wiadomość: Twoje hasło się nie zmieni.',
      '',
      '— Wspólnie',
    ].join('\n'),
  };
}
