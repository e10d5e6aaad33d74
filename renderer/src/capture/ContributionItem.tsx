import { memo } from 'react';
import { CONTRIBUTION_KIND_LABELS, type Contribution } from '../../../shared/capture/schema';
import { AudienceTag } from '../audience/AudienceTag';
import { isRestricted } from '../audience/draft';
import type { AudiencePeople } from '../audience/words';
import { ContributionHistory } from './ContributionHistory';

interface ContributionItemProps {
  readonly contribution: Contribution;
  readonly people: AudiencePeople;
  readonly reportName: string | null;
  readonly familySafe: boolean;
  readonly onEdit: (contribution: Contribution) => void;
}

/** One contribution as the record holds it. Re-drawn only when it changes, so long meetings stay quick. */
export const ContributionItem = memo(function ContributionItem({ contribution, people, reportName, familySafe, onEdit }: ContributionItemProps) {
  const restricted = isRestricted(contribution.restriction);
  const headingId = `contribution-heading-${contribution.id}`;
  return (
    <li className={`capture-contribution${restricted ? ' capture-contribution--restricted' : ''}`} aria-labelledby={headingId}>
      <div className="capture-contribution__header">
        <h3 id={headingId} className="capture-contribution__speaker">
          {contribution.speakerName}
          {contribution.speakerRole && <span className="capture-contribution__role">, {contribution.speakerRole}</span>}
        </h3>
        <p className="capture-contribution__meta">
          <span className="tag tag--upcoming">{CONTRIBUTION_KIND_LABELS[contribution.kind]}</span> <time>{contribution.spokenAt}</time>
          {reportName && <> · About the report from {reportName}</>}
        </p>
      </div>
      <AudienceTag restriction={contribution.restriction} people={people} />
      <p className="capture-contribution__text">{contribution.text || <em>(No text yet)</em>}</p>
      <div className="capture-contribution__actions">
        <button type="button" id={`edit-${contribution.id}`} className="button button--secondary capture-small-button" onClick={() => onEdit(contribution)}>
          Edit<span className="visually-hidden"> the contribution by {contribution.speakerName} at {contribution.spokenAt}</span>
        </button>
        {contribution.version > 1 && <ContributionHistory contributionId={contribution.id} version={contribution.version} showRestricted={!familySafe} />}
      </div>
    </li>
  );
});
