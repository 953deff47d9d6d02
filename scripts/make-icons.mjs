/**
 * Draws the Sourcelight icon (a magnifying glass whose lens glows over a pair of quotation marks,
 * on a navy rounded square) at 16, 32, 48 and 128 px into icons/. Pure Node: every pixel is the
 * average of a grid of sub-samples, which anti-aliases the edges. Run: node scripts/make-icons.mjs
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { encodePng } from "./lib/png.mjs";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "icons");
const SIZES = [16, 32, 48, 128];

const NAVY_TOP = [29, 78, 137];
const NAVY_BOTTOM = [11, 37, 69];
const GLOW_CENTRE = [255, 236, 150];
const GLOW_EDGE = [255, 183, 3];
const WHITE = [244, 247, 251];
const INK = [11, 37, 69];

const LENS = { x: 0.43, y: 0.43, r: 0.25 };
const RING = 0.065;

/** Colour of the icon at a point of the unit square, or null where it is transparent. */
function paint(x, y) {
  if (!inRoundedSquare(x, y, 0.03, 0.2)) return null;
  const t = (x + y) / 2;
  let colour = mix(NAVY_TOP, NAVY_BOTTOM, t);
  if (nearSegment(x, y, 0.6, 0.6, 0.82, 0.82, 0.062)) colour = WHITE;
  const d = Math.hypot(x - LENS.x, y - LENS.y);
  if (d <= LENS.r + RING / 2) colour = d >= LENS.r - RING / 2 ? WHITE : mix(GLOW_CENTRE, GLOW_EDGE, d / LENS.r);
  if (inQuoteMark(x, y, 0.365, 0.41) || inQuoteMark(x, y, 0.5, 0.41)) colour = INK;
  return colour;
}

/** A closing quotation mark: a round head with a tail curling down to the left. */
function inQuoteMark(x, y, cx, cy) {
  return Math.hypot(x - cx, y - cy) <= 0.05 || nearSegment(x, y, cx + 0.03, cy + 0.01, cx - 0.025, cy + 0.1, 0.022);
}

function inRoundedSquare(x, y, margin, radius) {
  const lo = margin + radius;
  const hi = 1 - margin - radius;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return Math.hypot(dx, dy) <= radius;
}

function nearSegment(x, y, x1, y1, x2, y2, radius) {
  const vx = x2 - x1;
  const vy = y2 - y1;
  const t = Math.max(0, Math.min(1, ((x - x1) * vx + (y - y1) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (x1 + t * vx), y - (y1 + t * vy)) <= radius;
}

function mix(a, b, t) {
  const k = Math.max(0, Math.min(1, t));
  return a.map((v, i) => v + (b[i] - v) * k);
}

function render(size) {
  const samples = size <= 32 ? 8 : 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered === 0) continue;
      pixels[at] = Math.round(r / covered);
      pixels[at + 1] = Math.round(g / covered);
      pixels[at + 2] = Math.round(b / covered);
      pixels[at + 3] = Math.round((255 * covered) / (samples * samples));
    }
  }
  return encodePng(size, size, pixels);
}

mkdirSync(OUT, { recursive: true });
for (const size of SIZES) {
  const file = join(OUT, `icon-${size}.png`);
  writeFileSync(file, render(size));
  console.log(`wrote ${file}`);
}
