// Writes the resolution into a PNG (a pHYs chunk), so layout programs place a 300 dpi figure at
// its intended size instead of assuming 72 or 96 dpi.

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}

/** Inserts (or replaces) pHYs right after IHDR; PNG requires it before the image data. */
export function setPngDpi(png: Buffer, dpi: number): Buffer {
  const ihdrEnd = 8 + 8 + png.readUInt32BE(8) + 4;
  const parts: Buffer[] = [png.subarray(0, ihdrEnd)];
  const ppm = Math.round(dpi / 0.0254);
  const data = Buffer.alloc(9);
  data.writeUInt32BE(ppm, 0);
  data.writeUInt32BE(ppm, 4);
  data.writeUInt8(1, 8);
  parts.push(chunk("pHYs", data));
  let at = ihdrEnd;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    const type = png.toString("latin1", at + 4, at + 8);
    const end = at + 12 + len;
    if (type !== "pHYs") parts.push(png.subarray(at, end));
    at = end;
  }
  return Buffer.concat(parts);
}

/** Reads the resolution a PNG declares, or undefined when it declares none in metres. */
export function pngDpi(png: Buffer): number | undefined {
  let at = 8;
  while (at < png.length) {
    const len = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "pHYs" && png.readUInt8(at + 16) === 1)
      return Math.round(png.readUInt32BE(at + 8) * 0.0254);
    at += 12 + len;
  }
  return undefined;
}
