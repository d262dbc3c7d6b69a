// Draws the toolbar icons (a card over an underlined line of text) as PNGs into public/icons/.
import { writeFileSync, mkdirSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

type Rgba = [number, number, number, number];
const navy: Rgba = [38, 58, 102, 255];
const white: Rgba = [255, 255, 255, 255];
const amber: Rgba = [240, 170, 40, 255];
const grey: Rgba = [150, 165, 190, 255];

function inRoundedRect(x: number, y: number, x0: number, y0: number, x1: number, y1: number, r: number) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

/** The colour of a point in a unit square: the icon's whole design. */
function paint(u: number, v: number): Rgba | null {
  if (!inRoundedRect(u, v, 0.02, 0.02, 0.98, 0.98, 0.2)) return null;
  if (inRoundedRect(u, v, 0.2, 0.18, 0.8, 0.58, 0.06)) {
    if (v > 0.28 && v < 0.34 && u > 0.28 && u < 0.72) return navy;
    if (v > 0.42 && v < 0.47 && u > 0.28 && u < 0.6) return grey;
    return white;
  }
  if (v > 0.7 && v < 0.78 && u > 0.18 && u < 0.82) return amber;
  return navy;
}

function crc32(buf: Buffer): number {
  let c = ~0;
  for (const byte of buf) {
    c ^= byte;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

function png(size: number): Buffer {
  const ss = 4; // supersampling for smooth edges
  const rows: Buffer[] = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 4);
    for (let x = 0; x < size; x++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = paint((x + (sx + 0.5) / ss) / size, (y + (sy + 0.5) / ss) / size);
          if (c) for (let i = 0; i < 4; i++) acc[i]! += c[i]! * (i === 3 ? 1 : c[3] / 255);
        }
      const a = acc[3]! / (ss * ss);
      for (let i = 0; i < 3; i++) row[1 + x * 4 + i] = a ? Math.round(acc[i]! / (ss * ss) / (a / 255)) : 0;
      row[1 + x * 4 + 3] = Math.round(a);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const signature = Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]);
  return Buffer.concat([
    signature,
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync('public/icons', { recursive: true });
for (const size of [16, 32, 48, 128]) writeFileSync(`public/icons/${size}.png`, png(size));
