// Moving a site's inquiries from one store to another (the SQLite file into PostgreSQL when a site
// grows to several hosts): oldest first, so they keep their order, and by submission id, so running
// it again, or after a stop halfway, stores nothing twice.
import type { InquiryStore } from "./types";

export interface MoveReport {
  /** Rows the target did not have before. */
  moved: number;
  /** Rows the target already had (an earlier run, or submissions sent to both). */
  alreadyThere: number;
}

export async function moveInquiries(from: InquiryStore, to: InquiryStore): Promise<MoveReport> {
  const report: MoveReport = { moved: 0, alreadyThere: 0 };
  for (const { id: _sourceId, ...inquiry } of await from.listInquiries()) {
    const saved = await to.saveInquiry(inquiry);
    if (saved.status === "stored") report.moved += 1;
    else report.alreadyThere += 1;
  }
  return report;
}
