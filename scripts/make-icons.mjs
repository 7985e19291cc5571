// Draws the toolbar icon (an amber bookmark on a dark rounded square) as PNGs at 16/32/48/128.
// Run once: node scripts/make-icons.mjs. No image library needed: a tiny PNG encoder over zlib.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
function chunk(type, data) {
  const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}
function png(size, pixel) {
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size; x++) {
      // 4x4 supersampling for smooth edges
      let acc = [0, 0, 0, 0];
      for (let sy = 0; sy < 4; sy++) for (let sx = 0; sx < 4; sx++) {
        const p = pixel((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size);
        acc = acc.map((v, i) => v + p[i] * (i === 3 ? 1 : p[3] / 255));
      }
      const a = acc[3] / 16;
      const o = y * (size * 4 + 1) + 1 + x * 4;
      raw[o] = a ? Math.round(acc[0] / 16 / (a / 255)) : 0;
      raw[o + 1] = a ? Math.round(acc[1] / 16 / (a / 255)) : 0;
      raw[o + 2] = a ? Math.round(acc[2] / 16 / (a / 255)) : 0;
      raw[o + 3] = Math.round(a);
    }
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4);
  ihdr[8] = 8; ihdr[9] = 6; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
function pixel(u, v) {
  const r = 0.2, m = 0.04;
  const dx = Math.max(m + r - u, 0, u - (1 - m - r)), dy = Math.max(m + r - v, 0, v - (1 - m - r));
  if (u < m || u > 1 - m || v < m || v > 1 - m || dx * dx + dy * dy > r * r) return [0, 0, 0, 0];
  // bookmark: x in [0.3,0.7], y in [0.2,0.82], notch at bottom centre
  const inBook = u > 0.3 && u < 0.7 && v > 0.2 && v < 0.82 && !(v > 0.64 + Math.abs(u - 0.5) * 0.9);
  if (inBook) return [245, 158, 11, 255];
  return [17, 24, 39, 255];
}
mkdirSync('public/icon', { recursive: true });
for (const s of [16, 32, 48, 128]) writeFileSync(`public/icon/${s}.png`, png(s, pixel));
console.log('icons written');
