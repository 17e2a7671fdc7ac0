import { crc32 } from "node:zlib";
import { Resvg } from "@resvg/resvg-js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pngDpi, setPngDpi } from "../../pipeline/charts/index.ts";

const svg = (w: number, h: number) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}"><rect width="${w}" height="${h}" fill="#09c"/></svg>`;

// Chunk types in order, after checking each chunk's CRC independently of the code under test.
function chunksValid(png: Buffer): string[] {
  const types: string[] = [];
  for (let at = 8; at < png.length; ) {
    const len = png.readUInt32BE(at);
    if (crc32(png.subarray(at + 4, at + 8 + len)) !== png.readUInt32BE(at + 8 + len))
      return ["bad CRC"];
    const type = png.toString("latin1", at + 4, at + 8);
    if (types.at(-1) !== type) types.push(type);
    at += 12 + len;
  }
  return types;
}

describe("setPngDpi(png, dpi)", () => {
  it("declares the resolution and keeps the image decodable and the same size", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 50, max: 1200 }),
        (w, h, dpi) => {
          const png = Buffer.from(new Resvg(svg(w, h)).render().asPng());
          const out = setPngDpi(png, dpi);
          expect(pngDpi(out)).toBe(dpi);
          expect(chunksValid(out)).toEqual(["IHDR", "pHYs", "IDAT", "IEND"]);
          expect(setPngDpi(out, dpi).equals(out)).toBe(true);
        },
      ),
      { numRuns: 25 },
    );
  });

  it("reports no resolution for a PNG without pHYs", () => {
    expect(pngDpi(Buffer.from(new Resvg(svg(3, 3)).render().asPng()))).toBeUndefined();
  });
});
