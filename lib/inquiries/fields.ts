// What each inquiry form asks. The form, the validator and the CSV export read these
// definitions, so a field's label and size limit are written once.

export const INQUIRY_KINDS = ["career", "recruiters", "freelance"] as const;
export type InquiryKind = (typeof INQUIRY_KINDS)[number];

/** What the recruiting team calls each kind, in the export and notifications. */
export const INQUIRY_KIND_LABELS: Record<InquiryKind, string> = {
  career: "転職相談",
  recruiters: "採用のご相談",
  freelance: "業務委託案件のご相談",
};

export type AnswerField = "currentRole" | "wishes" | "company" | "positions" | "skills" | "rate";
export type TextField = "name" | "email" | AnswerField;

export interface FieldDefinition {
  name: TextField;
  label: string;
  /** Characters (code points) after trimming. */
  maxLength: number;
  required: boolean;
  multiline: boolean;
  type: "text" | "email";
  autoComplete?: string;
  placeholder?: string;
  hint?: string;
}

/** Every text field any form asks, by name. */
export const FIELDS: Record<TextField, FieldDefinition> = {
  name: {
    name: "name",
    label: "お名前",
    maxLength: 100,
    required: true,
    multiline: false,
    type: "text",
    autoComplete: "name",
    placeholder: "山田 花子",
  },
  email: {
    name: "email",
    label: "メールアドレス",
    maxLength: 254,
    required: true,
    multiline: false,
    type: "email",
    autoComplete: "email",
    placeholder: "hanako@example.com",
  },
  currentRole: {
    name: "currentRole",
    label: "現在の職種・ご経験",
    maxLength: 200,
    required: true,
    multiline: false,
    type: "text",
    autoComplete: "organization-title",
    placeholder: "バックエンドエンジニア（経験5年）",
  },
  wishes: {
    name: "wishes",
    label: "ご希望・ご相談内容",
    maxLength: 2000,
    required: true,
    multiline: true,
    type: "text",
    hint: "希望する職種、年収、働き方、転職の時期などをご自由にお書きください。",
  },
  company: {
    name: "company",
    label: "会社名",
    maxLength: 200,
    required: true,
    multiline: false,
    type: "text",
    autoComplete: "organization",
    placeholder: "株式会社テックキャリア",
  },
  positions: {
    name: "positions",
    label: "採用したいポジション・人数",
    maxLength: 2000,
    required: true,
    multiline: true,
    type: "text",
    hint: "職種、人数、採用時期、想定年収などをご記入ください。",
  },
  skills: {
    name: "skills",
    label: "スキル・ご経験",
    maxLength: 2000,
    required: true,
    multiline: true,
    type: "text",
    hint: "得意な言語・領域、これまでの案件、稼働できる日数などをご記入ください。",
  },
  rate: {
    name: "rate",
    label: "希望単価",
    maxLength: 100,
    required: true,
    multiline: false,
    type: "text",
    placeholder: "月額80万円、時給5,000円など",
  },
};

/** The fields of each form, in the order the reader fills them in. */
export const INQUIRY_FIELDS: Record<InquiryKind, readonly TextField[]> = {
  career: ["name", "email", "currentRole", "wishes"],
  recruiters: ["name", "email", "company", "positions"],
  freelance: ["name", "email", "skills", "rate"],
};

/** Every answer column, in the order the database and the CSV export list them. */
export const ANSWER_FIELDS: readonly AnswerField[] = ["currentRole", "wishes", "company", "positions", "skills", "rate"];

/** A field that looks like a real one to bots; people never see it (see the form component). */
export const HONEYPOT_FIELD = "website";
export const CONSENT_FIELD = "consent";
export const SUBMISSION_ID_FIELD = "submissionId";

export function isInquiryKind(value: unknown): value is InquiryKind {
  return INQUIRY_KINDS.some((kind) => kind === value);
}
