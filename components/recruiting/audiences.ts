// The audiences the recruiting calls to action speak to, one per kind of inquiry, and what their pages say.
import { INQUIRY_KINDS, type InquiryKind } from "@/lib/inquiries/fields";

export interface Audience {
  /** Also the kind of inquiry its form sends. */
  id: InquiryKind;
  title: string;
  lead: string;
  points: string[];
  mailSubject: string;
}

/** What each kind's page says; every kind of inquiry must have one. */
const PAGES: Record<InquiryKind, Omit<Audience, "id">> = {
  career: {
    title: "転職相談（求職者の方）",
    lead: "AI・Web3・テック投資の領域で次のキャリアを考えている方に、業界に詳しいアドバイザーが無料でご相談に乗ります。",
    points: ["非公開求人を含むポジションのご紹介", "職務経歴書・ポートフォリオの添削", "年収・働き方の条件交渉のサポート"],
    mailSubject: "転職相談の申し込み",
  },
  recruiters: {
    title: "採用担当の方へ",
    lead: "生成AI、機械学習、ブロックチェーンなどの専門人材の採用を、媒体と人材紹介の両面からお手伝いします。",
    points: ["読者層に合わせた求人掲載", "専門人材のご紹介（成功報酬型）", "技術広報・採用ブランディングのご相談"],
    mailSubject: "採用のご相談",
  },
  freelance: {
    title: "業務委託案件をお探しの方へ",
    lead: "フリーランスや副業で AI・Web3 の案件に関わりたいエンジニア、リサーチャー、PM の方に案件をご紹介します。",
    points: ["週2日からの案件、フルリモート案件", "単価・稼働条件のすり合わせ", "契約・請求まわりのサポート"],
    mailSubject: "業務委託案件の相談",
  },
};

/** In the order of INQUIRY_KINDS. */
export const AUDIENCES: readonly Audience[] = INQUIRY_KINDS.map((id) => ({ id, ...PAGES[id] }));

export function findAudience(id: string): Audience | undefined {
  return AUDIENCES.find((audience) => audience.id === id);
}
