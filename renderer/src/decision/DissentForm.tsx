import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { DISSENT_ABOUT, DISSENT_ABOUT_LABELS, DISSENT_KIND_LABELS, DISSENT_KINDS, SaveDissentSchema, type Dissent, type DissentAbout, type DissentKind } from '../../../shared/decision/schema';
import type { Child } from '../../../shared/family/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field } from '../app/fields';
import { AudienceField } from '../audience/AudienceField';
import { FOR_EVERYONE_DRAFT, restrictionDraftOf, restrictionInput } from '../audience/draft';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { Radios, useSave } from './parts';
import { withRole } from '../../../shared/people/roles';

interface DissentFormProps {
  readonly conference: ConferenceDetail;
  readonly child: Child;
  /** Given when changing a disagreement in place. */
  readonly existing?: Dissent;
  readonly name?: string;
  readonly formId?: string;
  readonly onDone: () => void;
}

/** Records a disagreement or a formal dissent about one child's decision, or changes one. */
export function DissentForm({ conference, child, existing, name = '', formId, onDone }: DissentFormProps) {
  const [draft, setDraft] = useState({
    professionalId: existing?.professionalId ?? '',
    kind: existing?.kind ?? ('disagreement' as DissentKind),
    about: existing?.about ?? ('category' as DissentAbout),
    grounds: existing?.grounds ?? '',
    raisedOn: existing?.raisedOn ?? conference.details.scheduledDate,
    raisedAt: existing?.raisedAt ?? '',
    escalatedTo: existing?.escalatedTo ?? '',
    outcome: existing?.outcome ?? '',
    restriction: existing ? restrictionDraftOf(existing.restriction) : FOR_EVERYONE_DRAFT,
  });
  const [id] = useState(() => existing?.id ?? crypto.randomUUID());
  const { save, errors, summary, fid } = useSave(SaveDissentSchema, (input) => api.saveDissent(input), '', `dissent-${id}`);
  const change = (part: Partial<typeof draft>) => setDraft((current) => ({ ...current, ...part }));
  const professionals = conference.invitations.flatMap((i) => (i.invitee.kind === 'professional' ? [{ id: i.invitee.professionalId, name: i.invitee.name, role: i.invitee.role }] : []));
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (await save({ conferenceId: conference.id, id, childId: child.id, ...draft, restriction: restrictionInput(draft.restriction) }, existing ? `Saved ${name}.` : 'Disagreement recorded.')) onDone();
  };
  return (
    <form id={formId} className="form-panel" onSubmit={submit} noValidate aria-label={existing ? `Change ${name}` : `Disagreement about ${child.displayName}`}>
      {summary}
      <Field id={fid('professionalId')} label="Who disagrees" error={errors['professionalId']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.professionalId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ professionalId: e.target.value })}>
            <option value="">Choose a professional</option>
            {professionals.map((p) => (
              <option key={p.id} value={p.id}>{withRole(p.name, p.role)}</option>
            ))}
          </select>
        )}
      </Field>
      <Radios
        legend="Is it a formal dissent?"
        hint="A formal dissent is said explicitly (“I dissent”) and is escalated through the agency’s safeguarding lead. The decision stands meanwhile."
        id={fid('kind')}
        options={DISSENT_KINDS}
        labels={DISSENT_KIND_LABELS}
        value={draft.kind}
        onChange={(kind) => change({ kind })}
        error={errors['kind']}
      />
      <Radios legend="What it is about" id={fid('about')} options={DISSENT_ABOUT} labels={DISSENT_ABOUT_LABELS} value={draft.about} onChange={(about) => change({ about })} error={errors['about']} />
      <Field id={fid('grounds')} label="Grounds" error={errors['grounds']}>
        {({ id: inputId, describedBy, invalid }) => <CheckedTextArea id={inputId} value={draft.grounds} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ grounds: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'dissent', recordId: id, field: 'grounds' }} ignorable={existing !== undefined} />}
      </Field>
      <div className="field-row">
        <DateInput id={fid('raisedOn')} legend="Date raised" error={errors['raisedOn']} value={draft.raisedOn} onChange={(raisedOn) => change({ raisedOn })} />
        <Field id={fid('raisedAt')} label="Time raised" hint="24-hour clock, for example 11:40" error={errors['raisedAt']}>
          {({ id: inputId, describedBy, invalid }) => (
            <input id={inputId} type="text" inputMode="numeric" className="width-5" value={draft.raisedAt} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ raisedAt: e.target.value })} />
          )}
        </Field>
      </div>
      {draft.kind === 'formal-dissent' && (
        <>
          <Field id={fid('escalatedTo')} label="Escalated to" error={errors['escalatedTo']}>
            {({ id: inputId, describedBy, invalid }) => <input id={inputId} type="text" value={draft.escalatedTo} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ escalatedTo: e.target.value })} />}
          </Field>
          <Field id={fid('outcome')} label="Outcome (once known)" error={errors['outcome']}>
            {({ id: inputId, describedBy, invalid }) => <CheckedTextArea id={inputId} value={draft.outcome} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => change({ outcome: e.target.value })} check={{ conferenceId: conference.id, recordKind: 'dissent', recordId: id, field: 'outcome' }} ignorable={existing !== undefined} />}
          </Field>
        </>
      )}
      <AudienceField path="restriction" idOf={fid} subject="the disagreement" value={draft.restriction} people={conference} errors={errors} onChange={(restriction) => change({ restriction })} />
      <div className="button-row">
        <button type="submit" className="button button--primary">
          {existing ? 'Save' : 'Record it'}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
