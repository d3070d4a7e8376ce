import type { MailFacts } from '../cycle/notify.ts';
import type { MailMessage } from './mailer.ts';

/**
 * The e-mails the update cycle sends, as text and HTML with the same content: a reminder lists
 * the values owed with their due dates, every other notice says what happened; each links back
 * into the app. Links are absolute only when BEARING_PUBLIC_URL is set — a mail client cannot
 * follow a bare path, so without it the text tells the reader where to look instead.
 */

export interface MailNotice {
  readonly title: string;
  readonly body: string;
  /** An app path, e.g. /w/default/updates?period=2026-11. */
  readonly link: string;
}

export function renderMail(
  to: string,
  notice: MailNotice,
  facts: MailFacts,
  publicUrl: string | undefined,
): MailMessage {
  const url = publicUrl === undefined ? undefined : `${publicUrl}${notice.link}`;
  const lines = facts.template === 'reminder' ? reminderLines(facts) : notice.body.split('\n');
  const intro =
    facts.template === 'reminder'
      ? `These values are owed to ${facts.workspaceName} for ${facts.period}:`
      : undefined;
  const action = facts.template === 'reminder' ? 'Enter them in Bearing' : 'Open in Bearing';
  const text = [
    notice.title,
    '',
    ...(intro === undefined ? [] : [intro, '']),
    ...lines.map((l) => (facts.template === 'reminder' ? `- ${l}` : l)),
    '',
    url === undefined ? `${action}: ${notice.link} in the Bearing web app.` : `${action}: ${url}`,
    '',
    FOOTER,
  ].join('\n');
  const href = url ?? notice.link;
  const list =
    facts.template === 'reminder'
      ? `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`
      : lines.map((l) => `<p>${escapeHtml(l)}</p>`).join('');
  const html = [
    '<!doctype html><html><body style="font-family: sans-serif; line-height: 1.4">',
    `<h1 style="font-size: 1.2em">${escapeHtml(notice.title)}</h1>`,
    intro === undefined ? '' : `<p>${escapeHtml(intro)}</p>`,
    list,
    `<p><a href="${escapeHtml(href)}">${escapeHtml(action)}</a></p>`,
    `<p style="color: #666; font-size: 0.9em">${escapeHtml(FOOTER)}</p>`,
    '</body></html>',
  ].join('');
  return { to: [to], subject: notice.title, text, html };
}

const FOOTER =
  'You receive this because of your notification settings in Bearing (Account → Notifications).';

function reminderLines(facts: Extract<MailFacts, { template: 'reminder' }>): string[] {
  return facts.kpis.map(
    (k) =>
      `${k.kpiName} (${k.scorecardName}): ${k.state === 'overdue' ? 'overdue, was due by' : 'due by'} ${k.dueBy}`,
  );
}

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}
