import { appendFileSync, mkdirSync, renameSync, statSync } from 'node:fs';
import { join } from 'node:path';

/**
 * One logger for the whole app. A log line says what happened to which id; it has no free text
 * field, so a family's words or names cannot reach the log by accident.
 */
export type LogValue = string | number | boolean | null;
export type LogFields = Readonly<Record<string, LogValue | readonly string[]>>;
export type LogLevel = 'info' | 'warn' | 'error';

export interface Logger {
  readonly info: (event: string, fields?: LogFields) => void;
  readonly warn: (event: string, fields?: LogFields) => void;
  readonly error: (event: string, fields?: LogFields) => void;
}

const MAX_LOG_BYTES = 5 * 1024 * 1024;
export const LOG_FILE_NAME = 'confer.log';

export function createFileLogger(logDir: string): Logger {
  mkdirSync(logDir, { recursive: true, mode: 0o700 });
  const file = join(logDir, LOG_FILE_NAME);
  const write = (level: LogLevel, event: string, fields: LogFields = {}) => {
    rotateIfLarge(file);
    appendFileSync(file, JSON.stringify({ at: new Date().toISOString(), level, event, ...fields }) + '\n', { mode: 0o600 });
  };
  return {
    info: (event, fields) => write('info', event, fields),
    warn: (event, fields) => write('warn', event, fields),
    error: (event, fields) => write('error', event, fields),
  };
}

export const silentLogger: Logger = { info: () => {}, warn: () => {}, error: () => {} };

function rotateIfLarge(file: string): void {
  try {
    if (statSync(file).size > MAX_LOG_BYTES) renameSync(file, `${file}.1`);
  } catch {
    // No file yet: nothing to rotate.
  }
}
