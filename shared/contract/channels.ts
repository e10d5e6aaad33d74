import type { CallName } from './contract';

/**
 * The IPC channel for a call: one namespace, so nothing else can be reached through it.
 * Kept apart from contract.ts (type-only import) so the sandboxed preload can use it without
 * bundling zod and the schemas.
 */
export function ipcChannel(name: CallName): string {
  return `confer:${name}`;
}
