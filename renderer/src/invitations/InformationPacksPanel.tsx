import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { Result } from '../../../shared/contract/result';
import { formatIsoDate } from '../../../shared/dates/format';
import type { InformationPacks } from '../../../shared/documents/information-pack-request';
import type { MadeDocument } from '../../../shared/documents/request';
import { SaveFamilyReasonSchema } from '../../../shared/invitations/family-reason';
import { api } from '../api/client';
import { ErrorSummary } from '../app/ErrorSummary';
import { Field, fieldId } from '../app/fields';
import { submitForm, type FieldErrors } from '../app/submit';
import { AudienceField } from '../audience/AudienceField';
import { restrictionDraftOf, restrictionInput, type RestrictionDraft } from '../audience/draft';
import { MadeDocumentPanel } from '../documents/MadeDocumentPanel';
import { CheckedTextArea } from '../language/CheckedTextArea';
import { useAnnouncer } from './announcer';

const fid = (path: string) => fieldId(`pack.${path}`);

/** "Made on Thu 12 Mar 2026", from an ISO time, in UK local date. */
function madeOn(at: string): string {
  const day = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date(at));
  return formatIsoDate(day);
}

/**
 * The family's information pack before the meeting (issue 17): the chair's reason for the
 * conference in plain words, marked like every other text, and a pack to make for each parent or
 * carer invited and each young person, with the day one last went out.
 */
export function InformationPacksPanel({ conference }: { readonly conference: ConferenceDetail }) {
  const [packs, setPacks] = useState<Result<InformationPacks> | null>(null);
  const load = useCallback(() => {
    void api.getInformationPacks({ conferenceId: conference.id }).then(setPacks);
  }, [conference.id]);
  useEffect(load, [load, conference.updatedAt]);
  if (packs === null) return null;
  if (!packs.ok) return <p className="field__error">{packs.error.message}</p>;
  return (
    <section className="panel" aria-labelledby="packs-heading">
      <h2 id="packs-heading">Information packs for the family</h2>
      <p>A personal pack for each parent or carer invited and each young person: what the conference is, why it is happening, when and where, who is invited, what they can ask for, the reports shared with them so far, and a page for their views.</p>
      <ReasonForm conference={conference} packs={packs.value} onSaved={setPacks} />
      <PackList conferenceId={conference.id} packs={packs.value} onMade={load} />
    </section>
  );
}

function ReasonForm({ conference, packs, onSaved }: { readonly conference: ConferenceDetail; readonly packs: InformationPacks; readonly onSaved: (packs: Result<InformationPacks>) => void }) {
  const [reason, setReason] = useState(packs.reason.reason);
  const [restriction, setRestriction] = useState<RestrictionDraft>(() => restrictionDraftOf(packs.reason.restriction));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const announce = useAnnouncer((state) => state.announce);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const outcome = await submitForm(SaveFamilyReasonSchema, { conferenceId: conference.id, reason, restriction: restrictionInput(restriction) }, (input) => api.saveFamilyReason(input));
    if (outcome.ok) {
      setErrors({});
      setMessage(null);
      announce('The reason for the family is saved.');
      onSaved({ ok: true, value: outcome.value });
      return;
    }
    setErrors(outcome.fields);
    setMessage(outcome.message);
    setAttempt((count) => count + 1);
  };
  const summary = [...(message ? [{ message }] : []), ...Object.entries(errors).map(([path, text]) => ({ fieldId: fid(path), message: text }))];
  return (
    <form onSubmit={(event) => void submit(event)} noValidate aria-labelledby="pack-reason-heading">
      <h3 id="pack-reason-heading">Why this conference is happening</h3>
      <ErrorSummary errors={summary} attempt={attempt} level={4} />
      <Field id={fid('reason')} label="In plain words for the family" hint="Short sentences and everyday words. Without it, the pack says their social worker will explain." error={errors['reason']}>
        {({ id, describedBy, invalid }) => (
          <CheckedTextArea
            id={id}
            rows={4}
            value={reason}
            aria-describedby={describedBy}
            aria-invalid={invalid}
            onChange={(e) => setReason(e.target.value)}
            check={{ conferenceId: conference.id, recordKind: 'conference', recordId: conference.id, field: 'familyReason' }}
          />
        )}
      </Field>
      <AudienceField path="restriction" idOf={fid} subject="the reason" value={restriction} people={conference} errors={errors} onChange={setRestriction} />
      <div className="form__actions">
        <button type="submit" className="button button--secondary">
          Save the reason
        </button>
      </div>
    </form>
  );
}

function PackList({ conferenceId, packs, onMade }: { readonly conferenceId: string; readonly packs: InformationPacks; readonly onMade: () => void }) {
  const [made, setMade] = useState<{ readonly name: string; readonly document: MadeDocument } | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (made) heading.current?.focus();
  }, [made]);
  const make = async (recipientId: string, name: string) => {
    if (busy) return;
    setBusy(recipientId);
    setError(null);
    const result = await api.makeDocument({ conferenceId, kind: 'information-pack', recipientId });
    setBusy(null);
    if (result.ok) {
      setMade({ name, document: result.value });
      onMade();
      return;
    }
    setError(result.error.fields?.['recipientId'] ?? result.error.message);
    setAttempt((count) => count + 1);
  };
  return (
    <>
      <h3>Packs to make</h3>
      {packs.recipients.length === 0 && <p>Invite a parent or carer first. A young person aged 10 or over can have their own pack too.</p>}
      <ErrorSummary errors={error ? [{ message: error }] : []} attempt={attempt} level={4} />
      <ul className="packs-list">
        {packs.recipients.map((recipient) => (
          <li key={recipient.id}>
            <span>
              <strong>{recipient.name}</strong> ({recipient.kind === 'child' ? 'young person' : 'parent or carer'}):{' '}
              <span data-testid={`pack-status-${recipient.id}`}>{recipient.lastMadeAt ? `went out ${madeOn(recipient.lastMadeAt)}` : 'not made yet'}</span>
            </span>
            <button type="button" className="button button--secondary" aria-disabled={busy !== null || undefined} aria-busy={busy === recipient.id || undefined} onClick={() => void make(recipient.id, recipient.name)}>
              Make the information pack for {recipient.name}
            </button>
          </li>
        ))}
      </ul>
      {made && <MadeDocumentPanel ref={heading} made={made.document} name={`the information pack for ${made.name}`} headingId="pack-made-heading" />}
    </>
  );
}
