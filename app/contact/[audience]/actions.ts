"use server";
import { after } from "next/server";
import { isInquiryKind, type InquiryKind } from "@/lib/inquiries/fields";
import { dependenciesFor, submitInquiry, toFormState, type InquiryFormState } from "@/lib/inquiries/submit";
import { notifyWebhook } from "@/lib/inquiries/webhook";

/**
 * The inquiry forms' action. Bound to its form's kind on the page; React calls it with the
 * previous state, and without JavaScript the browser posts the form to it directly.
 */
export async function submitInquiryAction(
  kind: InquiryKind,
  _previous: InquiryFormState,
  formData: FormData,
): Promise<InquiryFormState> {
  if (!isInquiryKind(kind)) throw new Error(`unknown inquiry kind: ${String(kind)}`);
  const outcome = await submitInquiry(kind, formData, dependenciesFor());
  // The reader gets the answer first; the webhook runs after the response and only for new rows.
  if (outcome.status === "stored" && !outcome.duplicate) {
    const { inquiry } = outcome;
    after(() => notifyWebhook(inquiry));
  }
  return toFormState(outcome);
}
