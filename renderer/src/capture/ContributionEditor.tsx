import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { AGENCY_LABELS } from '../../../shared/authority/agencies';
import { CONTRIBUTION_KIND_LABELS, CONTRIBUTION_KINDS, hasSpeaker, NO_SPEAKER_YET, type ContributionKind } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { normaliseTimeOfDay } from '../../../shared/dates/local-date';
import { AudienceField } from '../audience/AudienceField';
import { isRestricted } from '../audience/draft';
import { restrictionLabel } from '../audience/words';
import { activeEditor, focusSoon, type EditorHandle } from './activeEditor';
import { withSpeaker, type ContributionDraft } from './draft';
import { SaveStatus } from './SaveStatus';
// Language checks
import { CheckedTextArea } from '../language/CheckedTextArea';
import { SpeakerPicker } from './SpeakerPicker';
import { speakerKey, type SpeakerOption } from './speakers';
import { announce, closeEditor, rememberDraft, saverFor, useCapture, type EditorSession } from './store';

interface ContributionEditorProps {
  readonly session: EditorSession;
  readonly conference: ConferenceDetail;
}

/**
 * Writing one contribution. The text lives here, not in the store, so typing re-renders only this
 * form; the saver sends it after a pause, on leaving the text box and when the editor closes.
 */
