import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The layer rules are only worth having if they fail a wrong import. Each case lints a small
 * piece of code as if it lived at that path, with the project's real ESLint configuration.
 */
const eslint = new ESLint({ cwd: process.cwd() });

async function layerErrors(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

describe('layer rules', () => {
  it.each([
    ['shared/x.ts', "import { readFileSync } from 'node:fs';"],
    ['shared/x.ts', "import path from 'path';"],
    ['shared/x.ts', "import { app } from 'electron';"],
    ['shared/x.ts', "import { useState } from 'react';"],
    ['shared/x.ts', "import { openDatabase } from '../db/open';"],
    ['db/x.ts', "import { app } from 'electron';"],
    ['db/x.ts', "import { App } from '../renderer/src/app/App';"],
    ['electron/handlers/x.ts', "import { app } from 'electron';"],
    ['electron/web-host/x.ts', "import { BrowserWindow } from 'electron';"],
    ['electron/main/x.ts', "import { contextBridge } from 'electron';"],
    ['electron/preload/x.ts', "import { readFileSync } from 'node:fs';"],
    ['electron/preload/x.ts', "import { startApplication } from '../handlers/app';"],
    ['renderer/src/x.ts', "import { readFileSync } from 'node:fs';"],
    ['renderer/src/x.ts', "import { ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { openDatabase } from '../../db/open';"],
    ['renderer/src/x.ts', "import { createHandlers } from '../../electron/handlers';"],
  ])('%s may not: %s', async (file, code) => {
    expect(await layerErrors(file, code)).not.toEqual([]);
  });

  it.each([
    ['shared/x.ts', "import { z } from 'zod';"],
    ['db/x.ts', "import { join } from 'node:path';"],
    ['electron/handlers/x.ts', "import { openDatabase } from '../../db/open';"],
    ['electron/main/x.ts', "import { app, BrowserWindow } from 'electron';"],
    ['electron/preload/x.ts', "import { contextBridge, ipcRenderer } from 'electron';"],
    ['renderer/src/x.ts', "import { useState } from 'react';"],
    ['renderer/src/x.ts', "import { contract } from '../../shared/contract/contract';"],
  ])('%s may: %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
