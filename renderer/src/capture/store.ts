import { create } from 'zustand';
import type { Restriction } from '../../../shared/audience/restriction';
import { hasSpeaker, NO_SPEAKER_YET, type Capture, type Contribution, type SaveContribution } from '../../../shared/capture/schema';
import type { ApiError, Result } from '../../../shared/contract/result';
import { api } from '../api/client';
import { useFamilySafe } from '../app/familySafe';
import { useConferences } from '../conference/store';
import { focusIfLost } from './activeEditor';
import { isRestricted } from '../audience/draft';
import type { ContributionDraft } from './draft';
import { keptCorrection, keepUntilKept } from './kept';
import { keptMarking } from './keptMarking';
import { mergeCapture, withSavedContribution } from './merge';
import { ContributionSaver, type Saved } from './saver';
import { FINALISED_NOT_SAVED, type SaveState } from './saveState';
import { speakerKey, type SpeakerOption } from './speakers';

/** The contribution open for writing on an agenda item; kept when moving between items, so nothing typed is lost. */
export interface EditorSession {
  readonly draft: ContributionDraft;
  /** A new contribution is written below the list; an existing one is edited where it stands. */
  readonly isNew: boolean;
}

/** What was typed after sign-off, on its way to be kept as the start of an amendment (by contribution id). */
export interface KeptText {
  /** The id the kept text, and the amendment made from it, go by. */
  readonly id: string;
  readonly conferenceId: string;
  readonly agendaItemId: string;
  /** The contribution it changes, when the record has it. */
  readonly contributionId: string | null;
  readonly original: string;
  /** What will start the amendment: what was typed, with a line saying what it was. */
  readonly correction: string;
  /** Restricted text stays off the family-safe screen here too. */
  readonly restricted: boolean;
  /** Who may see it: the amendment made from it starts with this marking. */
  readonly restriction: Restriction;
  readonly state: 'keeping' | 'kept' | { readonly failed: string };
}

export type CaptureLoad = { readonly state: 'loading' } | { readonly state: 'loaded' } | { readonly state: 'failed'; readonly error: ApiError };

interface CaptureState {
  readonly load: CaptureLoad;
  readonly capture: Capture | null;
  /** The item this window shows; the record's `currentAgendaItemId` is the item the minute-taker is on. */
  readonly viewingItemId: string | null;
  readonly editors: Readonly<Record<string, EditorSession>>;
  readonly saveStates: Readonly<Record<string, SaveState>>;
  readonly speakers: readonly SpeakerOption[];
  readonly familySafe: boolean;
  readonly announcement: { readonly text: string; readonly count: number };
  readonly kept: Readonly<Record<string, KeptText>>;
}

export const useCapture = create<CaptureState>(() => ({
  load: { state: 'loading' },
  capture: null,
  viewingItemId: null,
  editors: {},
  saveStates: {},
  speakers: [],
  familySafe: useFamilySafe.getState().on,
  announcement: { text: '', count: 0 },
  kept: {},
}));

// The switch is the app's (in the header); the minutes follow it.
useFamilySafe.subscribe(({ on }) => useCapture.setState({ familySafe: on }));

const savers = new Map<string, ContributionSaver>();

export function announce(text: string): void {
  useCapture.setState((state) => ({ announcement: { text, count: state.announcement.count + 1 } }));
}

export async function loadCapture(conferenceId: string, firstItemId: string | null): Promise<void> {
  const current = useCapture.getState().capture;
  if (current?.conferenceId !== conferenceId) useCapture.setState({ load: { state: 'loading' }, capture: null, viewingItemId: null, editors: {}, kept: {} });
  // Text already kept lives in the application now (the sign-off page lists it); only what is still on its way stays here.
  else useCapture.setState((state) => ({ kept: Object.fromEntries(Object.entries(state.kept).filter(([, entry]) => entry.state !== 'kept')) }));
  const result = await api.getCapture({ conferenceId });
  if (!result.ok) {
    useCapture.setState({ load: { state: 'failed', error: result.error } });
    return;
  }
  useCapture.setState((state) => ({
    load: { state: 'loaded' },
    capture: mergeCapture(state.capture, result.value),
    viewingItemId: state.viewingItemId ?? result.value.currentAgendaItemId ?? firstItemId,
  }));
}

