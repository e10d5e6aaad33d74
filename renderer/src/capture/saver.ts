import { SaveContributionSchema, type SaveContribution } from '../../../shared/capture/schema';
import type { Result } from '../../../shared/contract/result';
import { restrictionInput } from '../audience/draft';
import type { ContributionDraft } from './draft';
import type { SaveState } from './saveState';

export const SAVE_PAUSE_MS = 700;
const RETRY_FIRST_MS = 1_000;
const RETRY_MAX_MS = 15_000;

export interface Saved {
  readonly id: string;
  readonly version: number;
  readonly savedAt: string;
}

export interface SaverEvents {
  readonly send: (input: SaveContribution) => Promise<Result<Saved>>;
  readonly onState: (id: string, state: SaveState) => void;
  readonly onSaved: (input: SaveContribution, saved: Saved) => void;
  /** "Locked" answers both the idle lock (try again once unlocked) and sign-off (never): which is it? */
  readonly isFinalised: (conferenceId: string) => Promise<boolean>;
  /** The conference was finalised: what was typed goes to an amendment instead (again with any later change). */
  readonly onFinalised: (draft: ContributionDraft) => void;
}

/**
 * Saves one contribution while it is typed: after a pause, on flush (leaving the field, changing
 * item, hiding the window), one save at a time, again if the text changed meanwhile, and again
 * with backoff if a save fails. The latest text is kept until the record acknowledges it. A save
 * refused because the conference was finalised is never tried again: the text goes to an amendment.
 */
export class ContributionSaver {
  private latest: ContributionDraft;
  private dirty = false;
  private inFlight = false;
  private everSaved: boolean;
  private pauseTimer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;
  /** Finalised: nothing more is sent. */
  private closed = false;

  constructor(
    draft: ContributionDraft,
    alreadySaved: boolean,
    private readonly events: SaverEvents,
  ) {
    this.latest = draft;
    this.everSaved = alreadySaved;
  }

  get draft(): ContributionDraft {
    return this.latest;
  }

  /** Unsaved text or a save not yet acknowledged. */
  get pending(): boolean {
    return !this.closed && (this.dirty || this.inFlight);
  }

  update(draft: ContributionDraft): void {
    this.latest = draft;
    if (this.closed) {
      this.events.onFinalised(draft);
      return;
    }
    if (!this.everSaved && draft.text.trim() === '') {
      this.dirty = false;
      this.clearPause();
      this.events.onState(draft.id, { kind: 'empty' });
      return;
    }
    this.dirty = true;
    if (!this.inFlight && this.retryTimer === null) this.events.onState(draft.id, { kind: 'unsaved' });
    this.clearPause();
    this.pauseTimer = setTimeout(() => this.flush(), SAVE_PAUSE_MS);
  }

  /** Starts a save now if there is anything unsaved (synchronously, so it also works while the window closes). */
  flush(): void {
    this.clearPause();
    if (this.closed || !this.dirty || this.inFlight) return;
    if (this.retryTimer !== null) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    // Saved whether or not the speaker is chosen yet: the words must never wait for a name.
    const parsed = SaveContributionSchema.safeParse({ ...this.latest, restriction: restrictionInput(this.latest.restriction) });
    if (!parsed.success) {
      const fields: Record<string, string> = {};
      for (const issue of parsed.error.issues) fields[issue.path.join('.')] ??= issue.message;
      const first = Object.values(fields)[0] ?? 'Check the answers.';
      this.events.onState(this.latest.id, { kind: 'invalid', message: first, fields });
      return;
    }
    void this.send(parsed.data);
  }

  private async send(input: SaveContribution): Promise<void> {
    this.inFlight = true;
    this.dirty = false;
    this.events.onState(input.id, { kind: 'saving' });
    const result = await this.events.send(input);
    // Still in flight while asking why it was locked, so nothing is sent again meanwhile.
    const finalised = !result.ok && result.error.kind === 'locked' && (await this.events.isFinalised(input.conferenceId));
    this.inFlight = false;
    if (finalised) {
      this.closed = true;
      this.dirty = false;
      this.clearPause();
      this.events.onState(input.id, { kind: 'finalised' });
      // The latest text, including anything typed while the refusal was on its way.
      this.events.onFinalised(this.latest);
      return;
    }
    if (result.ok) {
      this.failures = 0;
      this.everSaved = true;
      this.events.onSaved(input, result.value);
      if (this.dirty) this.flush();
      else this.events.onState(input.id, { kind: 'saved', at: result.value.savedAt });
      return;
    }
    if (result.error.kind === 'validation') {
      this.dirty = true;
      const fields = result.error.fields ?? {};
      this.events.onState(input.id, { kind: 'invalid', message: Object.values(fields)[0] ?? result.error.message, fields });
      return;
    }
    this.dirty = true;
    this.failures += 1;
    this.events.onState(input.id, { kind: 'retrying', message: result.error.message });
    const wait = Math.min(RETRY_FIRST_MS * 2 ** (this.failures - 1), RETRY_MAX_MS);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.flush();
    }, wait);
  }

  private clearPause(): void {
    if (this.pauseTimer !== null) {
      clearTimeout(this.pauseTimer);
      this.pauseTimer = null;
    }
  }
}
