import { CONFERENCE_STATUSES, CONFERENCE_STATUS_LABELS, CONFERENCE_TYPES, CONFERENCE_TYPE_LABELS } from '../../../shared/conference/schema';
import { DUE_FILTERS, DUE_FILTER_LABELS } from '../../../shared/search/schema';
import type { Professional } from '../../../shared/professionals/schema';
import type { SearchQuery } from './store';

interface SearchFiltersProps {
  readonly query: SearchQuery;
  readonly chairs: readonly Professional[];
  readonly onChange: (change: Partial<SearchQuery>) => void;
}

const ANY = '';

/** The filters, as plain selects: each has its label, and the list updates when one changes. */
export function SearchFilters({ query, chairs, onChange }: SearchFiltersProps) {
  return (
    <div className="search-filters">
      <div className="field">
        <label className="field__label" htmlFor="search-due">
          Deadlines
        </label>
        <select id="search-due" value={query.due} onChange={(e) => onChange({ due: DUE_FILTERS.find((d) => d === e.target.value) ?? 'any' })}>
          {DUE_FILTERS.map((due) => (
            <option key={due} value={due}>
              {DUE_FILTER_LABELS[due]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="search-status">
          Status
        </label>
        <select id="search-status" value={query.status ?? ANY} onChange={(e) => onChange({ status: CONFERENCE_STATUSES.find((s) => s === e.target.value) ?? null })}>
          <option value={ANY}>Any</option>
          {CONFERENCE_STATUSES.map((status) => (
            <option key={status} value={status}>
              {CONFERENCE_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="search-type">
          Type
        </label>
        <select id="search-type" value={query.type ?? ANY} onChange={(e) => onChange({ type: CONFERENCE_TYPES.find((t) => t === e.target.value) ?? null })}>
          <option value={ANY}>Any</option>
          {CONFERENCE_TYPES.map((type) => (
            <option key={type} value={type}>
              {CONFERENCE_TYPE_LABELS[type]}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="search-chair">
          Chair
        </label>
        <select id="search-chair" value={query.chairId ?? ANY} onChange={(e) => onChange({ chairId: e.target.value === ANY ? null : e.target.value })}>
          <option value={ANY}>Anyone</option>
          {chairs.map((chair) => (
            <option key={chair.id} value={chair.id}>
              {chair.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}
