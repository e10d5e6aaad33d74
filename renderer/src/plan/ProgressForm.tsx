import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { ACTION_PROGRESS, ACTION_PROGRESS_LABELS, OUTCOME_PROGRESS, OUTCOME_PROGRESS_LABELS, SaveActionSchema, SaveOutcomeSchema, type Action, type Outcome } from '../../../shared/plan/schema';
import { api } from '../api/client';
import { Field } from '../app/fields';
import { Radios, useSave } from '../decision/parts';

export type ProgressItem = { readonly kind: 'outcome'; readonly outcome: Outcome } | { readonly kind: 'action'; readonly action: Action };

/** At a review: progress on each outcome and action carried forward from the last plan. */
export function ProgressForm({ conference, item, editable }: { readonly conference: ConferenceDetail; readonly item: ProgressItem; readonly editable: boolean }) {
  const current = item.kind === 'outcome' ? item.outcome : item.action;
  const [progress, setProgress] = useState<string>(current.progress);
  const [note, setNote] = useState(current.progressNote);
  const outcomeSave = useSave(SaveOutcomeSchema, (input) => api.saveOutcome(input));
  const actionSave = useSave(SaveActionSchema, (input) => api.saveAction(input));
  const label = item.kind === 'outcome' ? OUTCOME_PROGRESS_LABELS[item.outcome.progress] : ACTION_PROGRESS_LABELS[item.action.progress];
  if (!editable)
    return (
      <p>
        Progress: {label}
        {current.progressNote && ` — ${current.progressNote}`}
      </p>
    );
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (item.kind === 'outcome') {
      const o = item.outcome;
      // The outcome is saved whole, so its marking goes with it unchanged.
      const outcome = { id: o.id, text: o.text, measure: o.measure, childIds: o.childIds, dangerStatementId: o.dangerStatementId, restriction: o.restriction };
      await outcomeSave.save({ conferenceId: conference.id, ...outcome, progress, progressNote: note }, 'Progress saved.');
    } else {
      const a = item.action;
      const action = { id: a.id, outcomeId: a.outcomeId, what: a.what, owners: a.owners, dueDate: a.dueDate ?? '', frequency: a.frequency, reportsTo: a.reportsTo, restriction: a.restriction };
      await actionSave.save({ conferenceId: conference.id, ...action, progress, progressNote: note }, 'Progress saved.');
    }
  };
  const prefix = `progress-${current.id.slice(0, 8)}`;
  return (
    <form className="plan-progress" onSubmit={submit} noValidate aria-label={`Progress on ${item.kind === 'outcome' ? `the outcome “${item.outcome.text.slice(0, 60)}”` : `the action “${item.action.what.slice(0, 60)}”`}`}>
      {item.kind === 'outcome' ? outcomeSave.summary : actionSave.summary}
      {item.kind === 'outcome' ? (
        <Radios legend="Progress since the last conference" id={prefix} options={OUTCOME_PROGRESS} labels={OUTCOME_PROGRESS_LABELS} value={progress as Outcome['progress']} onChange={setProgress} />
      ) : (
        <Radios legend="Progress since the last conference" id={prefix} options={ACTION_PROGRESS} labels={ACTION_PROGRESS_LABELS} value={progress as Action['progress']} onChange={setProgress} />
      )}
      <Field id={`${prefix}-note`} label="What has happened">
        {({ id, describedBy }) => <textarea id={id} value={note} aria-describedby={describedBy} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--secondary">
        Save progress
      </button>
    </form>
  );
}
