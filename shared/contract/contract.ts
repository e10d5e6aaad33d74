import { z } from 'zod';
import {
  ConferenceDetailSchema,
  ConferenceRefSchema,
  ConferenceSummarySchema,
  NewConferenceSchema,
} from '../conference/schema';

/**
 * Every call between the renderer and the application, declared once. Both hosts (Electron IPC
 * and the web host's HTTP) parse inputs with these schemas; the preload and the renderer's client
 * are typed from them.
 */
export const contract = {
  listConferences: {
    input: z.object({}).strict(),
    output: z.array(ConferenceSummarySchema),
  },
  createConference: {
    input: NewConferenceSchema,
    output: ConferenceDetailSchema,
  },
  getConference: {
    input: ConferenceRefSchema,
    output: ConferenceDetailSchema,
  },
} as const;

export type Contract = typeof contract;
export type CallName = keyof Contract;
export const CALL_NAMES = Object.keys(contract) as readonly CallName[];

export type CallInput<K extends CallName> = z.input<Contract[K]['input']>;
export type ParsedInput<K extends CallName> = z.output<Contract[K]['input']>;
export type CallOutput<K extends CallName> = z.output<Contract[K]['output']>;

export function isCallName(name: unknown): name is CallName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(contract, name);
}

export { ipcChannel } from './channels';
