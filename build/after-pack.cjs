// electron-builder afterPack hook: flips the fuses (build/fuses.cjs) on the packed Electron
// binary, after the app is copied in and before it is signed. Any failure fails the build.
const { FuseV1Options, FuseVersion } = require('@electron/fuses');
const { Arch } = require('electron-builder');
const { fuseConfig } = require('./fuses.cjs');

/** @param {import('electron-builder').AfterPackContext} context */
exports.default = async function afterPack(context) {
  const platform = context.electronPlatformName;
  const config = fuseConfig(
    { FuseV1Options, FuseVersion },
    // Flipping fuses breaks the ad-hoc signature that arm64 macOS needs to run at all.
    { platform, resetAdHocDarwinSignature: platform === 'darwin' && context.arch === Arch.arm64 },
  );
  await context.packager.addElectronFuses(context, config);
};