/** Polled while the window is visible, so the chair's window follows the minute-taker's. */
export async function refreshCapture(): Promise<void> {
  const conferenceId = useCapture.getState().capture?.conferenceId;
  if (!conferenceId) return;
  const result = await api.getCapture({ conferenceId });
  if (result.ok) applyCapture(result.value);
}

export function applyCapture(capture: Capture): void {
  useCapture.setState((state) => ({ capture: mergeCapture(state.capture, capture) }));
}

/** Apply a change that answers with the whole capture; returns the result so a form can show errors. */
export async function changeCapture(change: Promise<Result<Capture>>): Promise<Result<Capture>> {
  const result = await change;
  if (result.ok) applyCapture(result.value);
  return result;
}

export function goToItem(agendaItemId: string): void {
  const { capture, viewingItemId } = useCapture.getState();
  if (!capture || agendaItemId === viewingItemId) return;
  flushAllSaves();
  useCapture.setState({ viewingItemId: agendaItemId });
  void api.setCurrentAgendaItem({ conferenceId: capture.conferenceId, agendaItemId }).then((result) => {
    if (result.ok) applyCapture(result.value);
    else announce(`The chair’s screen could not be told which item you are on: ${result.error.message}`);
  });
}

export function setSpeakers(speakers: readonly SpeakerOption[]): void {
  useCapture.setState({ speakers });
}

export function openEditor(session: EditorSession): void {
  useCapture.setState((state) => ({ editors: { ...state.editors, [session.draft.agendaItemId]: session } }));
}

/** Closes the editor on an item; its saver carries on until the record has the text. */
export function closeEditor(agendaItemId: string): void {
  useCapture.setState((state) => ({ editors: Object.fromEntries(Object.entries(state.editors).filter(([itemId]) => itemId !== agendaItemId)) }));
}

/** Remembers the text typed so far when the editor leaves the screen (moving to another item). */
export function rememberDraft(draft: ContributionDraft): void {
  const session = useCapture.getState().editors[draft.agendaItemId];
  if (session && session.draft.id === draft.id) openEditor({ ...session, draft });
}

export function saverFor(draft: ContributionDraft, alreadySaved: boolean): ContributionSaver {
  const existing = savers.get(draft.id);
  if (existing) return existing;
  const saver = new ContributionSaver(draft, alreadySaved, {
    send: (input) => api.saveContribution(input),
    onState: setSaveState,
    onSaved: applySaved,
    isFinalised,
    onFinalised: keepForAmendment,
  });
  savers.set(draft.id, saver);
  return saver;
}

export function flushAllSaves(): void {
  for (const saver of savers.values()) saver.flush();
}

export function hasUnsavedContributions(): boolean {
  return [...savers.values()].some((saver) => saver.pending) || Object.values(useCapture.getState().kept).some((kept) => kept.state === 'keeping');
}

/** The minutes can no longer change: the screen shows them read-only from now on. */
export function markFinalised(): void {
  useCapture.setState((state) => (state.capture && !state.capture.finalised ? { capture: { ...state.capture, finalised: true } } : {}));
}

export function setKept(contributionId: string, kept: KeptText): void {
  useCapture.setState((state) => ({ kept: { ...state.kept, [contributionId]: kept } }));
}

/**
 * What was typed after sign-off goes to an amendment instead of the record: kept in the
 * application at once (again with any later change), shown in place of the editor, never dropped.
 */
