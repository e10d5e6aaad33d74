// The Electron fuses Confer ships with: features switched off in the binary itself, so they
// cannot be turned back on by an environment variable or command-line flag on a user's machine.
// after-pack.cjs applies them; test/electron/packaging.test.ts checks every value.
//
// strictlyRequireAllFuses: a fuse added by a newer Electron (and @electron/fuses) fails the
// package build until someone decides its value here. Known next one: WasmTrapHandlers (newer
// Electron and @electron/fuses 2.1+); Electron's default, true, is the expected decision.

/** Decisions by fuse name (names as in @electron/fuses' FuseV1Options). */
const FUSE_DECISIONS = Object.freeze({
  // No ELECTRON_RUN_AS_NODE: the app binary cannot be used as a general Node interpreter.
  RunAsNode: false,
  // Cookies (and other Chromium storage) encrypted with the OS keychain.
  EnableCookieEncryption: true,
  // NODE_OPTIONS and --inspect would let anyone on the machine inject code into main.
  EnableNodeOptionsEnvironmentVariable: false,
  EnableNodeCliInspectArguments: false,
  // The app must come from the signed asar, unchanged.
  EnableEmbeddedAsarIntegrityValidation: true,
  OnlyLoadAppFromAsar: true,
  // Electron's default: we ship no custom V8 snapshot.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // We load from app://, never file://, so file:// needs no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * Electron checks asar integrity only on macOS and Windows; elsewhere the fuse is left off
 * rather than claiming a protection the platform does not give.
 */
function fuseDecisionsFor(platform) {
  if (platform === 'darwin' || platform === 'win32' || platform === 'mas') return FUSE_DECISIONS;
  return Object.freeze({ ...FUSE_DECISIONS, EnableEmbeddedAsarIntegrityValidation: false });
}

/**
 * The config object for @electron/fuses' flipFuses. The library is passed in (its enum maps names
 * to wire positions) so this file can be tested without packaging.
 */
function fuseConfig(fuses, { platform, resetAdHocDarwinSignature }) {
  const config = {
    version: fuses.FuseVersion.V1,
    strictlyRequireAllFuses: true,
    resetAdHocDarwinSignature: Boolean(resetAdHocDarwinSignature),
  };
  for (const [name, value] of Object.entries(fuseDecisionsFor(platform))) {
    const index = fuses.FuseV1Options[name];
    if (typeof index !== 'number') {
      throw new Error(`The installed @electron/fuses does not know the fuse "${name}"; update it or remove the decision from build/fuses.cjs.`);
    }
    config[index] = value;
  }
  return config;
}

module.exports = { FUSE_DECISIONS, fuseDecisionsFor, fuseConfig };
