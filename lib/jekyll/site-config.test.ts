import { describe, test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import { readSiteConfig } from "./site-config";
import { tempFiles } from "../testing/temp-files";

describe("readSiteConfig", () => {
  test("_config.yml, and _data as site.data with folders nested, JSON too", () => {
    const root = tempFiles({
      "_config.yml": "title: ブログ\ntimezone: America/New_York\nsocial:\n  github: example\n",
      "_data/links.yml": "- title: A\n",
      "_data/people/authors.yaml": "misaki:\n  name: 佐藤\n",
      "_data/stats.json": '{"count": 3}',
      "_data/table.csv": "a,b\n",
      "_data/broken.yml": "a: [\n",
      "_data/.hidden.yml": "x: 1\n",
    });
    const site = readSiteConfig(fs.realpathSync(root));
    assert.deepEqual(site.config, { title: "ブログ", timezone: "America/New_York", social: { github: "example" } });
    assert.deepEqual(site.data, { links: [{ title: "A" }], people: { authors: { misaki: { name: "佐藤" } } }, stats: { count: 3 } });
    assert.equal(site.timeZone, "America/New_York");
    assert.equal(site.notes.length, 2);
    assert.match(site.notes.join("\n"), /_data\/broken\.yml を読めないので/u);
    assert.match(site.notes.join("\n"), /_data\/table\.csv は YAML でも JSON でもない/u);
  });

  test("no _config.yml or an unknown zone: Japan time, and a note for the zone", () => {
    assert.deepEqual(readSiteConfig(fs.realpathSync(tempFiles({}))), { config: {}, data: {}, timeZone: "Asia/Tokyo", notes: [] });
    const odd = readSiteConfig(fs.realpathSync(tempFiles({ "_config.yml": "timezone: Mars/Olympus\n" })));
    assert.equal(odd.timeZone, "Asia/Tokyo");
    assert.match(odd.notes[0] ?? "", /timezone「Mars\/Olympus」がわからない/u);
  });
});
