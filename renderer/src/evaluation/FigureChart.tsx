import { Bar, BarChart, CartesianGrid, LabelList, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { percent } from '../../../shared/evaluation/figures';
import type { FigureSection } from '../../../shared/evaluation/sections';

/** The bars' colour: the brand blue, 8.6:1 on white. Every bar is labelled with its count, so colour carries no meaning. */
const BAR = '#1d4e89';
const TEXT = '#0b0c0c';

/**
 * One section of the evaluation: a text summary, a bar chart of its counts, and the same counts as
 * a data table. The chart is hidden from assistive technology and takes no focus; the summary and
 * the table are what a screen reader reads.
 */
export function FigureChart({ section }: { readonly section: FigureSection }) {
  const headingId = `evaluation-${section.id}-heading`;
  const data = section.rows.map((row) => ({ label: row.label, count: row.count }));
  return (
    <section className="evaluation-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{section.title}</h2>
      <p className="evaluation-section__summary" data-testid={`summary-${section.id}`}>
        {section.summary}
      </p>
      <div className="evaluation-section__chart" aria-hidden="true" data-testid={`chart-${section.id}`}>
        <ResponsiveContainer width="100%" height={40 + data.length * 34}>
          <BarChart data={data} layout="vertical" margin={{ top: 8, right: 48, bottom: 8, left: 8 }} accessibilityLayer={false}>
            <CartesianGrid horizontal={false} stroke="#b1b4b6" />
            <XAxis type="number" allowDecimals={false} tick={{ fill: TEXT }} stroke={TEXT} />
            <YAxis type="category" dataKey="label" width={300} tick={{ fill: TEXT, fontSize: 13 }} stroke={TEXT} interval={0} />
            <Bar dataKey="count" fill={BAR} isAnimationActive={false}>
              <LabelList dataKey="count" position="right" fill={TEXT} />
            </Bar>
          </BarChart>
        </ResponsiveContainer>
      </div>
      <table className="table evaluation-section__table">
        <caption>{section.title}: the figures in the chart</caption>
        <thead>
          <tr>
            <th scope="col">Measure</th>
            <th scope="col">Count</th>
            <th scope="col">Out of</th>
            <th scope="col">Share</th>
          </tr>
        </thead>
        <tbody>
          {section.rows.map((row) => {
            const p = row.outOf === null ? null : percent(row.count, row.outOf);
            return (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.count}</td>
                <td>{row.outOf ?? '–'}</td>
                <td>{p === null ? '–' : `${p}%`}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {section.extra && section.extra.rows.length > 0 && (
        <table className="table evaluation-section__table">
          <caption>{section.extra.caption}</caption>
          <thead>
            <tr>
              {section.extra.header.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {section.extra.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, index) =>
                  index === 0 ? (
                    <th scope="row" key={index}>
                      {cell}
                    </th>
                  ) : (
                    <td key={index}>{cell}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
