import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import { DISSENT_ABOUT, DISSENT_ABOUT_LABELS, DISSENT_KIND_LABELS, DISSENT_KINDS, SaveDissentSchema, type DissentAbout, type DissentKind } from '../../../shared/decision/schema';
import type { Child } from '../../../shared/family/schema';
import { formatDateAndTime, formatIsoDate } from '../../../shared/dates/format';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field, fieldId } from '../app/fields';
import { Radios, useSave } from './parts';

/** Disagreement, and formal dissent with its grounds, against the dissent window. */
export function DissentPanel({ conference, record, child, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly child: Child; readonly editable: boolean }) {
  const dissents = record.dissents.filter((d) => d.childId === child.id);
  const [adding, setAdding] = useState(false);
  return (
    <div className="decision-dissent">
      <h4>Disagreement and dissent</h4>
      {record.dissentWindowEnds && (
        <p className="field__hint">A formal dissent can be raised until {formatDateAndTime(record.dissentWindowEnds.date, record.dissentWindowEnds.time)}.</p>
      )}
      {dissents.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul className="family-plain-list">
          {dissents.map((d) => (
            <li key={d.id}>
              <strong>{DISSENT_KIND_LABELS[d.kind]}</strong> by {d.professionalName} ({d.agency}) about {DISSENT_ABOUT_LABELS[d.about].toLowerCase()}, raised {formatIsoDate(d.raisedOn)} at {d.raisedAt}
              {!d.withinWindow && <span className="tag tag--late"> After the dissent window</span>}: {d.grounds}
              {d.escalatedTo && <> Escalated to {d.escalatedTo}.</>}
              {d.outcome && <> Outcome: {d.outcome}</>}
            </li>
          ))}
        </ul>
      )}
      {editable && !adding && (
        <button type="button" className="button button--secondary" onClick={() => setAdding(true)}>
          Record a disagreement about {child.displayName}
        </button>
      )}
      {editable && adding && <DissentForm conference={conference} child={child} onDone={() => setAdding(false)} />}
    </div>
  );
}

function DissentForm({ conference, child, onDone }: { readonly conference: ConferenceDetail; readonly child: Child; readonly onDone: () => void }) {
  const [draft, setDraft] = useState({
    professionalId: '',
    kind: 'disagreement' as DissentKind,
    about: 'category' as DissentAbout,
    grounds: '',
    raisedOn: conference.details.scheduledDate,
    raisedAt: '',
    escalatedTo: '',
  });
  const [id] = useState(() => crypto.randomUUID());
  const { save, errors, summary } = useSave(SaveDissentSchema, (input) => api.saveDissent(input));
  const change = (part: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...part }));
  const professionals = conference.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [{ id: i.invitee.professionalId, name: i.invitee.name, role: i.invitee.role }] : []));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, id, childId: child.id, ...draft }, 'Disagreement recorded.')) onDone();
  };
  return (
    <form className="form-panel" onSubmit={submit} noValidate aria-label={`Disagreement about ${child.displayName}`}>
      {summary}
      <Field id={fieldId('professionalId')} label="Who disagrees" error={errors['professionalId']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.professionalId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ professionalId: e.target.value })}>
            <option value="">Choose a professional</option>
            {professionals.map((p) => (
              <option key={p.id} value={p.id}>{`${p.name} (${p.role})`}</option>
            ))}
          </select>
        )}
      </Field>
      <Radios
        legend="Is it a formal dissent?"
        hint="A formal dissent is said explicitly (“I dissent”) and is escalated through the agency’s safeguarding lead. The decision stands meanwhile."
        id={fieldId('kind')}
        options={DISSENT_KINDS}
        labels={DISSENT_KIND_LABELS}
        value={draft.kind}
        onChange={(kind) => change({ kind })}
        error={errors['kind']}
      />
      <Radios legend="What it is about" id={fieldId('about')} options={DISSENT_ABOUT} labels={DISSENT_ABOUT_LABELS} value={draft.about} onChange={(about) => change({ about })} error={errors['about']} />
      <Field id={fieldId('grounds')} label="Grounds" error={errors['grounds']}>
        {({ id: inputId, describedBy, invalid }) => <textarea id={inputId} value={draft.grounds} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ grounds: e.target.value })} />}
      </Field>
      <div className="field-row">
        <DateInput id={fieldId('raisedOn')} legend="Date raised" error={errors['raisedOn']} value={draft.raisedOn} onChange={(raisedOn) => change({ raisedOn })} />
        <Field id={fieldId('raisedAt')} label="Time raised" hint="24-hour clock, for example 11:40" error={errors['raisedAt']}>
          {({ id: inputId, describedBy, invalid }) => (
            <input id={inputId} type="text" inputMode="numeric" className="width-5" value={draft.raisedAt} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ raisedAt: e.target.value })} />
          )}
        </Field>
      </div>
      {draft.kind === 'formal-dissent' && (
        <Field id={fieldId('escalatedTo')} label="Escalated to" error={errors['escalatedTo']}>
          {({ id: inputId, describedBy, invalid }) => <input id={inputId} type="text" value={draft.escalatedTo} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ escalatedTo: e.target.value })} />}
        </Field>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Record it
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
