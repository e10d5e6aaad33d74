import { useState } from 'react';
import type { ConferenceDetail } from '../../../shared/conference/details';
import type { DecisionRecord } from '../../../shared/decision/record';
import type { Child } from '../../../shared/family/schema';
import { formatDateAndTime } from '../../../shared/dates/format';
import { DissentForm } from './DissentForm';
import { DissentItem } from './DissentItem';
import { usePendingFocus } from './usePendingFocus';

/** Disagreement, and formal dissent with its grounds, against the dissent window. */
export function DissentPanel({ conference, record, child, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly child: Child; readonly editable: boolean }) {
  const dissents = record.dissents.filter((d) => d.childId === child.id);
  const [adding, setAdding] = useState(false);
  const focusLater = usePendingFocus();
  const headingId = `dissent-${child.id}-heading`;
  const addId = `dissent-${child.id}-add`;
  const formId = `dissent-${child.id}-form`;
  return (
    <div className="decision-dissent">
      <h4 id={headingId} tabIndex={-1}>
        Disagreement and dissent
      </h4>
      {record.dissentWindowEnds && (
        <p className="field__hint">A formal dissent can be raised until {formatDateAndTime(record.dissentWindowEnds.date, record.dissentWindowEnds.time)}.</p>
      )}
      {dissents.length === 0 ? (
        <p>None recorded.</p>
      ) : (
        <ul className="family-plain-list">
          {dissents.map((d) => (
            <DissentItem key={d.id} conference={conference} child={child} dissent={d} editable={editable} focusAfterRemove={headingId} />
          ))}
        </ul>
      )}
      {editable && !adding && (
        <button type="button" id={addId} className="button button--secondary" onClick={() => {
            setAdding(true);
            focusLater(formId, true);
          }}>
          Record a disagreement about {child.displayName}
        </button>
      )}
      {editable && adding && (
        <DissentForm
          conference={conference}
          child={child}
          formId={formId}
          onDone={() => {
            setAdding(false);
            focusLater(addId);
          }}
        />
      )}
    </div>
  );
}
