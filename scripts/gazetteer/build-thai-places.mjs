/**
 * Makes src-main/shared/text/thai-places.json, the gazetteer Thai search uses to keep place
 * names whole (issue 21): every province, district (อำเภอ/เขต) and sub-district (ตำบล/แขวง)
 * name of Thailand, distinct, in Thai order.
 *
 *   node scripts/gazetteer/build-thai-places.mjs
 *
 * Source: the npm package thai-address-database 0.0.30 (ISC licence,
 * https://github.com/Sellsuki/thai-address-database), whose data is jquery.Thailand.js's
 * (https://github.com/earthchie/jquery.Thailand.js, commit 4e5f496), compiled from Thailand
 * Post's postcode list with the Department of Provincial Administration's area codes. The
 * package is fetched with `npm pack` into a temporary folder (nothing is installed) and its
 * compact geodb is expanded with the package's own rules (its `preprocess`).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE = 'thai-address-database@0.0.30';
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const work = mkdtempSync(join(tmpdir(), 'thai-places-'));
try {
  const tarball = execFileSync('npm', ['pack', PACKAGE, '--silent'], { cwd: work, encoding: 'utf8' }).trim();
  execFileSync('tar', ['xzf', tarball], { cwd: work });
  const geodb = JSON.parse(readFileSync(join(work, 'package/database/backup/geodb.json'), 'utf8'));
  const lookup = geodb.lookup.split('|');
  const words = geodb.words.split('|');
  // The package's compaction: a number is an index into `lookup`; each A–Z/a–z letter stands for a word.
  const text = (value) => (typeof value === 'number' ? lookup[value] : value).replace(/[A-Z]/gi, (m) => {
    const ch = m.charCodeAt(0);
    return words[ch < 97 ? ch - 65 : 26 + ch - 97];
  });
  const provinces = new Set();
  const districts = new Set();
  const subdistricts = new Set();
  for (const [province, , amphoes] of geodb.data) {
    provinces.add(text(province));
    for (const [amphoe, , tambons] of amphoes) {
      districts.add(text(amphoe));
      for (const [tambon] of tambons) subdistricts.add(text(tambon));
    }
  }
  const sorted = (set) => [...set].sort((a, b) => a.localeCompare(b, 'th'));
  const out = {
    source: `${PACKAGE} (ISC), data of jquery.Thailand.js 4e5f496: Thailand Post postcodes with DOPA area codes`,
    provinces: sorted(provinces),
    districts: sorted(districts),
    subdistricts: sorted(subdistricts),
  };
  const file = join(root, 'src-main/shared/text/thai-places.json');
  writeFileSync(file, `${JSON.stringify(out, null, 1)}\n`);
  console.log(`wrote ${file}: ${out.provinces.length} provinces, ${out.districts.length} districts, ${out.subdistricts.length} sub-districts`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
