import type { Audience, AuthorityPack, ConferencePeople, Finding } from '../../../shared/language';

/** What the page asks of the language worker. A configuration is sent once per change, by key. */
export type WorkerRequest =
  | {
      readonly type: 'configure';
      readonly key: string;
      readonly authorityPack: AuthorityPack | null;
      readonly names: readonly string[];
      readonly places: readonly string[];
      readonly people: ConferencePeople;
    }
  | { readonly type: 'check'; readonly id: number; readonly key: string; readonly audience: Audience; readonly text: string };

export type WorkerResponse =
  | { readonly type: 'result'; readonly id: number; readonly findings: readonly Finding[] }
  | { readonly type: 'failed'; readonly id: number; readonly message: string };
