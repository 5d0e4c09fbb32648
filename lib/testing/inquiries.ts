// A valid inquiry as the stores receive it, for the store tests; `overrides` change what a test is about.
import type { NewInquiry } from "../inquiries/types";

export function sampleInquiry(submissionId: string, overrides: Partial<NewInquiry> = {}): NewInquiry {
  return {
    kind: "career",
    submissionId,
    name: "山田 花子",
    email: "hanako@example.com",
    answers: { currentRole: "エンジニア", wishes: "リモート希望" },
    createdAt: new Date("2026-05-01T00:00:00Z"),
    ...overrides,
  };
}
