import type { Lead } from './lead-store.js';

/**
 * What staff are told about a new lead. Notices travel through third-party systems (mail servers,
 * chat webhooks), so by default they carry no health details and no contact details: staff open the
 * dashboard for those. Only the first name is included, so staff can tell leads apart at a glance.
 */
export interface Notice {
  leadId: string;
  firstName: string;
  createdAt: string;
  afterHours: boolean;
  dashboardUrl: string;
  /** Only with NOTIFY_INCLUDE_DETAILS. */
  reason?: string;
}

export function buildNotice(lead: Lead, options: { publicUrl: string; includeDetails: boolean }): Notice {
  const notice: Notice = {
    leadId: lead.id,
    firstName: lead.name.trim().split(/\s+/)[0] ?? '',
    createdAt: lead.createdAt,
    afterHours: lead.afterHours,
    dashboardUrl: `${options.publicUrl.replace(/\/+$/, '')}/staff`,
  };
  if (options.includeDetails && lead.reason !== null) notice.reason = lead.reason;
  return notice;
}

/** The subject carries nothing the patient typed, so it cannot be used to inject headers. */
export function noticeEmail(notice: Notice): { subject: string; text: string } {
  const afterHours = notice.afterHours ? ' (after hours)' : '';
  const lines = [
    'A patient asked for a call back.',
    '',
    `Lead: ${notice.leadId}`,
    `First name: ${notice.firstName}`,
    `Received: ${notice.createdAt}${afterHours}`,
    ...(notice.reason === undefined ? [] : [`Reason: ${notice.reason}`]),
    '',
    `Contact details are on the staff dashboard: ${notice.dashboardUrl}`,
  ];
  return { subject: `New call-back request ${notice.leadId}${afterHours}`, text: `${lines.join('\n')}\n` };
}

export function noticeWebhookBody(notice: Notice): string {
  return JSON.stringify(notice);
}
