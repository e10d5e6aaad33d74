import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const require = createRequire(import.meta.url);

// js-yaml comes with electron-builder (which parses this same file with it); no new dependency.
const yaml = require('js-yaml') as { load: (text: string) => unknown };
const fusesLibrary = require('@electron/fuses') as { FuseV1Options: Record<string, number | string>; FuseVersion: { V1: string } };

interface FuseModule {
  readonly FUSE_DECISIONS: Readonly<Record<string, boolean>>;
  readonly fuseDecisionsFor: (platform: string) => Readonly<Record<string, boolean>>;
  readonly fuseConfig: (library: typeof fusesLibrary, options: { platform: string; resetAdHocDarwinSignature?: boolean }) => Record<string, unknown>;
}
const fuses = require('../../build/fuses.cjs') as FuseModule;

interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  extraResources: { from: string; to: string; filter: string[] }[];
  asar: boolean;
  asarUnpack: string[];
  npmRebuild: boolean;
  afterPack: string;
  win: { target: string[] };
  linux: { target: string[] };
  mac: { target: string[] };
}
const config = yaml.load(readFileSync(join(root, 'build', 'electron-builder.yml'), 'utf8')) as BuilderConfig;

describe('the package', () => {
  it('is Confer, uk.confer.app', () => {
    expect(config.appId).toBe('uk.confer.app');
    expect(config.productName).toBe('Confer');
  });

  it('puts the app in an asar, with native addons unpacked so they can load', () => {
    expect(config.asar).toBe(true);
    expect(config.asarUnpack).toEqual(['**/*.node']);
  });

  it('ships only the bundles, the built renderer and the SQLite module, without its sources or Node-ABI build', () => {
    const includes = config.files.filter((pattern) => !pattern.startsWith('!'));
    expect(includes.sort()).toEqual(['dist/renderer/**', 'node_modules/better-sqlite3-multiple-ciphers/**', 'out/electron/**', 'package.json']);
    for (const folder of ['src', 'deps', 'build']) {
      expect(config.files).toContain(`!node_modules/better-sqlite3-multiple-ciphers/${folder}/**`);
    }
  });

  it('never rebuilds node_modules (that would break npm test) and ships the Electron-ABI addon from out/native', () => {
    expect(config.npmRebuild).toBe(false);
    expect(config.extraResources).toEqual([{ from: 'out/native', to: 'native', filter: ['**/*.node'] }]);
  });

  it('builds installers for Windows (NSIS, MSI), Linux (AppImage, deb) and macOS (dmg)', () => {
    expect(config.win.target).toEqual(['nsis', 'msi']);
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.mac.target).toEqual(['dmg']);
  });

  it('flips the fuses after packing, with the hook that exists', () => {
    expect(config.afterPack).toBe('build/after-pack.cjs');
    const hook = require(join(root, config.afterPack)) as { default?: unknown };
    expect(typeof hook.default).toBe('function');
  });
});

describe('the Electron fuses', () => {
  it('switch off every way to run the binary as Node or inject code into it', () => {
    expect(fuses.FUSE_DECISIONS).toEqual({
      RunAsNode: false,
      EnableCookieEncryption: true,
      EnableNodeOptionsEnvironmentVariable: false,
      EnableNodeCliInspectArguments: false,
      EnableEmbeddedAsarIntegrityValidation: true,
      OnlyLoadAppFromAsar: true,
      LoadBrowserProcessSpecificV8Snapshot: false,
      GrantFileProtocolExtraPrivileges: false,
    });
  });

  it('decide every fuse the installed @electron/fuses knows, so an upgrade forces a decision', () => {
    const known = Object.keys(fusesLibrary.FuseV1Options).filter((key) => Number.isNaN(Number(key)));
    expect(Object.keys(fuses.FUSE_DECISIONS).sort()).toEqual(known.sort());
  });

  it('are applied strictly: a fuse Electron adds later fails the build until it is decided', () => {
    expect(fuses.fuseConfig(fusesLibrary, { platform: 'win32' })).toMatchObject({ strictlyRequireAllFuses: true, version: fusesLibrary.FuseVersion.V1 });
  });

  it.each(['win32', 'darwin', 'linux'])('map each decision to its place in the fuse wire on %s', (platform) => {
    const config = fuses.fuseConfig(fusesLibrary, { platform });
    for (const [name, value] of Object.entries(fuses.fuseDecisionsFor(platform))) {
      expect(config[String(fusesLibrary.FuseV1Options[name])]).toBe(value);
    }
  });

  it('check asar integrity where Electron supports it (macOS, Windows) and do not pretend to elsewhere', () => {
    const wire = (platform: string) => fuses.fuseConfig(fusesLibrary, { platform })[String(fusesLibrary.FuseV1Options.EnableEmbeddedAsarIntegrityValidation)];
    expect(wire('darwin')).toBe(true);
    expect(wire('win32')).toBe(true);
    expect(wire('linux')).toBe(false);
    expect(fuses.fuseDecisionsFor('linux').OnlyLoadAppFromAsar).toBe(true);
  });
});
