import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { CONFERENCE_TYPE_LABELS, CONFERENCE_TYPES, type ConferenceType } from '../../../shared/conference/schema';
import type { Figures } from '../../../shared/evaluation/figures';
import { figureSections } from '../../../shared/evaluation/sections';
import { api } from '../api/client';
import { DateInput } from '../app/DateInput';
import { ErrorSummary, type SummaryError } from '../app/ErrorSummary';
import { Field, fieldId } from '../app/fields';
import { useScreenHeading } from '../app/usePageTitle';
import { useProfessionals } from '../conference/useProfessionals';
import { EvaluationFiles } from './EvaluationFiles';
import { FigureChart } from './FigureChart';

interface Filters {
  readonly from: string;
  readonly to: string;
  readonly type: ConferenceType | '';
  readonly chairId: string;
  readonly team: string;
}

const NO_FILTERS: Filters = { from: '', to: '', type: '', chairId: '', team: '' };
const FIELD_LABELS: Readonly<Record<keyof Filters, string>> = { from: 'From', to: 'To', type: 'Conference type', chairId: 'Chair', team: 'Team' };

type Whose = 'this-computer' | 'imported';

/**
 * How conferences are going (issue 17): the figures for a date range, chair, conference type and
 * team, each section a chart with a text summary and a data table. Loaded on its own (see App.tsx)
 * so the charting library stays out of the rest of the app.
 */
export default function EvaluationScreen() {
  const heading = useScreenHeading('How conferences are going');
  const professionals = useProfessionals();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [whose, setWhose] = useState<Whose>('this-computer');
  const [figures, setFigures] = useState<Figures | null>(null);
  const [importedFigures, setImportedFigures] = useState<Figures | null>(null);
  const [errors, setErrors] = useState<Readonly<Record<string, string>>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [loading, setLoading] = useState(false);

  const load = useCallback(async (next: Filters) => {
    setLoading(true);
    const result = await api.getEvaluationFigures({
      from: next.from === '' ? null : next.from,
      to: next.to === '' ? null : next.to,
      type: next.type === '' ? null : next.type,
      chairId: next.chairId === '' ? null : next.chairId,
      team: next.team,
    });
    setLoading(false);
    if (result.ok) {
      setFigures(result.value);
      setErrors({});
      setRefusal(null);
    } else {
      setErrors(result.error.fields ?? {});
      setRefusal(result.error.fields ? null : result.error.message);
      setAttempt((n) => n + 1);
    }
  }, []);

  const loadImported = useCallback(async () => {
    const result = await api.getEvaluationImports({});
    if (result.ok) setImportedFigures(result.value.combined);
  }, []);

  useEffect(() => {
    void load(NO_FILTERS);
    void loadImported();
  }, [load, loadImported]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void load(filters);
  };

  const problems: SummaryError[] = [
    ...(refusal ? [{ message: refusal }] : []),
    ...(Object.keys(FIELD_LABELS) as (keyof Filters)[]).filter((key) => errors[key]).map((key) => ({ fieldId: fieldId(`evaluation-${key}`), message: errors[key] ?? '' })),
  ];
  const shown = whose === 'this-computer' ? figures : importedFigures;
  const chairs = professionals.filter((p) => p.agency === 'childrens-social-care');

  return (
    <>
      <h1 ref={heading} tabIndex={-1}>
        How conferences are going
      </h1>
      <p>
        Figures across conferences, for the pathfinder’s evaluation and the authority’s own view. They are counts only: no names or
        words from any record. A conference counts in a date range by the day it was held, or the day it is booked for.
      </p>
      <ErrorSummary errors={problems} attempt={attempt} />
      <form className="evaluation-filters" onSubmit={submit} noValidate aria-labelledby="evaluation-filters-heading">
        <h2 id="evaluation-filters-heading">Which conferences</h2>
        <div className="field-row">
          <DateInput id={fieldId('evaluation-from')} legend="From" hint="For example, 1 4 2026. Leave empty for the first conference." error={errors['from']} value={filters.from} onChange={(from) => setFilters({ ...filters, from })} />
          <DateInput id={fieldId('evaluation-to')} legend="To" hint="Leave empty for the last conference." error={errors['to']} value={filters.to} onChange={(to) => setFilters({ ...filters, to })} />
        </div>
        <Field id={fieldId('evaluation-type')} label="Conference type" error={errors['type']}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} value={filters.type} onChange={(e) => setFilters({ ...filters, type: e.target.value as Filters['type'] })}>
              <option value="">All types</option>
              {CONFERENCE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {CONFERENCE_TYPE_LABELS[type]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('evaluation-chairId')} label="Chair" error={errors['chairId']}>
          {({ id, describedBy, invalid }) => (
            <select id={id} aria-describedby={describedBy} aria-invalid={invalid} value={filters.chairId} onChange={(e) => setFilters({ ...filters, chairId: e.target.value })}>
              <option value="">All chairs</option>
              {chairs.map((chair) => (
                <option key={chair.id} value={chair.id}>
                  {chair.name}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field id={fieldId('evaluation-team')} label="Team" hint="As written in each conference’s details. Leave empty for every team." error={errors['team']}>
          {({ id, describedBy, invalid }) => (
            <input id={id} type="text" aria-describedby={describedBy} aria-invalid={invalid} value={filters.team} onChange={(e) => setFilters({ ...filters, team: e.target.value })} />
          )}
        </Field>
        <button type="submit" className="button button--primary" disabled={loading}>
          Show the figures
        </button>
      </form>

      <fieldset className="radios evaluation-whose">
        <legend className="field__label">Whose figures</legend>
        <label className="radio">
          <input type="radio" name="evaluation-whose" value="this-computer" checked={whose === 'this-computer'} onChange={() => setWhose('this-computer')} />
          This computer’s conferences, as chosen above
        </label>
        <label className="radio">
          <input type="radio" name="evaluation-whose" value="imported" checked={whose === 'imported'} onChange={() => setWhose('imported')} />
          The authority’s whole picture: every evaluation file imported
        </label>
      </fieldset>

      <div role="status" className="evaluation-status">
        {loading ? 'Working out the figures…' : shown ? `Showing figures for ${shown.conferences} ${shown.conferences === 1 ? 'conference' : 'conferences'}.` : whose === 'imported' ? 'No evaluation files have been imported yet.' : ''}
      </div>
      {shown && figureSections(shown).map((section) => <FigureChart key={section.id} section={section} />)}

      <EvaluationFiles onImported={() => void loadImported()} />
    </>
  );
}
