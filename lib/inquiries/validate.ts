// Server-side checks of a submitted inquiry form, with the Japanese message shown beside each field.
import {
  ANSWER_FIELDS,
  CONSENT_FIELD,
  FIELDS,
  HONEYPOT_FIELD,
  INQUIRY_FIELDS,
  SUBMISSION_ID_FIELD,
  type AnswerField,
  type InquiryKind,
  type TextField,
} from "./fields";

/** FormData, URLSearchParams or a Map: anything that hands out submitted values by name. */
export interface FieldSource {
  get(name: string): unknown;
}

export type FieldErrors = Partial<Record<TextField | typeof CONSENT_FIELD, string>>;

/** What the reader typed, handed back to the form when it has to be corrected. */
export interface FormValues {
  fields: Partial<Record<TextField, string>>;
  consent: boolean;
}

/** A validated inquiry, ready to store. */
export interface InquiryInput {
  kind: InquiryKind;
  /** The form's one-time id, or null when the form sent none (the caller makes one). */
  submissionId: string | null;
  name: string;
  email: string;
  answers: Partial<Record<AnswerField, string>>;
}

export type ValidationResult =
  | { ok: true; input: InquiryInput }
  | { ok: false; reason: "invalid"; errors: FieldErrors; values: FormValues; submissionId: string | null }
  | { ok: false; reason: "bot"; values: FormValues; submissionId: string | null };

/**
 * What is handed back is bounded too, so a pasted megabyte is not sent back and forth; the
 * browser's own maxlength keeps typed text well below this.
 */
const MAX_ECHO_LENGTH = 10_000;
const SUBMISSION_ID = /^[A-Za-z0-9_-]{16,100}$/;
/** Deliberately loose: the address is read by a person, and a typo is caught by the reply bouncing. */
const EMAIL = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:".]+(?:\.[^\s@<>()[\]\\,;:".]+)+$/u;
// C0 and C1 controls, DEL, and bidi overrides that could disguise text in the export.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/gu;

function rawText(source: FieldSource, name: string): string {
  const value = source.get(name);
  return typeof value === "string" ? value : "";
}

/** NFC, LF line ends, no control characters; single-line fields lose their line breaks. */
export function cleanText(raw: string, multiline: boolean): string {
  const text = raw.normalize("NFC").replace(/\r\n?/gu, "\n").replace(CONTROL, "");
  return (multiline ? text.replace(/\t/gu, " ") : text.replace(/[\n\t]+/gu, " ")).trim();
}

/** Length as a reader counts it: an emoji or a rare kanji outside the BMP is one character. */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count += 1;
  return count;
}

function isChecked(value: unknown): boolean {
  return value === "yes" || value === "on" || value === "true";
}

function fieldError(name: TextField, value: string): string | null {
  const { label, maxLength, required } = FIELDS[name];
  if (required && value.length === 0) return `${label}を入力してください`;
  const count = characterCount(value);
  if (count > maxLength) return `${label}は${maxLength}文字以内で入力してください（現在${count}文字）`;
  if (name === "email" && value.length > 0 && !EMAIL.test(value)) {
    return "メールアドレスの形式が正しくありません（例: hanako@example.com）";
  }
  return null;
}

export function validateInquiry(kind: InquiryKind, source: FieldSource): ValidationResult {
  const names = INQUIRY_FIELDS[kind];
  const consent = isChecked(source.get(CONSENT_FIELD));
  const values: FormValues = {
    fields: Object.fromEntries(names.map((name) => [name, rawText(source, name).slice(0, MAX_ECHO_LENGTH)])),
    consent,
  };
  const rawId = rawText(source, SUBMISSION_ID_FIELD);
  const submissionId = SUBMISSION_ID.test(rawId) ? rawId : null;

  if (rawText(source, HONEYPOT_FIELD).trim().length > 0) return { ok: false, reason: "bot", values, submissionId };

  const cleaned: Partial<Record<TextField, string>> = {};
  const errors: FieldErrors = {};
  for (const name of names) {
    // Japanese keyboards often type the address in full width (ｈａｎａｋｏ＠…): NFKC makes it ASCII.
    const raw = name === "email" ? rawText(source, name).normalize("NFKC") : rawText(source, name);
    const value = cleanText(raw, FIELDS[name].multiline);
    const error = fieldError(name, value);
    if (error) errors[name] = error;
    cleaned[name] = value;
  }
  if (!consent) errors[CONSENT_FIELD] = "プライバシーポリシーへの同意が必要です";
  if (Object.keys(errors).length > 0) return { ok: false, reason: "invalid", errors, values, submissionId };

  const answers: Partial<Record<AnswerField, string>> = {};
  for (const name of ANSWER_FIELDS) {
    const value = cleaned[name];
    if (value !== undefined) answers[name] = value;
  }
  return {
    ok: true,
    input: { kind, submissionId, name: cleaned.name ?? "", email: cleaned.email ?? "", answers },
  };
}
