#!/usr/bin/env node
// Makes every platform's icon from the one source image: node assets/icons/make-icons.mjs
//   icon.png (512, Linux), icon.ico (Windows), icon.icns (macOS)
// png2icons is pure JavaScript, so this runs anywhere without native tools.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import png2icons from 'png2icons';

const here = path.dirname(fileURLToPath(import.meta.url));
const source = fs.readFileSync(path.join(here, 'icon-source.png'));
const ico = png2icons.createICO(source, png2icons.BICUBIC2, 0, false, true);
const icns = png2icons.createICNS(source, png2icons.BICUBIC2, 0);
if (!ico || !icns) throw new Error('icon-source.png could not be converted: it must be a square PNG of at least 1024 pixels');
fs.writeFileSync(path.join(here, 'icon.ico'), ico);
fs.writeFileSync(path.join(here, 'icon.icns'), icns);
fs.copyFileSync(path.join(here, 'icon-source.png'), path.join(here, 'icon.png'));
console.log('icon.ico, icon.icns and icon.png written in', here);
