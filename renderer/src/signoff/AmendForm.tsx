import { useState, type FormEvent } from 'react';
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
import { amendableItems } from './amendableItems';

/**
 * A correction after sign-off: the part of the record, the item it corrects (so it is shown
 * beside that item), what the record says now, the correction and why.
 */
export function AmendForm({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const empty = { section: 'plan' as AmendmentSection, entityId: '', original: '', correction: '', reason: '' };
  const [draft, setDraft] = useState(empty);
  const [id, setId] = useState(() => crypto.randomUUID());
  // Until the chair chooses, a correction is for whoever may see the item it corrects.
  const [chosen, setRestriction] = useState<RestrictionDraft | null>(null);
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
    }
  };
  return (
    <form className="panel form-panel" onSubmit={submit} noValidate aria-labelledby="amend-heading">
      <h3 id="amend-heading">Record a correction (amendment)</h3>
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
      </div>
    </form>
  );
}
