// Writes FILE.br and FILE.gz beside every compressible asset of the build, at the highest
// settings: the server sends them to browsers that accept them instead of compressing each time.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const assets = new URL('../dist/assets/', import.meta.url).pathname;
const compressible = /\.(js|css|svg|json|txt)$/;
let before = 0;
let gzipped = 0;
let brotlied = 0;
for (const name of readdirSync(assets)) {
  if (!compressible.test(name)) continue;
  const file = join(assets, name);
  const data = readFileSync(file);
  const br = brotliCompressSync(data, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  });
  const gz = gzipSync(data, { level: 9 });
  writeFileSync(`${file}.br`, br);
  writeFileSync(`${file}.gz`, gz);
  before += data.length;
  gzipped += gz.length;
  brotlied += br.length;
}
const kb = (n) => `${(n / 1024).toFixed(1)} kB`;
console.log(`compressed assets: ${kb(before)} -> gzip ${kb(gzipped)}, brotli ${kb(brotlied)}`);
