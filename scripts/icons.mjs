#!/usr/bin/env node
/**
 * The app's PNG icons (public/icons), drawn from the favicon's design with ImageMagick's
 * `convert`: run once by hand (`node scripts/icons.mjs`) and commit the small PNGs, so a build
 * needs no image tools. "any" icons are the favicon's rounded square; the maskable one fills its
 * canvas with the colour and keeps the glyph inside the 80 % safe zone that launchers may crop to.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const BLUE = '#1f3a5f';
const FONT = 'Noto Serif CJK TC';
const svg = (size, maskable) => {
  const r = maskable ? 0 : Math.round(size * 0.1875);
  const glyph = Math.round(size * (maskable ? 0.42 : 0.56));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
<rect width="${size}" height="${size}" rx="${r}" fill="${BLUE}"/>
<text x="${size / 2}" y="${Math.round(size / 2 + glyph * 0.36)}" font-size="${glyph}" text-anchor="middle" fill="#fff" font-family="${FONT}">報</text></svg>`;
};
const out = 'public/icons';
mkdirSync(out, { recursive: true });
const tmp = join(tmpdir(), `broadsheet-icon-${process.pid}.svg`);
for (const [name, size, maskable] of [
  ['icon-192.png', 192, false],
  ['icon-512.png', 512, false],
  ['maskable-512.png', 512, true],
  ['apple-touch-icon.png', 180, true],
]) {
  writeFileSync(tmp, svg(size, maskable));
  const r = spawnSync('convert', ['-background', 'none', '-density', '96', tmp, '-strip', '-depth', '8', '-define', 'png:compression-level=9', join(out, name)], { stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
rmSync(tmp);