export function ContributionEditor({ session, conference }: ContributionEditorProps) {
  const [draft, setDraft] = useState<ContributionDraft>(session.draft);
  const latest = useRef(draft);
  const saver = useMemo(() => saverFor(session.draft, !session.isNew), [session.draft, session.isNew]);
  const speakers = useCapture((state) => state.speakers);
  const familySafe = useCapture((state) => state.familySafe);
  const saveState = useCapture((state) => state.saveStates[session.draft.id]);
  const errors = saveState?.kind === 'invalid' ? saveState.fields : {};
  const root = useRef<HTMLElement>(null);
  const speakerInput = useRef<HTMLInputElement>(null);
  const id = `contribution-${draft.id}`;
  const idOf = useCallback((path: string) => `${id}-${path.replace(/[^A-Za-z0-9]+/g, '-')}`, [id]);
  const itemKind = conference.agenda.find((item) => item.id === session.draft.agendaItemId)?.kind ?? 'other';
  const chosen = speakers.find((option) => option.key === speakerKey(draft.speaker)) ?? null;
  const noSpeaker = !hasSpeaker(draft.speaker);

  const change = useCallback(
    (next: Partial<ContributionDraft>) => {
      const updated = { ...latest.current, ...next };
      latest.current = updated;
      setDraft(updated);
      saver.update(updated);
    },
    [saver],
  );

  const finish = useCallback(() => {
    saver.flush();
    const state = useCapture.getState().saveStates[latest.current.id];
    if (state?.kind === 'invalid') {
      announce(`Not saved: ${state.message}`);
      const field = Object.keys(state.fields)[0] ?? '';
      // A marking's answers may be drawn only now, as its control opens to show the error.
      focusSoon(fieldTarget(id, idOf, field));
      return;
    }
    // Finishing without a speaker is allowed (the words are saved); the list shows it, and sign-off waits for one.
    if (!hasSpeaker(latest.current.speaker) && latest.current.text.trim() !== '') announce(`${NO_SPEAKER_YET}. Choose who was speaking before the conference is finalised.`);
    closeEditor(latest.current.agendaItemId);
    focusSoon(session.isNew ? 'new-contribution' : `edit-${latest.current.id}`);
  }, [saver, id, idOf, session.isNew]);

  useEffect(() => {
    const handle: EditorHandle = {
      agendaItemId: session.draft.agendaItemId,
      focusSpeaker: () => speakerInput.current?.focus(),
      setSpeaker: (option: SpeakerOption) => {
        change(withSpeaker(latest.current, option.speaker, itemKind));
        document.getElementById(`${id}-text`)?.focus();
      },
      finish,
      contains: (node) => Boolean(node && root.current?.contains(node)),
    };
    activeEditor.set(handle);
    return () => activeEditor.clear(handle);
  }, [change, finish, id, itemKind, session.draft.agendaItemId]);

  // Leaving the screen (another item, another tab) saves what is there and keeps the draft.
  useEffect(
    () => () => {
      saver.flush();
      rememberDraft(latest.current);
    },
    [saver],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      finish();
    } else if (event.key === 'Escape' && !event.defaultPrevented) {
      event.preventDefault();
      finish();
    }
  };

  const restricted = isRestricted(draft.restriction);
  const label = restrictionLabel(draft.restriction, conference);
  const kindHint = itemKind === 'child-views' ? `${id}-kind-hint` : undefined;
  const titleId = `${id}-title`;

  return (
    <section ref={root} className={`capture-editor${restricted ? ' capture-editor--restricted' : ''}`} aria-labelledby={titleId} onKeyDown={onKeyDown}>
      <h3 id={titleId} className="capture-editor__title">
        {session.isNew ? 'New contribution' : noSpeaker ? 'Editing a contribution with no speaker yet' : `Editing the contribution by ${chosen?.name ?? 'this speaker'}`}
      </h3>
      {noSpeaker && (
        <p className="capture-no-speaker" id={`${id}-no-speaker`}>
          <strong>{NO_SPEAKER_YET}.</strong> What you type is saved. Choose who is speaking before the conference is finalised.
        </p>
      )}
      {restricted && <p className="capture-restricted-label">{label}</p>}
      <div className="capture-editor__row">
        <SpeakerPicker ref={speakerInput} id={`${id}-speaker`} options={speakers} chosen={chosen} error={errors['speaker']} describedBy={noSpeaker ? `${id}-no-speaker` : undefined} onPick={(option) => {
          change(withSpeaker(latest.current, option.speaker, itemKind));
          document.getElementById(`${id}-text`)?.focus();
        }} />
        <div className="field">
          <label className="field__label" htmlFor={`${id}-kind`}>
            Kind
          </label>
          {kindHint && (
            <p className="field__hint capture-kind-hint" id={kindHint}>
              The child’s view when a child speaks. If someone passes on what a child said, choose it here.
            </p>
          )}
          <select id={`${id}-kind`} value={draft.kind} aria-describedby={kindHint} onChange={(event) => change({ kind: event.target.value as ContributionKind, kindChosen: true })}>
            {CONTRIBUTION_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {CONTRIBUTION_KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </div>
        <div className={`field${errors['spokenAt'] ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={`${id}-time`}>
            Time
          </label>
          {errors['spokenAt'] && (
            <p className="field__error" id={`${id}-time-error`}>
              <span className="visually-hidden">Error: </span>
              {errors['spokenAt']}
            </p>
          )}
          <input
            id={`${id}-time`}
            className="capture-time"
            type="text"
            inputMode="numeric"
            autoComplete="off"
            aria-invalid={Boolean(errors['spokenAt'])}
            aria-describedby={errors['spokenAt'] ? `${id}-time-error` : undefined}
            value={draft.spokenAt}
            onChange={(event) => change({ spokenAt: event.target.value })}
            onBlur={(event) => {
              const normal = normaliseTimeOfDay(event.target.value);
              if (normal !== draft.spokenAt) change({ spokenAt: normal });
              saver.flush();
            }}
          />
        </div>
      </div>
      {familySafe && restricted ? (
        <p className="notice capture-hidden-note">This contribution is restricted, so its text is hidden on the family-safe screen. It is kept and saved.</p>
      ) : (
        <div className={`field${errors['text'] ? ' field--error' : ''}`}>
          <label className="field__label" htmlFor={`${id}-text`}>
            What was said
          </label>
          {errors['text'] && (
            <p className="field__error" id={`${id}-text-error`}>
              <span className="visually-hidden">Error: </span>
              {errors['text']}
            </p>
          )}
          <CheckedTextArea
            check={{ conferenceId: conference.id, recordKind: 'contribution', recordId: draft.id, field: 'text' }}
            id={`${id}-text`}
            className="capture-editor__text"
            rows={5}
            value={draft.text}
            aria-invalid={Boolean(errors['text'])}
            aria-describedby={[noSpeaker ? `${id}-no-speaker` : '', `${id}-status`, errors['text'] ? `${id}-text-error` : ''].filter(Boolean).join(' ')}
            onChange={(event) => change({ text: event.target.value })}
            onBlur={() => saver.flush()}
          />
        </div>
      )}
      <div className="capture-editor__row">
        <div className="field">
          <label className="field__label" htmlFor={`${id}-report`}>
            Agency report it speaks to (optional)
          </label>
          <select id={`${id}-report`} value={draft.reportId ?? ''} onChange={(event) => change({ reportId: event.target.value || null })}>
            <option value="">None</option>
            {conference.reports.map((report) => (
              <option key={report.id} value={report.id}>
                {report.author} ({AGENCY_LABELS[report.agency]})
              </option>
            ))}
          </select>
        </div>
        <AudienceField path="restriction" idOf={idOf} subject="this contribution" value={draft.restriction} people={conference} errors={errors} onChange={(restriction) => change({ restriction })} />
      </div>
      <div className="capture-editor__footer" id={`${id}-status`}>
        <SaveStatus contributionId={draft.id} />
        <button type="button" className="button button--primary" onClick={finish}>
          Finish <span className="capture-key">(Ctrl+Enter)</span>
        </button>
      </div>
    </section>
  );
}

function fieldTarget(id: string, idOf: (path: string) => string, field: string): string {
  if (field === 'speaker') return `${id}-speaker`;
  if (field === 'spokenAt') return `${id}-time`;
  if (field.startsWith('restriction.')) return idOf(field);
  if (field.startsWith('restriction')) return idOf('restriction');
  return `${id}-text`;
}
