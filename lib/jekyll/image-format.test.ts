import { describe, test } from "node:test";
import assert from "node:assert/strict";
import { IMAGE_SAMPLES } from "./testing";
import { imageFormatOf } from "./image-format";

const bytes = (text: string) => new TextEncoder().encode(text);

describe("imageFormatOf", () => {
  test("knows PNG, JPEG, GIF, WebP and AVIF by their first bytes", () => {
    for (const [format, sample] of Object.entries(IMAGE_SAMPLES)) assert.equal(imageFormatOf(sample), format, format);
  });

  test("an AVIF may name itself only among the compatible brands", () => {
    const ftyp = new Uint8Array([0, 0, 0, 24, ...bytes("ftypmif1"), 0, 0, 0, 0, ...bytes("mif1avif")]);
    assert.equal(imageFormatOf(ftyp), "avif");
  });

  test("anything else is not one of them", () => {
    const refused = {
      svg: bytes('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
      html: bytes("<html><script>alert(1)</script></html>"),
      text: bytes("PNG"),
      empty: new Uint8Array(),
      "cut PNG signature": IMAGE_SAMPLES.png.slice(0, 5),
      "RIFF that is WAVE": bytes("RIFF\u0000\u0000\u0000\u0000WAVEfmt "),
      "HEIC, not AVIF": new Uint8Array([0, 0, 0, 24, ...bytes("ftypheic"), 0, 0, 0, 0, ...bytes("mif1heic")]),
      "avif brand past the ftyp box": new Uint8Array([0, 0, 0, 16, ...bytes("ftypmif1"), 0, 0, 0, 0, ...bytes("avif")]),
    };
    for (const [name, sample] of Object.entries(refused)) assert.equal(imageFormatOf(sample), null, name);
  });
});
