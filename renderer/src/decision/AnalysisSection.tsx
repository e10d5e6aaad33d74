import type { ConferenceDetail } from '../../../shared/conference/details';
import { ANALYSIS_COLUMNS, COLUMN_HEADINGS, COLUMN_OF, type AnalysisColumn } from '../../../shared/decision/analysis';
import type { DecisionRecord } from '../../../shared/decision/record';
import { PRACTICE_MODEL_LABELS } from '../../../shared/authority/settings';
import { ErrorMessage } from '../app/ErrorMessage';
import { Announcer } from '../family/Announcer';
import { FinalisedNotice } from './parts';
import { ScalesPanel } from './ScalesPanel';
import { StatementForm } from './StatementForm';
import { StatementItem } from './StatementItem';
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
              <h3 id={`column-${column}`} tabIndex={-1}>
                {headings[column]}
              </h3>
              <StatementList conference={conference} record={value} column={column} editable={editable} />
            </section>
          ))}
        </div>
        {editable && <StatementForm conference={conference} record={value} />}
        <ScalesPanel conference={conference} record={value} editable={editable} />
      </section>
    </Announcer>
  );
}

function StatementList({ conference, record, column, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly column: AnalysisColumn; readonly editable: boolean }) {
  const statements = record.statements.filter((s) => COLUMN_OF[s.kind] === column);
  if (statements.length === 0) return <p className="empty-state">Nothing recorded yet.</p>;
  return (
    <ul className="analysis-list">
      {statements.map((statement) => (
        <StatementItem key={statement.id} conference={conference} record={record} statement={statement} editable={editable} focusAfterRemove={`column-${column}`} />
      ))}
    </ul>
  );
}
