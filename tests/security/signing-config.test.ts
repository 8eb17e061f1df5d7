import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { describe, expect, it } from 'vitest';

/**
 * Code signing and the update feed (issue 19; README "Code signing and updates").
 *
 * - electron-builder.json is checked against the JSON schema of the electron-builder we install
 *   (node_modules/app-builder-lib/scheme.json, the one electron-builder itself validates with), so a
 *   misspelt or misplaced key fails here, on the build machine, not on the signing PC.
 * - Signing secrets come from the environment only (CSC_LINK / WIN_CSC_LINK, CSC_KEY_PASSWORD /
 *   WIN_CSC_KEY_PASSWORD, APPLE_API_KEY …): no password, key or certificate field carries a
 *   literal value, and no certificate or key file is in the repository.
 */
const root = join(import.meta.dirname, '../..');
const raw = readFileSync(join(root, 'electron-builder.json'), 'utf8');
const config = JSON.parse(raw) as Record<string, unknown> & {
  publish: Record<string, unknown>;
  win: Record<string, unknown> & { signtoolOptions: Record<string, unknown> };
  mac: Record<string, unknown>;
};
const scheme = JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
  definitions: Record<string, object>;
};
const builderVersion = (JSON.parse(readFileSync(join(root, 'node_modules/app-builder-lib/package.json'), 'utf8')) as { version: string }).version;

