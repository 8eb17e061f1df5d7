import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Release builds (issue 10): the packaged app must not be usable as a Node runtime or a
 * debugging target, must refuse a tampered app.asar, and must ship its fonts outside the asar
 * (pdfmake reads them from disk). electron-builder applies the fuses while packaging.
 */
const root = join(import.meta.dirname, '../..');
const config = JSON.parse(readFileSync(join(root, 'electron-builder.json'), 'utf8')) as {
  appId: string;
  asar: boolean;
  files: string[];
  extraResources: { from: string; to: string }[];
  electronFuses: Record<string, boolean>;
  win: { target: string[]; icon: string };
  linux: { target: string[]; icon: string };
  mac: { target: string[]; icon: string };
};

describe('release build settings', () => {
  it('turns off run-as-node, NODE_OPTIONS and --inspect, and checks ASAR integrity', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    expect(config.asar).toBe(true);
  });

  it('targets the office platforms with our app id and icons', () => {
    expect(config.appId).toBe('th.go.prd.prdesk');
    expect(config.win.target).toContain('nsis');
    expect(config.linux.target).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(config.mac.target).toContain('dmg');
    for (const icon of [config.win.icon, config.linux.icon, config.mac.icon]) expect(existsSync(join(root, icon))).toBe(true);
  });

  it('packages the build and ships the PDF fonts next to it', () => {
    expect(config.files).toContain('out/**/*');
    expect(config.extraResources).toContainEqual({ from: 'resources/fonts', to: 'fonts' });
    expect(existsSync(join(root, 'resources/fonts/Laksaman.ttf'))).toBe(true);
  });
});
