import { useState, type FormEvent } from 'react';
import { z } from 'zod';
import type { AgencyId } from '../../../shared/authority/agencies';
import { AgencyReportDetailsSchema, REPORT_SHARING, REPORT_SHARING_LABELS, type AgencyReport, type ReportSharing } from '../../../shared/invitations/schema';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { Field } from '../app/fields';
import { ErrorSummary } from '../app/ErrorSummary';
import { submitForm } from '../app/submit';
import { useConferences } from '../conference/store';
import { describeProfessional } from '../professionals/describeProfessional';
import { FormActions } from './FormActions';
import { FormPanel } from './FormPanel';
import { useFormErrors } from './useFormErrors';

/** The same checks the application makes, with a plain message when no one is chosen yet. */
const ReportFormSchema = AgencyReportDetailsSchema.safeExtend({
  professionalId: z.string().min(1, { message: 'Choose whose report this is.' }),
});

export interface ReportAuthor {
  readonly professionalId: string;
  readonly name: string;
  readonly role: string;
  readonly agency: AgencyId;
}

interface AgencyReportFormProps {
  readonly conferenceId: string;
  /** The report being changed, or null for a new one. */
  readonly report: AgencyReport | null;
  /** For a new report: the invited professionals who have no report yet. */
  readonly authors: readonly ReportAuthor[];
  readonly onSaved: (author: string) => void;
  readonly onClose: () => void;
}

const sharedOn = (sharing: ReportSharing | '') => sharing === 'yes' || sharing === 'in-part';
const withheld = (sharing: ReportSharing | '') => sharing === 'no' || sharing === 'in-part';

/** Record when an agency's report came, and whether (and when) it was shared with the family. */
export function AgencyReportForm({ conferenceId, report, authors, onSaved, onClose }: AgencyReportFormProps) {
  const applyChange = useConferences((state) => state.applyChange);
  const [professionalId, setProfessionalId] = useState(report?.professionalId ?? '');
  const [receivedDate, setReceivedDate] = useState(report?.receivedDate ?? '');
  const [sharing, setSharing] = useState<ReportSharing | ''>(report?.sharedWithFamily ?? '');
  const [sharedDate, setSharedDate] = useState(report?.sharedDate ?? '');
  const [reason, setReason] = useState(report?.notSharedReason ?? '');
  const [saving, setSaving] = useState(false);
  const form = useFormErrors('report', report ? 'receivedDate' : 'professionalId');
  const title = report ? `Change ${report.author}’s report` : 'Add a report';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setSaving(true);
    const input = {
      conferenceId,
      professionalId,
      receivedDate,
      sharedWithFamily: sharing === '' ? undefined : sharing,
      // Answers hidden by the choice are not kept: a report not shared has no date shared.
      sharedDate: sharedOn(sharing) ? sharedDate : '',
      notSharedReason: withheld(sharing) ? reason : '',
    };
    const outcome = await submitForm(ReportFormSchema, input, (parsed) => applyChange(api.saveAgencyReport(parsed)));
    setSaving(false);
    if (!outcome.ok) return form.show(outcome);
    onSaved(report?.author ?? authors.find((author) => author.professionalId === professionalId)?.name ?? 'The professional');
  };

  const sharingError = form.errors['sharedWithFamily'];
  const sharingId = form.idFor('sharedWithFamily');
  return (
    <FormPanel id="agency-report" title={title}>
      <div ref={form.summaryRef}>
        <ErrorSummary errors={form.summaryItems} attempt={form.attempt} />
      </div>
      <form onSubmit={(event) => void submit(event)} noValidate>
        {!report && (
          <Field
            id={form.idFor('professionalId')}
            label="Whose report is it?"
            hint="Invited professionals whose report is not recorded yet"
            error={form.errors['professionalId']}
          >
            {({ id, describedBy, invalid }) => (
              <select id={id} value={professionalId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => setProfessionalId(event.target.value)}>
                <option value="">Choose a professional</option>
                {authors.map((author) => (
                  <option key={author.professionalId} value={author.professionalId}>
                    {describeProfessional(author)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <DateInput
          id={form.idFor('receivedDate')}
          legend="Date received"
          hint="For example 13 3 2026. Leave it blank if the report has not arrived yet."
          error={form.errors['receivedDate']}
          value={receivedDate}
          onChange={setReceivedDate}
        />
        <div className={`field${sharingError ? ' field--error' : ''}`}>
          <fieldset className="radios" aria-describedby={sharingError ? `${sharingId}-error` : undefined}>
            <legend className="field__label">Shared with the family?</legend>
            {sharingError && (
              <p className="field__error" id={`${sharingId}-error`}>
                <span className="visually-hidden">Error: </span>
                {sharingError}
              </p>
            )}
            {REPORT_SHARING.map((value, index) => (
              <div className="radio" key={value}>
                <input
                  type="radio"
                  id={index === 0 ? sharingId : `${sharingId}-${value}`}
                  name="report-shared-with-family"
                  value={value}
                  checked={sharing === value}
                  onChange={() => setSharing(value)}
                />
                <label htmlFor={index === 0 ? sharingId : `${sharingId}-${value}`}>{REPORT_SHARING_LABELS[value]}</label>
              </div>
            ))}
          </fieldset>
        </div>
        {sharedOn(sharing) && (
          <DateInput
            id={form.idFor('sharedDate')}
            legend="Date shared with the family"
            hint="For example 17 3 2026"
            error={form.errors['sharedDate']}
            value={sharedDate}
            onChange={setSharedDate}
          />
        )}
        {withheld(sharing) && (
          <Field
            id={form.idFor('notSharedReason')}
            label={sharing === 'in-part' ? 'Why was part of the report not shared?' : 'Why was the report not shared?'}
            hint="For example, police information that cannot be shared while an investigation continues"
            error={form.errors['notSharedReason']}
          >
            {({ id, describedBy, invalid }) => (
              <textarea id={id} value={reason} rows={3} aria-describedby={describedBy} aria-invalid={invalid} onChange={(event) => setReason(event.target.value)} />
            )}
          </Field>
        )}
        <FormActions submitLabel="Save report" savingLabel="Saving…" saving={saving} closes={title.toLowerCase()} onClose={onClose} />
      </form>
    </FormPanel>
  );
}
