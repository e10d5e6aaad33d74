import { join } from 'node:path';

/**
 * Where the Electron-ABI build of the SQLite addon lives. node_modules holds the Node-ABI build
 * (for tests and the web host); scripts/rebuild-native-for-electron.mjs puts the Electron one in
 * out/native/electron-<version>/, and electron-builder copies out/native into the app's resources
 * (extraResources), outside the asar so it can be loaded.
 */
export const NATIVE_ADDON_FILE = 'better_sqlite3.node';

export interface NativeBindingPlace {
  readonly isPackaged: boolean;
  /** `process.resourcesPath`: the packaged app's resources folder. */
  readonly resourcesPath: string;
  /** The project folder in development (two levels above out/electron/main.cjs). */
  readonly projectRoot: string;
  /** `process.versions.electron`. */
  readonly electronVersion: string;
}

export function nativeBindingPath(place: NativeBindingPlace): string {
  const base = place.isPackaged ? join(place.resourcesPath, 'native') : join(place.projectRoot, 'out', 'native');
  return join(base, `electron-${place.electronVersion}`, NATIVE_ADDON_FILE);
}
