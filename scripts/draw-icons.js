/* eslint-disable @typescript-eslint/no-require-imports */
/**
 * Draws Rapportkoll's icon at the sizes the manifest needs (16, 32, 64, 80 px) into assets/:
 * a green tile with a white sheet of three summed rows and a check mark over the total.
 * Pure Node (zlib) so that it runs anywhere: node scripts/draw-icons.js
 */
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const GREEN = [16, 124, 65];
const DARK = [11, 85, 45];
const WHITE = [255, 255, 255];
const ROW = [160, 200, 178];
const CHECK = [16, 124, 65];

/** Signed distance to a rounded rectangle centred at (cx, cy) with half sizes (hw, hh). */
function roundedRect(x, y, cx, cy, hw, hh, r) {
  const qx = Math.abs(x - cx) - hw + r;
  const qy = Math.abs(y - cy) - hh + r;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - r;
}

/** Distance to a line segment, minus half its thickness. */
function segment(x, y, ax, ay, bx, by, thickness) {
  const px = x - ax;
  const py = y - ay;
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, (px * dx + py * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - t * dx, py - t * dy) - thickness / 2;
}

/** The picture in a unit square: returns [r, g, b, a] at (x, y) ∈ [0, 1]². */
function paint(x, y, size) {
  const small = size <= 16;
  const layers = [];
  if (roundedRect(x, y, 0.5, 0.5, 0.47, 0.47, 0.14) <= 0) layers.push(GREEN);
  if (roundedRect(x, y, 0.5, 0.5, 0.47, 0.47, 0.14) <= 0 && roundedRect(x, y, 0.5, 0.5, 0.43, 0.43, 0.12) > 0) layers.push(DARK);
  if (roundedRect(x, y, 0.44, 0.5, 0.26, 0.33, 0.04) <= 0) layers.push(WHITE);
  const rows = small ? [0.32, 0.5] : [0.3, 0.42, 0.54];
  for (const ry of rows) {
    if (segment(x, y, 0.26, ry, 0.62, ry, small ? 0.07 : 0.045) <= 0) layers.push(ROW);
  }
  if (segment(x, y, 0.26, 0.66, 0.62, 0.66, small ? 0.08 : 0.06) <= 0) layers.push(DARK);
  const check = Math.min(
    segment(x, y, 0.5, 0.68, 0.62, 0.8, small ? 0.12 : 0.1),
    segment(x, y, 0.62, 0.8, 0.86, 0.5, small ? 0.12 : 0.1),
  );
  if (check <= 0.03) layers.push(WHITE);
  if (check <= 0) layers.push(CHECK);
  return layers.length ? [...layers[layers.length - 1], 255] : [0, 0, 0, 0];
}

function render(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const [cr, cg, cb, ca] = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size, size);
          r += cr * ca; g += cg * ca; b += cb * ca; a += ca;
        }
      }
      const i = (py * size + px) * 4;
      pixels[i] = a ? Math.round(r / a) : 0;
      pixels[i + 1] = a ? Math.round(g / a) : 0;
      pixels[i + 2] = a ? Math.round(b / a) : 0;
      pixels[i + 3] = Math.round(a / (samples * samples));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}
function png(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    pixels.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(raw, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const outDir = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(outDir, { recursive: true });
for (const size of [16, 32, 64, 80, 128]) {
  fs.writeFileSync(path.join(outDir, `icon-${size}.png`), png(size, render(size)));
}
console.log(`Ikoner skrivna till ${outDir}`);