function keepForAmendment(draft: ContributionDraft): void {
  const { capture, kept, speakers } = useCapture.getState();
  const open = useConferences.getState().open;
  const itemTitle = (open.state === 'loaded' ? open.value.agenda.find((item) => item.id === draft.agendaItemId)?.title : undefined) ?? 'an agenda item';
  const inRecord = capture?.contributions.find((c) => c.id === draft.id);
  const speakerName = speakers.find((option) => option.key === speakerKey(draft.speaker))?.name ?? null;
  const marking = keptMarking(draft, capture);
  const entry: KeptText = {
    id: kept[draft.id]?.id ?? crypto.randomUUID(),
    conferenceId: draft.conferenceId,
    agendaItemId: draft.agendaItemId,
    contributionId: inRecord ? draft.id : null,
    original: inRecord?.text ?? '',
    correction: keptCorrection(draft, inRecord, itemTitle, speakerName),
    restricted: isRestricted(draft.restriction) || isRestricted(marking),
    restriction: marking,
    state: 'keeping',
  };
  markFinalised();
  setKept(draft.id, entry);
  // The editor has gone from under the keyboard: the kept text takes its place.
  focusIfLost(`kept-${draft.id}`);
  const input = { conferenceId: entry.conferenceId, id: entry.id, section: 'minutes' as const, entityId: entry.contributionId, original: entry.original, correction: entry.correction, restriction: entry.restriction };
  keepUntilKept(input, (outcome) => {
    const latest = useCapture.getState().kept[draft.id];
    // A later change is on its way: that one says how it went.
    if (latest?.correction !== entry.correction) return;
    setKept(draft.id, { ...latest, state: outcome.kept ? 'kept' : { failed: outcome.error.message } });
  });
}

/**
 * A save refused as locked: by the idle lock (the saver tries again once unlocked), or because
 * the conference has been finalised. Only the conference itself can say; when it is finalised the
 * screen is told too, so it becomes read-only at once.
 */
async function isFinalised(conferenceId: string): Promise<boolean> {
  const result = await api.getConference({ conferenceId });
  if (!result.ok || result.value.status !== 'finalised') return false;
  markFinalised();
  void useConferences.getState().applyChange(Promise.resolve(result));
  return true;
}

function setSaveState(id: string, next: SaveState): void {
  const previous = useCapture.getState().saveStates[id];
  if (previous && JSON.stringify(previous) === JSON.stringify(next)) return;
  useCapture.setState((state) => ({ saveStates: { ...state.saveStates, [id]: next } }));
  // Said once per pause, never per keystroke.
  if (next.kind === 'saved' && previous?.kind === 'saving') announce('Saved');
  if (next.kind === 'retrying' && previous?.kind !== 'retrying') announce(`Not saved: ${next.message} Trying again.`);
  if (next.kind === 'invalid' && (previous?.kind !== 'invalid' || previous.message !== next.message)) announce(`Not saved: ${next.message}`);
  // Said once: the saver never tries again.
  if (next.kind === 'finalised' && previous?.kind !== 'finalised') announce(FINALISED_NOT_SAVED);
}

function applySaved(draft: SaveContribution, saved: Saved): void {
  const { capture, speakers } = useCapture.getState();
  if (!capture) return;
  const key = speakerKey(draft.speaker);
  const speaker = speakers.find((option) => option.key === key);
  const previous = capture.contributions.find((c) => c.id === draft.id);
  const chosen = hasSpeaker(draft.speaker);
  const contribution: Contribution = {
    id: draft.id,
    agendaItemId: draft.agendaItemId,
    speaker: draft.speaker,
    speakerName: chosen ? (speaker?.name ?? previous?.speakerName ?? '') : NO_SPEAKER_YET,
    speakerRole: chosen ? (speaker?.role ?? previous?.speakerRole ?? '') : '',
    kind: draft.kind,
    text: draft.text,
    spokenAt: draft.spokenAt,
    restriction: draft.restriction,
    reportId: draft.reportId,
    version: saved.version,
    updatedAt: saved.savedAt,
  };
  useCapture.setState({ capture: withSavedContribution(capture, contribution) });
}
