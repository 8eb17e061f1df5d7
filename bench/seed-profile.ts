/**
 * The seeding tool:  npm run seed:profile -- --years 10 --out /tmp/pr-desk-10y [--port 47810] [--photo-gib 5]
 * Builds nothing: run `npm run build` first. Creates a Chromium profile (IndexedDB on disk) and
 * a main-process user-data folder under --out, opens PR Desk once so it sets itself up, then
 * fills it with `--years` of realistic Thai data (bench/seed), and its blob store with
 * `--photo-gib` of photo files (1–4 MB each; without it, 100 photos). IndexedDB belongs to an origin,
 * so open the profile again on the same --port (the bench does this within one run).
 */
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { localBlobStore } from '../src-main/main/blobs/blob-store';
import { buildHarness } from './harness/build';
import { GiB } from './seed/photo-files';
import { seedProfile } from './seed/profile';
import { startBenchServer } from './support/bench-server';
import { PROJECT_ROOT, RENDERER_DIR } from '../tests/e2e/support/paths';
import { startSignedInWorkstation } from './support/signed-in-workstation';

const { values } = parseArgs({
  options: {
    years: { type: 'string', default: '10' },
    out: { type: 'string' },
    port: { type: 'string', default: '47810' },
    'photo-gib': { type: 'string' },
  },
});
const years = Number(values.years);
if (!Number.isFinite(years) || years <= 0 || years > 50) {
  console.error('--years must be a number from 1 to 50');
  process.exit(2);
}
const photoGib = values['photo-gib'] === undefined ? null : Number(values['photo-gib']);
if (photoGib !== null && (!Number.isFinite(photoGib) || photoGib <= 0 || photoGib > 200)) {
  console.error('--photo-gib must be a number of GiB above 0 (at most 200)');
  process.exit(2);
}
if (!values.out) {
  console.error('--out <folder> is required');
  process.exit(2);
}
const out = resolve(values.out);
await mkdir(out, { recursive: true });
const server = await startBenchServer(RENDERER_DIR, await buildHarness(PROJECT_ROOT), Number(values.port));
const app = await startSignedInWorkstation(server.origin, out, null, 'office');
try {
  await app.page.getByTestId('sidebar').waitFor();
  const storeDir = localBlobStore(app.env.userDataDir).dir;
  const seeded = await seedProfile(app.page, years, { storeDir, ...(photoGib === null ? {} : { volume: { totalBytes: photoGib * GiB } }) });
  console.log(`seeded ${years} years in ${(seeded.ms / 1000).toFixed(1)} s:`, seeded.written);
  console.log(`profile: ${app.profileDir}  (open on ${server.origin})`);
  console.log(`photos: ${seeded.photos.length} files in ${storeDir}`);
} finally {
  await app.close();
  await server.close();
}
