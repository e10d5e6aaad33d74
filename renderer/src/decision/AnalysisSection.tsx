import { useState, type FormEvent } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import {
  ANALYSIS_COLUMNS,
  COLUMN_HEADINGS,
  COLUMN_OF,
  SaveScaleSchema,
  SaveStatementSchema,
  SCALE_QUESTION,
  STATEMENT_KIND_LABELS,
  STATEMENT_KINDS,
  type AnalysisColumn,
  type StatementKind,
} from '../../../shared/decision/analysis';
import type { DecisionRecord } from '../../../shared/decision/record';
import { PRACTICE_MODEL_LABELS } from '../../../shared/authority/settings';
import { api } from '../api/client';
import { ErrorMessage } from '../app/ErrorMessage';
import { Field, fieldId } from '../app/fields';
import { Announcer } from '../family/Announcer';
import { AmendmentNotes, FinalisedNotice, peopleOptions, refOf, useSave } from './parts';
import { useRecordFor } from './store';

/** The analysis in the authority's practice model: worries, what is working well, what needs to happen, and the scales. */
export function AnalysisSection({ conference }: { readonly conference: ConferenceDetail }) {
  const record = useRecordFor(conference.id, conference.updatedAt);
  if (record.state === 'failed') return <ErrorMessage error={record.error} />;
  if (record.state === 'loading') return <p aria-live="polite">Loading the analysis…</p>;
  const value = record.value;
  const headings = COLUMN_HEADINGS[value.practiceModel];
  const editable = value.status !== 'finalised';
  return (
    <Announcer>
      <section aria-labelledby="analysis-heading">
        <h2 id="analysis-heading">Analysis</h2>
        <p>Practice model: {PRACTICE_MODEL_LABELS[value.practiceModel]}. Statements can be written in the family’s own words; say whose words they are.</p>
        {!editable && <FinalisedNotice conference={conference} />}
        <div className="analysis-columns">
          {ANALYSIS_COLUMNS.map((column) => (
            <section key={column} className="panel analysis-column" aria-labelledby={`column-${column}`}>
              <h3 id={`column-${column}`}>{headings[column]}</h3>
              <StatementList record={value} column={column} />
            </section>
          ))}
        </div>
        {editable && <StatementForm conference={conference} record={value} />}
        <ScalesPanel conference={conference} record={value} editable={editable} />
      </section>
    </Announcer>
  );
}

function StatementList({ record, column }: { readonly record: DecisionRecord; readonly column: AnalysisColumn }) {
  const statements = record.statements.filter((s) => COLUMN_OF[s.kind] === column);
  if (statements.length === 0) return <p className="empty-state">Nothing recorded yet.</p>;
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  return (
    <ul className="analysis-list">
      {statements.map((statement) => {
        const paired = dangers.findIndex((d) => d.id === statement.pairedDangerId);
        return (
          <li key={statement.id} className="analysis-statement">
            <p className="analysis-statement__kind">
              <strong>{STATEMENT_KIND_LABELS[statement.kind].split(' (')[0]}</strong>
              {statement.kind === 'danger' && ` ${dangers.indexOf(statement) + 1}`}
              {paired >= 0 && ` (answers danger statement ${paired + 1})`}
            </p>
            <p className="family-pre-line">{statement.text}</p>
            {statement.inFamilysWords && <p className="field__hint">In {statement.whoseWords}’s words</p>}
            <AmendmentNotes amendments={record.amendments} entityId={statement.id} />
          </li>
        );
      })}
    </ul>
  );
}

