import { describe, test } from "node:test";
import assert from "node:assert/strict";
import type { StoredInquiry } from "./types";
import { notifyWebhook, webhookPayload } from "./webhook";

const INQUIRY: StoredInquiry = {
  id: 42,
  submissionId: "0123456789abcdef",
  kind: "career",
  name: "山田 花子",
  email: "hanako@example.com",
  answers: { currentRole: "データサイエンティスト", wishes: "フルリモート" },
  createdAt: new Date("2026-05-01T00:00:00Z"),
};

const SETTINGS = { url: "https://hooks.example.com/inquiries", timeoutMs: 50 };

function silenced<T>(run: (logged: string[]) => Promise<T>): Promise<T> {
  const logged: string[] = [];
  const original = console.error;
  console.error = (line: unknown) => logged.push(String(line));
  return run(logged).finally(() => {
    console.error = original;
  });
}

describe("webhookPayload", () => {
  test("a chat-friendly text and the inquiry's fields", () => {
    assert.deepEqual(webhookPayload(INQUIRY), {
      text: "新しいお問い合わせ（転職相談）#42\nお名前: 山田 花子\nメールアドレス: hanako@example.com\n現在の職種・ご経験: データサイエンティスト\nご希望・ご相談内容: フルリモート",
      inquiry: {
        id: 42,
        kind: "career",
        receivedAt: "2026-05-01T09:00:00+09:00",
        name: "山田 花子",
        email: "hanako@example.com",
        currentRole: "データサイエンティスト",
        wishes: "フルリモート",
      },
    });
  });
});

describe("webhookPayload escapes the text that chat tools read as markup", () => {
  const hostile: StoredInquiry = {
    ...INQUIRY,
    name: "<!channel> 山田 & <@U0123>",
    email: "a&b@example.com",
    answers: { currentRole: "<https://evil.example/login|https://bank.example>", wishes: "年収 > 800万 & <b>リモート</b>" },
  };
  const payload = webhookPayload(hostile);

  test("& < > become &amp; &lt; &gt; (Slack's rule), so no mention, link or tag survives", () => {
    assert.equal(
      payload.text,
      "新しいお問い合わせ（転職相談）#42\n" +
        "お名前: &lt;!channel&gt; 山田 &amp; &lt;@U0123&gt;\n" +
        "メールアドレス: a&amp;b@example.com\n" +
        "現在の職種・ご経験: &lt;https://evil.example/login|https://bank.example&gt;\n" +
        "ご希望・ご相談内容: 年収 &gt; 800万 &amp; &lt;b&gt;リモート&lt;/b&gt;",
    );
    assert.doesNotMatch(payload.text, /[<>]/);
  });

  test("an already escaped value is escaped again, so it shows as typed", () => {
    assert.match(webhookPayload({ ...INQUIRY, name: "&lt;!here&gt;" }).text, /お名前: &amp;lt;!here&amp;gt;\n/);
  });

  test("the structured inquiry keeps the raw values", () => {
    assert.equal(payload.inquiry.name, hostile.name);
    assert.equal(payload.inquiry.email, hostile.email);
    assert.equal(payload.inquiry.currentRole, hostile.answers.currentRole);
    assert.equal(payload.inquiry.wishes, hostile.answers.wishes);
  });
});

describe("notifyWebhook", () => {
  test("POSTs JSON to the URL", async () => {
    const calls: { url: string; init: RequestInit | undefined }[] = [];
    const fakeFetch: typeof fetch = async (url, init) => {
      calls.push({ url: String(url), init });
      return new Response(null, { status: 204 });
    };
    assert.equal(await notifyWebhook(INQUIRY, SETTINGS, fakeFetch), true);
    assert.equal(calls[0]?.url, SETTINGS.url);
    assert.equal(calls[0]?.init?.method, "POST");
    assert.deepEqual(JSON.parse(String(calls[0]?.init?.body)), webhookPayload(INQUIRY));
  });

  test("no URL configured: nothing is sent", async () => {
    let called = false;
    assert.equal(await notifyWebhook(INQUIRY, null, async () => ((called = true), new Response())), false);
    assert.equal(called, false);
  });

  test("an error status, a network error or a timeout is logged without personal data, never thrown", async () => {
    await silenced(async (logged) => {
      assert.equal(await notifyWebhook(INQUIRY, SETTINGS, async () => new Response("no", { status: 500 })), false);
      assert.equal(
        await notifyWebhook(INQUIRY, SETTINGS, async () => {
          throw new TypeError("fetch failed");
        }),
        false,
      );
      // AbortSignal.timeout does not keep the process alive; the pending "request" does, as a real one would.
      const hanging: typeof fetch = (_url, init) =>
        new Promise((_resolve, reject) => {
          const pending = setTimeout(() => {}, 10_000);
          init?.signal?.addEventListener("abort", () => {
            clearTimeout(pending);
            reject(init.signal?.reason);
          });
        });
      assert.equal(await notifyWebhook(INQUIRY, SETTINGS, hanging), false);

      assert.equal(logged.length, 3);
      assert.match(logged[0] ?? "", /HTTP 500/);
      assert.match(logged[1] ?? "", /fetch failed/);
      assert.match(logged[2] ?? "", /TimeoutError/);
      for (const line of logged) {
        assert.equal(JSON.parse(line).inquiryId, 42);
        assert.doesNotMatch(line, /hanako|山田/);
      }
    });
  });
});
