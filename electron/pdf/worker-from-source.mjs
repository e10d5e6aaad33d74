// The document worker run from its TypeScript source (web host, tests, scripts): Node's worker
// threads do not take tsx's `--import` loader, so the worker loads the source through tsx's API.
// The Electron build bundles worker.ts instead and never uses this file.
import { tsImport } from 'tsx/esm/api';

await tsImport('./worker.ts', import.meta.url);