function StatementForm({ conference, record }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord }) {
  const empty = { kind: 'danger' as StatementKind, text: '', pairedDangerId: '', inFamilysWords: false, whoseWords: '' };
  const [draft, setDraft] = useState(empty);
  const [id, setId] = useState(() => crypto.randomUUID());
  const { save, errors, summary } = useSave(SaveStatementSchema, (input) => api.saveStatement(input));
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const headings = COLUMN_HEADINGS[record.practiceModel];
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await save({ ...draft, conferenceId: conference.id, id, pairedDangerId: draft.kind === 'safety-goal' ? draft.pairedDangerId || null : null }, 'Statement added.');
    if (ok) {
      setDraft({ ...empty, kind: draft.kind });
      setId(crypto.randomUUID());
    }
  };
  return (
    <form className="panel form-panel" onSubmit={submit} noValidate aria-labelledby="statement-form-heading">
      <h3 id="statement-form-heading">Add a statement</h3>
      {summary}
      <Field id={fieldId('kind')} label="What kind of statement" error={errors['kind']}>
        {({ id: inputId, describedBy, invalid }) => (
          <select id={inputId} value={draft.kind} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, kind: e.target.value as StatementKind })}>
            {ANALYSIS_COLUMNS.map((column) => (
              <optgroup key={column} label={headings[column]}>
                {STATEMENT_KINDS.filter((k) => COLUMN_OF[k] === column).map((kind) => (
                  <option key={kind} value={kind}>
                    {STATEMENT_KIND_LABELS[kind]}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        )}
      </Field>
      {draft.kind === 'safety-goal' && (
        <Field id={fieldId('pairedDangerId')} label="The danger statement this safety goal answers" error={errors['pairedDangerId']}>
          {({ id: inputId, describedBy, invalid }) => (
            <select id={inputId} value={draft.pairedDangerId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, pairedDangerId: e.target.value })}>
              <option value="">Choose a danger statement</option>
              {dangers.map((d, index) => (
                <option key={d.id} value={d.id}>
                  {`${index + 1}: ${d.text.slice(0, 80)}`}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field id={fieldId('text')} label="Statement" error={errors['text']}>
        {({ id: inputId, describedBy, invalid }) => (
          <textarea id={inputId} value={draft.text} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, text: e.target.value })} />
        )}
      </Field>
      <div className="checkbox">
        <input type="checkbox" id="statement-family-words" checked={draft.inFamilysWords} onChange={(e) => setDraft({ ...draft, inFamilysWords: e.target.checked })} />
        <label htmlFor="statement-family-words">Written in the family’s own words</label>
      </div>
      {draft.inFamilysWords && (
        <Field id={fieldId('whoseWords')} label="Whose words" hint="For example Danielle, or Ruby." error={errors['whoseWords']}>
          {({ id: inputId, describedBy, invalid }) => (
            <input id={inputId} type="text" value={draft.whoseWords} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, whoseWords: e.target.value })} />
          )}
        </Field>
      )}
      <div className="button-row">
        <button type="submit" className="button button--primary">
          Add statement
        </button>
      </div>
    </form>
  );
}

function ScalesPanel({ conference, record, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly editable: boolean }) {
  const dangers = record.statements.filter((s) => s.kind === 'danger');
  const [draft, setDraft] = useState({ rater: '', dangerStatementId: '', score: '', reason: '' });
  const [id, setId] = useState(() => crypto.randomUUID());
  const { save, errors, summary } = useSave(SaveScaleSchema, (input) => api.saveScale(input));
  const options = peopleOptions(conference, true);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const ok = await save(
      { conferenceId: conference.id, id, rater: refOf(draft.rater), dangerStatementId: draft.dangerStatementId || null, score: draft.score === '' ? undefined : Number(draft.score), reason: draft.reason },
      'Scale added.',
    );
    if (ok) {
      setDraft({ rater: '', dangerStatementId: draft.dangerStatementId, score: '', reason: '' });
      setId(crypto.randomUUID());
    }
  };
  return (
    <section className="panel" aria-labelledby="scales-heading">
      <h3 id="scales-heading">Safety scales</h3>
      <p>{SCALE_QUESTION}</p>
      {record.scales.length === 0 ? (
        <p className="empty-state">No scales recorded yet.</p>
      ) : (
        <div className="table-scroll">
          <table className="table">
            <caption className="visually-hidden">Safety scales from each person</caption>
            <thead>
              <tr>
                <th scope="col">Who</th>
                <th scope="col">Scale</th>
                <th scope="col">Score (0 to 10)</th>
                <th scope="col">Their reason</th>
              </tr>
            </thead>
            <tbody>
              {record.scales.map((scale) => (
                <tr key={scale.id}>
                  <th scope="row">
                    {scale.raterName}
                    {scale.raterRole && <span className="field__hint"> {scale.raterRole}</span>}
                  </th>
                  <td>{scale.dangerStatementId ? `Danger statement ${dangers.findIndex((d) => d.id === scale.dangerStatementId) + 1}` : 'Overall'}</td>
                  <td>{scale.score}</td>
                  <td>{scale.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && (
        <form onSubmit={submit} noValidate aria-labelledby="scale-form-heading">
          <h4 id="scale-form-heading">Add a scale</h4>
          {summary}
          <Field id={fieldId('rater')} label="Who gave it" error={errors['rater'] ?? errors['rater.kind']}>
            {({ id: inputId, describedBy, invalid }) => (
              <select id={inputId} value={draft.rater} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, rater: e.target.value })}>
                <option value="">Choose a person</option>
                <optgroup label="Professionals">
                  {options.professionals.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Family and network">
                  {options.family.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
                <optgroup label="Children">
                  {options.children.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              </select>
            )}
          </Field>
          <Field id={fieldId('dangerStatementId')} label="What it scales" error={errors['dangerStatementId']}>
            {({ id: inputId, describedBy, invalid }) => (
              <select id={inputId} value={draft.dangerStatementId} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, dangerStatementId: e.target.value })}>
                <option value="">Overall</option>
                {dangers.map((d, index) => (
                  <option key={d.id} value={d.id}>{`Danger statement ${index + 1}`}</option>
                ))}
              </select>
            )}
          </Field>
          <Field id={fieldId('score')} label="Score from 0 to 10" error={errors['score']}>
            {({ id: inputId, describedBy, invalid }) => (
              <input id={inputId} type="text" inputMode="numeric" className="width-2" value={draft.score} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, score: e.target.value })} />
            )}
          </Field>
          <Field id={fieldId('reason')} label="Their reason, in their words" error={errors['reason']}>
            {({ id: inputId, describedBy, invalid }) => (
              <textarea id={inputId} value={draft.reason} aria-describedby={describedBy} aria-invalid={invalid} onChange={(e) => setDraft({ ...draft, reason: e.target.value })} />
            )}
          </Field>
          <div className="button-row">
            <button type="submit" className="button button--primary">
              Add scale
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
