import type { ConferenceDetail } from '../../../shared/conference/details';
import { SCALE_QUESTION } from '../../../shared/decision/analysis';
import type { DecisionRecord } from '../../../shared/decision/record';
import { ScaleForm } from './ScaleForm';
import { ScaleRow } from './ScaleRow';

/** The safety scales from each person, with their reasons. */
export function ScalesPanel({ conference, record, editable }: { readonly conference: ConferenceDetail; readonly record: DecisionRecord; readonly editable: boolean }) {
  return (
    <section className="panel" aria-labelledby="scales-heading">
      <h3 id="scales-heading" tabIndex={-1}>
        Safety scales
      </h3>
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
                {editable && (
                  <th scope="col">
                    <span className="visually-hidden">Change or remove</span>
                  </th>
                )}
              </tr>
            </thead>
            <tbody>
              {record.scales.map((scale) => (
                <ScaleRow key={scale.id} conference={conference} record={record} scale={scale} editable={editable} />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {editable && <ScaleForm conference={conference} record={record} />}
    </section>
  );
}
