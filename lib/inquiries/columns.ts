// The inquiries table as both stores lay it out: column names and how a row becomes an inquiry.
import { ANSWER_FIELDS, INQUIRY_KINDS, isInquiryKind, type AnswerField } from "./fields";
import type { StoredInquiry } from "./types";

/** Answer fields as database columns; the names are fixed here, never taken from input. */
export const COLUMN_OF: Record<AnswerField, string> = {
  currentRole: "current_role",
  wishes: "wishes",
  company: "company",
  positions: "positions",
  skills: "skills",
  rate: "rate",
};

/** The kinds as an SQL list, `'career', 'recruiters', …`: fixed words of fields.ts, never input. */
export const KIND_VALUES = INQUIRY_KINDS.map((kind) => `'${kind}'`).join(", ");

function text(row: Record<string, unknown>, column: string): string {
  const value = row[column];
  if (typeof value !== "string") throw new Error(`inquiries.${column}: 文字列ではありません`);
  return value;
}

/** A row as the driver returns it; `createdAt` reads the store's own form of the time. */
export function rowToInquiry(value: unknown, createdAt: (stored: unknown) => Date): StoredInquiry {
  if (typeof value !== "object" || value === null) throw new Error("inquiries: 行を読めません");
  const row: Record<string, unknown> = { ...value };
  const kind = row.kind;
  if (!isInquiryKind(kind)) throw new Error(`inquiries.kind: 不明な種別 ${String(kind)}`);
  const answers: StoredInquiry["answers"] = {};
  for (const field of ANSWER_FIELDS) {
    const answer = row[COLUMN_OF[field]];
    if (typeof answer === "string") answers[field] = answer;
  }
  return {
    id: Number(row.id),
    submissionId: text(row, "submission_id"),
    kind,
    name: text(row, "name"),
    email: text(row, "email"),
    answers,
    createdAt: createdAt(row.created_at),
  };
}
