// Tells the recruiting team about a new inquiry by POSTing it to `INQUIRY_WEBHOOK_URL`.
// Called only after the inquiry is stored: a slow or failing webhook never loses one.
import { getConfig, type WebhookSettings } from "../config";
import { toJstIsoString } from "../dates";
import { FIELDS, INQUIRY_FIELDS, INQUIRY_KIND_LABELS } from "./fields";
import type { StoredInquiry } from "./types";

/**
 * Slack's escaping, which Google Chat's `<…>` syntax needs as well: with & < > as entities, no
 * `<!channel>`, `<@U…>`, `<users/all>` or `<https://evil|https://bank>` that a reader typed is read
 * as a mention or a link, and an entity typed as such shows as typed.
 */
function escapeChatText(value: string): string {
  return value.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");
}

/**
 * JSON with the inquiry itself and a `text` summary, which chat tools that accept incoming
 * webhooks (Slack, Teams, Google Chat) show as the message. Only the summary is escaped: the
 * structured inquiry is data for programs, which get the values as they were stored.
 */
export function webhookPayload(inquiry: StoredInquiry) {
  const lines = INQUIRY_FIELDS[inquiry.kind].map((name) => {
    const value = name === "name" ? inquiry.name : name === "email" ? inquiry.email : (inquiry.answers[name] ?? "");
    return `${FIELDS[name].label}: ${escapeChatText(value)}`;
  });
  return {
    text: [`新しいお問い合わせ（${INQUIRY_KIND_LABELS[inquiry.kind]}）#${inquiry.id}`, ...lines].join("\n"),
    inquiry: {
      id: inquiry.id,
      kind: inquiry.kind,
      receivedAt: toJstIsoString(inquiry.createdAt),
      name: inquiry.name,
      email: inquiry.email,
      ...inquiry.answers,
    },
  };
}

function logFailure(inquiry: StoredInquiry, reason: string): void {
  // The inquiry id is enough to find it in the export; no personal data goes to the log.
  console.error(
    JSON.stringify({
      level: "error",
      time: new Date().toISOString(),
      message: "inquiry webhook failed",
      inquiryId: inquiry.id,
      reason,
    }),
  );
}

/** Never throws: the inquiry is already stored, and a failure is only logged. Returns whether it worked. */
export async function notifyWebhook(
  inquiry: StoredInquiry,
  settings: WebhookSettings | null = getConfig().inquiries.webhook,
  fetchImpl: typeof fetch = fetch,
): Promise<boolean> {
  if (!settings) return false;
  try {
    const response = await fetchImpl(settings.url, {
      method: "POST",
      headers: { "content-type": "application/json; charset=utf-8" },
      body: JSON.stringify(webhookPayload(inquiry)),
      signal: AbortSignal.timeout(settings.timeoutMs),
      redirect: "error",
    });
    if (!response.ok) {
      logFailure(inquiry, `HTTP ${response.status}`);
      return false;
    }
    return true;
  } catch (error) {
    logFailure(inquiry, error instanceof Error ? `${error.name}: ${error.message}` : String(error));
    return false;
  }
}
