import { useMemo, useState } from 'react';
import { NO_PEOPLE, type Audience, type AuthorityPack } from '../../../shared/language';
import { LEVEL_LABELS, countLabel } from './findings';
import { contentKey } from './packDraft';
import { useFindings } from './useFindings';

const SAMPLE = 'The MACPT will liaise with Mum prior to the next core group. Mum presents as having poor insight.';

/** A sample text checked with the pack as it is now, so each change shows its effect at once. */
export function PackPreview({ pack }: { readonly pack: AuthorityPack | null }) {
  const [text, setText] = useState(SAMPLE);
  const [audience, setAudience] = useState<Audience>('family');
  const configuration = useMemo(() => {
    const json = JSON.stringify(pack);
    return { key: `preview:${contentKey(json)}`, authorityPack: pack, names: [], places: [], people: NO_PEOPLE };
  }, [pack]);
  const findings = useFindings(text, audience, configuration);
  return (
    <section className="pack-preview" aria-labelledby="pack-preview-heading">
      <h3 id="pack-preview-heading">Try the pack</h3>
      <div className="field">
        <label className="field__label" htmlFor="pack-preview-text">
          Sample text
        </label>
        <p className="field__hint" id="pack-preview-hint">
          Checked with the pack as it is on screen, saved or not.
        </p>
        <textarea id="pack-preview-text" aria-describedby="pack-preview-hint pack-preview-findings" value={text} onChange={(event) => setText(event.target.value)} />
      </div>
      <fieldset className="radios">
        <legend className="field__label">Check it as written for</legend>
        {(['family', 'professional'] as const).map((value) => (
          <div className="radio" key={value}>
            <input type="radio" id={`pack-preview-${value}`} name="pack-preview-audience" checked={audience === value} onChange={() => setAudience(value)} />
            <label htmlFor={`pack-preview-${value}`}>{value === 'family' ? 'The family' : 'The professional record'}</label>
          </div>
        ))}
      </fieldset>
      <div id="pack-preview-findings" className="language-findings">
        <p className="language-findings__count" aria-live="polite">{countLabel(findings.length)}</p>
        <ul className="language-findings__list">
          {findings.map((finding) => (
            <li key={`${finding.ruleId}-${finding.start}`} className={`language-finding language-finding--${finding.severity}`}>
              <span className="language-finding__level">{LEVEL_LABELS[finding.severity]}:</span> “{finding.text}”. {finding.message}
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
