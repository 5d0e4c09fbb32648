// The shapes of stored inquiries and of the store that keeps them, shared by every store and its callers.
import type { AnswerField, InquiryKind } from "./fields";

/** A validated inquiry with the id that makes a resubmission of the same form store nothing. */
export interface NewInquiry {
  kind: InquiryKind;
  submissionId: string;
  name: string;
  email: string;
  answers: Partial<Record<AnswerField, string>>;
  createdAt: Date;
}

export interface StoredInquiry extends NewInquiry {
  /** Increasing number given by the store: the order inquiries arrived in. */
  id: number;
}

export type SaveResult =
  | { status: "stored"; inquiry: StoredInquiry }
  /** The same submission id was stored before (a double click, a resent form): nothing new. */
  | { status: "duplicate"; inquiry: StoredInquiry };

export interface ListOptions {
  kind?: InquiryKind;
  /** Only inquiries received at or after this instant. */
  since?: Date;
}

export interface InquiryStore {
  /** Stores the inquiry once per submission id, safely under concurrent calls. */
  saveInquiry(inquiry: NewInquiry): Promise<SaveResult>;
  /** Oldest first. */
  listInquiries(options?: ListOptions): Promise<StoredInquiry[]>;
  countInquiries(options?: ListOptions): Promise<number>;
  close(): Promise<void>;
}
