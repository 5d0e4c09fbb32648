import { test } from "node:test";
import assert from "node:assert/strict";
import { INQUIRY_KINDS } from "./inquiries/fields";

test("each kind's calls to action lead to its own form unless its setting names another address", async () => {
  process.env.RECRUIT_RECRUITER_URL = " https://forms.example.com/recruiters ";
  delete process.env.RECRUIT_JOB_SEEKER_URL;
  delete process.env.RECRUIT_FREELANCER_URL;
  const { site } = await import("./site");
  assert.deepEqual(Object.keys(site.recruiting), [...INQUIRY_KINDS]);
  assert.deepEqual(site.recruiting, {
    career: "/contact/career",
    recruiters: "https://forms.example.com/recruiters",
    freelance: "/contact/freelance",
  });
});
