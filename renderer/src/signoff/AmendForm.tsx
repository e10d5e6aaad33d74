import { useEffect, useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { FOR_EVERYONE } from '../../../shared/audience/restriction';
import { AMENDMENT_SECTION_LABELS, AMENDMENT_SECTIONS, AmendSchema, type AmendmentSection } from '../../../shared/decision/signoff';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { restrictionDraftOf, restrictionInput, type RestrictionDraft } from '../audience/draft';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { useSave } from '../decision/parts';
import { RemovalConfirmation } from '../app/RemovalConfirmation';
import { useAnnounce } from '../family/Announcer';
import { amendableItems } from './amendableItems';
import type { AmendmentStart } from './amendmentStart';

interface AmendFormProps {
  readonly conference: ConferenceDetail;
  readonly record: DecisionRecord;
  /** Filled in from another screen or from text kept after sign-off; null for a blank form. */
  readonly start: AmendmentStart | null;
  /** Sent here from the minutes: the keyboard starts at this form. */
  readonly focusOnArrival: boolean;
  /** Other texts kept after sign-off, waiting their turn. */
  readonly moreKept: number;
  /** The amendment was recorded, or the kept text discarded. */
  readonly onDone: () => void;
}

/**
 * A correction after sign-off: the part of the record, the item it corrects (so it is shown
 * beside that item), what the record says now, the correction and why. Text typed into the minutes
 * after sign-off arrives here kept, and stays kept until it is recorded or discarded.
 */
export function AmendForm({ conference, record, start, focusOnArrival, moreKept, onDone }: AmendFormProps) {
  const empty = { section: 'plan' as AmendmentSection, entityId: '', original: '', correction: '', reason: '' };
  const [draft, setDraft] = useState(() =>
    start ? { section: start.section, entityId: start.entityId ?? '', original: start.original, correction: start.correction, reason: '' } : empty,
  );
  const [id, setId] = useState(() => start?.id ?? crypto.randomUUID());
  const [discarding, setDiscarding] = useState(false);
  // Until the chair chooses, a correction is for whoever may see the item it corrects.
  const [chosen, setRestriction] = useState<RestrictionDraft | null>(() => (start?.restriction ? restrictionDraftOf(start.restriction) : null));
  const announce = useAnnounce();
  const kept = start?.kept === true && id === start.id;
  useEffect(() => {
    // After the screen's own move to its heading.
    if (focusOnArrival) requestAnimationFrame(() => document.getElementById('amend-heading')?.focus());
  }, [focusOnArrival]);
  const { save, errors, summary, fid } = useSave(AmendSchema, (input) => api.amendConference(input), '', 'amend');
  const all = amendableItems(conference, record);
  const items = all.filter((item) => item.section === draft.section);
  const groups = [...new Set(items.map((item) => item.group))];
  const textOf = (entityId: string) => all.find((item) => item.id === entityId)?.text ?? '';
  const restriction = chosen ?? restrictionDraftOf(all.find((item) => item.id === draft.entityId)?.restriction ?? FOR_EVERYONE);
  const chooseItem = (entityId: string) =>
    setDraft((current) => ({
      ...current,
      entityId,
      // Offer what the record says now, unless the chair has already written something else.
      original: current.original === '' || current.original === textOf(current.entityId) ? textOf(entityId) : current.original,
    }));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, id, ...draft, entityId: draft.entityId || null, restriction: restrictionInput(restriction) }, 'Amendment recorded.')) {
      setDraft({ ...empty, section: draft.section });
      setRestriction(null);
      setId(crypto.randomUUID());
      onDone();
    }
  };
  return (
    <form className="panel form-panel" onSubmit={submit} noValidate aria-labelledby="amend-heading">
      <h3 id="amend-heading" tabIndex={-1}>
        Record a correction (amendment)
      </h3>
      {kept && (
        <div className="notice notice--warning" data-testid="amend-kept">
          <p>
            <strong>This starts from what was typed into the minutes after the conference was finalised.</strong> It could not change the minutes, so it is kept here
            until you record it as an amendment or discard it. Check the correction and give the reason.
          </p>
          {moreKept > 0 && <p>{moreKept === 1 ? 'One more kept text follows when this one is done.' : `${moreKept} more kept texts follow, one at a time.`}</p>}
        </div>
      )}
      {summary}
      <Field id={fid('section')} label="Part of the record" error={errors['section']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select
            id={inputId}
            value={draft.section}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => setDraft({ ...draft, section: e.target.value as AmendmentSection, entityId: '', original: draft.original === textOf(draft.entityId) ? '' : draft.original })}
          >
            {AMENDMENT_SECTIONS.map((s) => (
              <option key={s} value={s}>
                {AMENDMENT_SECTION_LABELS[s]}
              </option>
            ))}
          </select>
        )}
      </Field>
      {items.length > 0 && (
        <Field id={fid('entityId')} label="What it corrects" hint="The correction is shown beside this item on its page." error={errors['entityId']}>
          {({ id: inputId, describedBy, invalid }) => (
            <select id={inputId} value={draft.entityId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => chooseItem(e.target.value)}>
              <option value="">{`${AMENDMENT_SECTION_LABELS[draft.section]} in general`}</option>
              {groups.map((group) => (
                <optgroup key={group} label={group}>
                  {items
                    .filter((item) => item.group === group)
                    .map((item) => (
                      <option key={item.id} value={item.id}>
                        {item.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id={fid('original')} label="What the record says now" error={errors['original']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.original} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, original: e.target.value })} />}
      </Field>
      <Field id={fid('correction')} label="The correction" error={errors['correction']}>
        {({ id: inputId, describedBy, invalid }) => <CheckedTextArea id={inputId} value={draft.correction} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, correction: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'amendment', recordId: id, field: 'correction' }} ignorable={false} />}
      </Field>
      <Field id={fid('reason')} label="Reason for the correction" error={errors['reason']}>
        {({ id: inputId, describedBy, invalid }) => <CheckedTextArea id={inputId} value={draft.reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'amendment', recordId: id, field: 'reason' }} ignorable={false} />}
      </Field>
      <AudienceField path="restriction" idOf={fid} subject="the correction" value={restriction} people={conference} errors={errors} onChange={setRestriction} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Record the amendment
        </button>
        {kept && !discarding && (
          <button type="button" id="discard-kept" className="button button--secondary" onClick={() => setDiscarding(true)}>
            Discard the kept text
          </button>
        )}
      </div>
      {kept && discarding && (
        <RemovalConfirmation
          name="the kept text"
          consequence="What was typed into the minutes after sign-off will no longer be kept. The record itself does not change."
          remove={() => api.discardKeptForAmendment({ conferenceId: conference.id, id })}
          onRemoved={() => {
            announce('The kept text was discarded.');
            onDone();
            // The form starts again (with the next kept text, if any): the keyboard starts at its heading.
            requestAnimationFrame(() => document.getElementById('amend-heading')?.focus());
          }}
          onCancel={() => {
            setDiscarding(false);
            requestAnimationFrame(() => document.getElementById('discard-kept')?.focus());
          }}
        />
      )}
    </form>
  );
}
