// One submission from start to finish, shared by the forms' server action and POST /api/inquiries:
// rate limit, honeypot, validation, then storing once per submission id.
import { randomUUID } from "node:crypto";
import { currentClientAddress } from "../client-address";
import { getConfig } from "../config";
import { site } from "../site";
import type { InquiryKind } from "./fields";
import { rateLimitKey, type RateLimitDecision, type RateLimiter } from "./rate-limit";
import { getInquiryStore, openRateLimiter } from "./store";
import type { InquiryStore, StoredInquiry } from "./types";
import { validateInquiry, type FieldErrors, type FieldSource, type FormValues, type InquiryInput } from "./validate";

export type SubmitOutcome =
  | { status: "stored"; inquiry: StoredInquiry; duplicate: boolean }
  | { status: "invalid"; errors: FieldErrors; values: FormValues; submissionId: string }
  | {
      status: "refused";
      reason: "rate-limit" | "bot";
      message: string;
      retryAfterSeconds: number | null;
      values: FormValues;
      submissionId: string;
    }
  | { status: "failed"; message: string; values: FormValues; submissionId: string };

/** What the form shows after a submission; plain data, so it can travel to the browser. */
export type InquiryFormState =
  | { status: "idle" }
  | { status: "stored" }
  | { status: "invalid"; errors: FieldErrors; values: FormValues; submissionId: string }
  | { status: "refused" | "failed"; message: string; values: FormValues; submissionId: string };

export interface SubmitDependencies {
  store: InquiryStore;
  limiter: RateLimiter;
  /** Who is sending, for the rate limit. */
  clientAddress: string;
  now?: () => Date;
  newSubmissionId?: () => string;
}

const mailFallback = () => `お急ぎの場合は ${site.contactEmail} までメールでご連絡ください。`;

function rateLimitMessage(retryAfterSeconds: number): string {
  const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
  return `短い時間に続けて送信されたため、受付を一時的に止めています。${minutes}分ほど待ってからもう一度お試しください。${mailFallback()}`;
}

export async function submitInquiry(
  kind: InquiryKind,
  source: FieldSource,
  dependencies: SubmitDependencies,
): Promise<SubmitOutcome> {
  const { store, limiter, clientAddress } = dependencies;
  const now = dependencies.now ?? (() => new Date());
  const newSubmissionId = dependencies.newSubmissionId ?? randomUUID;

  const result = validateInquiry(kind, source);
  const submissionId = (result.ok ? result.input.submissionId : result.submissionId) ?? newSubmissionId();
  const values = result.ok ? valuesOf(result.input) : result.values;

  // Every attempt counts, valid or not, so a flood of junk is slowed as much as a flood of spam.
  // A shared limit lives in the database: when that is down, nothing could be stored either.
  let decision: RateLimitDecision;
  try {
    decision = await limiter.attempt(clientAddress, now().getTime());
  } catch (error) {
    return notStored(kind, error, values, submissionId);
  }

  if (!decision.allowed) {
    const retryAfterSeconds = Math.ceil(decision.retryAfterMs / 1000);
    return { status: "refused", reason: "rate-limit", message: rateLimitMessage(retryAfterSeconds), retryAfterSeconds, values, submissionId };
  }
  if (!result.ok && result.reason === "bot") {
    return {
      status: "refused",
      reason: "bot",
      message: `自動送信の可能性があるため、受け付けできませんでした。${mailFallback()}`,
      retryAfterSeconds: null,
      values: result.values,
      submissionId,
    };
  }
  if (!result.ok) return { status: "invalid", errors: result.errors, values: result.values, submissionId };

  try {
    const saved = await store.saveInquiry({ ...result.input, submissionId, createdAt: now() });
    return { status: "stored", inquiry: saved.inquiry, duplicate: saved.status === "duplicate" };
  } catch (error) {
    return notStored(kind, error, values, submissionId);
  }
}

/** Storage failed: the reader keeps what they typed and learns where to write instead. */
function notStored(kind: InquiryKind, error: unknown, values: FormValues, submissionId: string): SubmitOutcome {
  // One line naming the cause (a lock, a folder that cannot be written…), without the reader's data.
  console.error(JSON.stringify({ level: "error", time: new Date().toISOString(), message: "inquiry not stored", kind, cause: describeCause(error) }));
  return {
    status: "failed",
    message: `送信内容を保存できませんでした。入力内容は消えていません。時間をおいてもう一度送信するか、${site.contactEmail} までメールでご連絡ください。`,
    values,
    submissionId,
  };
}

/** "SQLITE_BUSY: database is locked", "ENOTDIR: not a directory, mkdir '…'": the code first, once. */
function describeCause(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const code = "code" in error && typeof error.code === "string" ? error.code : null;
  return code && !error.message.startsWith(code) ? `${code}: ${error.message}` : error.message;
}

function valuesOf(input: InquiryInput): FormValues {
  return { fields: { name: input.name, email: input.email, ...input.answers }, consent: true };
}

/** Drops what only the server needs (the stored row) before the outcome goes to the browser. */
export function toFormState(outcome: SubmitOutcome): InquiryFormState {
  switch (outcome.status) {
    case "stored":
      return { status: "stored" };
    case "invalid":
      return { status: "invalid", errors: outcome.errors, values: outcome.values, submissionId: outcome.submissionId };
    case "refused":
    case "failed":
      return { status: outcome.status, message: outcome.message, values: outcome.values, submissionId: outcome.submissionId };
  }
}

const LIMITER_KEY = Symbol.for("tech-career-media.inquiry-rate-limiter");
type GlobalWithLimiter = typeof globalThis & { [LIMITER_KEY]?: RateLimiter };

/** One limiter per process, shared by the server action and the API route (separate bundles). */
function sharedRateLimiter(): RateLimiter {
  const holder: GlobalWithLimiter = globalThis;
  holder[LIMITER_KEY] ??= openRateLimiter(getConfig().inquiries);
  return holder[LIMITER_KEY];
}

/**
 * Where no request guard saw the request (`next dev`, whose server runs without it), there is no
 * address a client could not forge: every sender there shares this one budget.
 */
const UNSEEN_SENDER = "unseen";

/**
 * The process's store and limiter, and the sender as the production server's request guard read
 * it from the socket or from the trusted proxy's X-Forwarded-For entry (lib/request-guard.ts),
 * counted per address (per /64 for IPv6).
 */
export function dependenciesFor(): SubmitDependencies {
  return {
    store: getInquiryStore(),
    limiter: sharedRateLimiter(),
    clientAddress: rateLimitKey(currentClientAddress() ?? UNSEEN_SENDER),
  };
}
