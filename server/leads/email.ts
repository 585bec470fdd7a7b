import { createTransport } from 'nodemailer';
import { noticeEmail, type Notice } from './notice.js';

export interface EmailTarget {
  /** e.g. smtp://user:pass@mail.example:587 or smtps://… */
  smtpUrl: string;
  to: string;
  from: string;
}

/** Returns a function that e-mails a notice as plain text; it resolves once the SMTP server accepted it. */
export function emailSender(target: EmailTarget): (notice: Notice) => Promise<void> {
  // nodemailer's defaults wait minutes on a silent server; a retry later is better than a stuck delivery.
  const transport = createTransport(
    { url: target.smtpUrl, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 },
    { to: target.to, from: target.from },
  );
  return async (notice) => {
    await transport.sendMail(noticeEmail(notice));
  };
}
