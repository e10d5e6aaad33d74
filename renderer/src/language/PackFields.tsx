import { CATEGORIES, NATIONAL_PACK, type Category } from '../../../shared/language';
import { rowKey, SEVERITY_CHOICE_LABELS, SEVERITY_CHOICES, type PackDraft, type SeverityChoice } from './packDraft';

type Errors = Readonly<Record<string, string>>;
type Change = (next: Partial<PackDraft>) => void;

export const packFieldId = (path: string): string => `pack-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

function Input({ path, label, value, errors, onChange, width }: { readonly path: string; readonly label: string; readonly value: string; readonly errors: Errors; readonly onChange: (value: string) => void; readonly width?: string }) {
  const id = packFieldId(path);
  const error = errors[path];
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <input id={id} type="text" className={width} autoComplete="off" value={value} aria-invalid={Boolean(error)} aria-describedby={error ? `${id}-error` : undefined} onChange={(event) => onChange(event.target.value)} />
    </div>
  );
}

export function AcronymRows({ draft, errors, change }: { readonly draft: PackDraft; readonly errors: Errors; readonly change: Change }) {
  const update = (index: number, part: Partial<PackDraft['acronyms'][number]>) => change({ acronyms: draft.acronyms.map((row, i) => (i === index ? { ...row, ...part } : row)) });
  return (
    <fieldset className="fieldset pack-rows">
      <legend>
        <h3>Local acronyms</h3>
      </legend>
      <p className="field__hint">With what each stands for. An acronym families know well is not flagged in their letters; the others are, with the words as a suggestion.</p>
      {draft.acronyms.map((row, index) => (
        <div className="pack-row" key={row.key} role="group" aria-label={`Acronym ${index + 1}`}>
          <Input path={`acronyms.${index}.acronym`} label="Acronym" width="width-5" value={row.acronym} errors={errors} onChange={(acronym) => update(index, { acronym })} />
          <Input path={`acronyms.${index}.expansion`} label="Stands for" value={row.expansion} errors={errors} onChange={(expansion) => update(index, { expansion })} />
          <div className="checkbox pack-row__check">
            <input type="checkbox" id={packFieldId(`acronyms.${index}.wellKnown`)} checked={row.wellKnown} onChange={(event) => update(index, { wellKnown: event.target.checked })} />
            <label htmlFor={packFieldId(`acronyms.${index}.wellKnown`)}>Families know it</label>
          </div>
          <button type="button" className="button button--link" onClick={() => change({ acronyms: draft.acronyms.filter((_, i) => i !== index) })}>
            Remove<span className="visually-hidden"> {row.acronym || `acronym ${index + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => change({ acronyms: [...draft.acronyms, { key: rowKey(), acronym: '', expansion: '', wellKnown: false }] })}>
        Add an acronym
      </button>
    </fieldset>
  );
}

export function TermRows({ draft, errors, change }: { readonly draft: PackDraft; readonly errors: Errors; readonly change: Change }) {
  const update = (index: number, part: Partial<PackDraft['terms'][number]>) => change({ terms: draft.terms.map((row, i) => (i === index ? { ...row, ...part } : row)) });
  return (
    <fieldset className="fieldset pack-rows">
      <legend>
        <h3>Preferred terms</h3>
      </legend>
      <p className="field__hint">Words your authority has agreed to replace, and what to say instead. Separate choices with a semicolon.</p>
      {draft.terms.map((row, index) => (
        <div className="pack-row" key={row.key} role="group" aria-label={`Preferred term ${index + 1}`}>
          <Input path={`preferredTerms.${index}.term`} label="Instead of" value={row.term} errors={errors} onChange={(term) => update(index, { term })} />
          <Input path={`preferredTerms.${index}.preferred`} label="Say" value={row.preferred} errors={errors} onChange={(preferred) => update(index, { preferred })} />
          <div className="field">
            <label className="field__label" htmlFor={packFieldId(`preferredTerms.${index}.category`)}>
              Kind
            </label>
            <select id={packFieldId(`preferredTerms.${index}.category`)} value={row.category} onChange={(event) => update(index, { category: event.target.value as Category })}>
              {CATEGORIES.map((category) => (
                <option key={category} value={category}>
                  {category}
                </option>
              ))}
            </select>
          </div>
          <button type="button" className="button button--link" onClick={() => change({ terms: draft.terms.filter((_, i) => i !== index) })}>
            Remove<span className="visually-hidden"> {row.term || `term ${index + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => change({ terms: [...draft.terms, { key: rowKey(), term: '', preferred: '', category: 'system-jargon' }] })}>
        Add a preferred term
      </button>
    </fieldset>
  );
}

const RULE_IDS = NATIONAL_PACK.rules.map((rule) => rule.id).sort();

export function RuleRows({ draft, errors, change }: { readonly draft: PackDraft; readonly errors: Errors; readonly change: Change }) {
  const update = (index: number, part: Partial<PackDraft['rules'][number]>) => change({ rules: draft.rules.map((row, i) => (i === index ? { ...row, ...part } : row)) });
  const severity = (index: number, audience: 'professional' | 'family', value: SeverityChoice, label: string) => {
    const id = packFieldId(`rules.${index}.${audience}`);
    return (
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <select id={id} value={value} onChange={(event) => update(index, { [audience]: event.target.value as SeverityChoice })}>
          {SEVERITY_CHOICES.map((choice) => (
            <option key={choice} value={choice}>
              {SEVERITY_CHOICE_LABELS[choice]}
            </option>
          ))}
        </select>
      </div>
    );
  };
  return (
    <fieldset className="fieldset pack-rows">
      <legend>
        <h3>Checks switched off or re-graded</h3>
      </legend>
      {errors['rules'] && <p className="field__error">{errors['rules']}</p>}
      {draft.rules.map((row, index) => (
        <div className="pack-row" key={row.key} role="group" aria-label={`Changed check ${index + 1}`}>
          <div className="field">
            <label className="field__label" htmlFor={packFieldId(`rules.${index}.ruleId`)}>
              Check
            </label>
            <select id={packFieldId(`rules.${index}.ruleId`)} value={row.ruleId} onChange={(event) => update(index, { ruleId: event.target.value })}>
              <option value="">Choose a check</option>
              {RULE_IDS.map((id) => (
                <option key={id} value={id}>
                  {id}
                </option>
              ))}
            </select>
          </div>
          {severity(index, 'professional', row.professional, 'In the record')}
          {severity(index, 'family', row.family, 'For the family')}
          <button type="button" className="button button--link" onClick={() => change({ rules: draft.rules.filter((_, i) => i !== index) })}>
            Remove<span className="visually-hidden"> {row.ruleId || `check ${index + 1}`}</span>
          </button>
        </div>
      ))}
      <button type="button" className="button button--secondary" onClick={() => change({ rules: [...draft.rules, { key: rowKey(), ruleId: '', professional: 'keep', family: 'keep' }] })}>
        Change a check
      </button>
    </fieldset>
  );
}