// electron-builder's own options (schemaValidator.js) except coerceTypes: a "true" string must not pass as a boolean here.
const ajv = new Ajv({ allErrors: true, strict: false });
const validateConfig = ajv.compile(scheme);
/** One definition of the schema on its own (the top-level `publish` also accepts any custom provider). */
function definition(name: string): ValidateFunction {
  return ajv.compile({ definitions: scheme.definitions, $ref: `#/definitions/${name}` });
}
function problems(validate: ValidateFunction, value: unknown): string[] {
  return validate(value) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message ?? ''} ${JSON.stringify(e.params)}`);
}

describe('electron-builder.json against electron-builder’s own schema', () => {
  it(`is valid for app-builder-lib ${builderVersion}`, () => {
    expect(builderVersion).toBe('26.17.0');
    expect(problems(validateConfig, config)).toEqual([]);
  });

  it.each([
    ['a misspelt top-level key', { ...config, publsh: config.publish }],
    ['signtoolOptions spelt the old way', { ...config, win: { ...config.win, signToolOptions: config.win.signtoolOptions } }],
    ['a signing option at the wrong level', { ...config, win: { ...config.win, signingHashAlgorithms: ['sha256'] } }],
    ['an unknown signtool option', { ...config, win: { ...config.win, signtoolOptions: { ...config.win.signtoolOptions, hash: 'sha256' } } }],
    ['a British notarise', { ...config, mac: { ...config.mac, notarise: true } }],
    ['notarize as a string', { ...config, mac: { ...config.mac, notarize: 'true' } }],
    ['hardenedRuntime as a string', { ...config, mac: { ...config.mac, hardenedRuntime: 'yes' } }],
  ])('would catch %s', (_what, broken) => {
    expect(problems(validateConfig, broken)).not.toEqual([]);
  });

  it('publishes to a generic server whose address comes from the environment at build time', () => {
    expect(problems(definition('GenericServerOptions'), config.publish)).toEqual([]);
    expect(config.publish).toEqual({ provider: 'generic', url: '${env.PRDESK_UPDATE_URL}' });
    expect(problems(definition('GenericServerOptions'), { ...config.publish, uri: 'x' })).not.toEqual([]);
  });
});

describe('signing settings', () => {
  it('signs Windows builds with Authenticode (SHA-256, timestamped) and refuses to build unsigned', () => {
    expect(problems(definition('WindowsSigntoolConfiguration'), config.win.signtoolOptions)).toEqual([]);
    expect(config.win.signtoolOptions).toMatchObject({ signingHashAlgorithms: ['sha256'], rfc3161TimeStampServer: expect.stringMatching(/^https?:\/\//) as unknown });
    expect(config.win).toMatchObject({ forceCodeSigning: true, verifyUpdateCodeSignature: true });
    expect(config.win).not.toHaveProperty('azureSignOptions'); // one way to sign: signtool with CSC_LINK / WIN_CSC_LINK
  });

  it('signs macOS builds with the hardened runtime, minimal entitlements, and notarizes them', () => {
    expect(config.mac).toMatchObject({ forceCodeSigning: true, hardenedRuntime: true, notarize: true, gatekeeperAssess: false });
    for (const key of ['entitlements', 'entitlementsInherit']) {
      const file = config.mac[key];
      expect(typeof file, key).toBe('string');
      expect(existsSync(join(root, file as string)), key).toBe(true);
    }
    const plist = readFileSync(join(root, config.mac.entitlements as string), 'utf8');
    const granted = [...plist.matchAll(/<key>([^<]+)<\/key>\s*<true\/>/g)].map((m) => m[1]);
    expect(granted).toEqual(['com.apple.security.cs.allow-jit']);
    expect(plist).not.toMatch(/disable-library-validation|allow-dyld-environment-variables|get-task-allow|device\.(camera|audio-input)/);
  });
});

/**
 * Keys whose value would be a secret, a secret file or a pointer to one if written into the config
 * (the macOS signing identity too: it comes from CSC_LINK / CSC_NAME on the signing machine).
 */
const SECRET_KEY = /pass(word)?|secret|token|credential|private|authorization|apikey|api_key|cscLink|cscInstallerLink|certificateFile|additionalCertificateFile|certificateSha1|keychain|identity/i;
/** Values that are secrets whatever the key: PEM blocks, long base64 runs (a .p12 in CSC_LINK form), Apple API keys. */
const SECRET_VALUE = /-----BEGIN|[A-Za-z0-9+/=]{120,}|AuthKey_[A-Z0-9]{10}\.p8/;

function secretsIn(node: unknown, path: string[] = []): string[] {
  if (Array.isArray(node)) return node.flatMap((v, i) => secretsIn(v, [...path, String(i)]));
  if (node !== null && typeof node === 'object') return Object.entries(node).flatMap(([k, v]) => secretsIn(v, [...path, k]));
  if (typeof node !== 'string') return [];
  const key = path.at(-1) ?? '';
  // An ${env.NAME} macro is read at build time from the environment: that is where secrets belong.
  const fromEnvironment = /^\$\{env\.[A-Z0-9_]+\}$/.test(node);
  if (SECRET_KEY.test(key) && !fromEnvironment) return [path.join('.')];
  if (SECRET_VALUE.test(node)) return [path.join('.')];
  return [];
}

const SECRET_FILES = /\.(p12|pfx|p8|pvk|snk|keystore|jks|mobileprovision|provisionprofile)$|^(AuthKey_.*\.p8|.*\.key)$/i;
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist', 'test-results', 'playwright-report', 'bench/out']);

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    const rel = relative(root, full);
    if (entry.isDirectory()) return SKIP_DIRS.has(rel) || SKIP_DIRS.has(entry.name) ? [] : filesUnder(full);
    return entry.isFile() ? [rel] : [];
  });
}

describe('no signing secret in the repository', () => {
  it('electron-builder.json holds no password, key or certificate with a literal value', () => {
    expect(secretsIn(config)).toEqual([]);
    for (const key of ['cscLink', 'cscKeyPassword', 'cscInstallerLink', 'cscInstallerKeyPassword']) expect(config).not.toHaveProperty(key);
    for (const key of ['certificateFile', 'certificatePassword', 'certificateSha1', 'certificateSubjectName']) expect(config.win.signtoolOptions).not.toHaveProperty(key);
    for (const key of ['cscLink', 'cscKeyPassword', 'identity']) {
      expect(config.win).not.toHaveProperty(key);
      expect(config.mac).not.toHaveProperty(key);
    }
  });

  it('the check itself finds secrets written in the usual places', () => {
    const leaky = {
      cscKeyPassword: 'hunter2',
      win: { signtoolOptions: { certificateFile: 'certs/office.pfx', certificatePassword: 'hunter2' } },
      mac: { notarize: true, identity: 'Developer ID Application: Someone (ABCDE12345)' },
      publish: { provider: 'generic', url: 'https://updates.example/', requestHeaders: { Authorization: 'Bearer abc' } },
      extra: '-----BEGIN PRIVATE KEY-----',
      other: 'MII' + 'A'.repeat(200),
    };
    expect(secretsIn(leaky).sort()).toEqual(
      ['cscKeyPassword', 'extra', 'other', 'mac.identity', 'publish.requestHeaders.Authorization', 'win.signtoolOptions.certificateFile', 'win.signtoolOptions.certificatePassword'].sort(),
    );
    expect(secretsIn({ cscKeyPassword: '${env.CSC_KEY_PASSWORD}' })).toEqual([]);
  });

  it('no certificate, private key or provisioning profile is kept in the repository', () => {
    const found = filesUnder(root).filter((file) => SECRET_FILES.test(file.split('/').at(-1) ?? ''));
    expect(found).toEqual([]);
  });
});
