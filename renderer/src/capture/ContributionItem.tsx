import { memo } from 'react';
import { CONTRIBUTION_KIND_LABELS, hasSpeaker, NO_SPEAKER_YET, type Contribution } from '../../../shared/capture/schema';
import { AudienceTag } from '../audience/AudienceTag';
import { isRestricted } from '../audience/draft';
import type { AudiencePeople } from '../audience/words';
import { RecordFindings } from '../language/RecordFindings';
import { ContributionHistory } from './ContributionHistory';

interface ContributionItemProps {
  readonly conferenceId: string;
  readonly contribution: Contribution;
  readonly people: AudiencePeople;
  readonly reportName: string | null;
  readonly familySafe: boolean;
  /** Null once the conference is finalised: the contribution is corrected by amendment instead. */
  readonly onEdit: ((contribution: Contribution) => void) | null;
  readonly onCorrect: (contribution: Contribution) => void;
}

/** One contribution as the record holds it. Re-drawn only when it changes, so long meetings stay quick. */
export const ContributionItem = memo(function ContributionItem({ conferenceId, contribution, people, reportName, familySafe, onEdit, onCorrect }: ContributionItemProps) {
  const restricted = isRestricted(contribution.restriction);
  const headingId = `contribution-heading-${contribution.id}`;
  const noSpeaker = !hasSpeaker(contribution.speaker);
  const classes = ['capture-contribution', restricted ? 'capture-contribution--restricted' : '', noSpeaker ? 'capture-contribution--no-speaker' : ''].filter(Boolean).join(' ');
  return (
    <li className={classes} aria-labelledby={headingId}>
      <div className="capture-contribution__header">
        <h3 id={headingId} className="capture-contribution__speaker">
          {noSpeaker ? NO_SPEAKER_YET : contribution.speakerName}
          {!noSpeaker && contribution.speakerRole && <span className="capture-contribution__role">, {contribution.speakerRole}</span>}
        </h3>
        <p className="capture-contribution__meta">
          <span className="tag tag--upcoming">{CONTRIBUTION_KIND_LABELS[contribution.kind]}</span> <time>{contribution.spokenAt}</time>
          {reportName && <> · About the report from {reportName}</>}
        </p>
      </div>
      <AudienceTag restriction={contribution.restriction} people={people} />
      {noSpeaker && <p className="capture-no-speaker">Choose who was speaking (Edit): the conference cannot be finalised until you do.</p>}
      <p className="capture-contribution__text">{contribution.text || <em>(No text yet)</em>}</p>
      {contribution.text.trim() !== '' && (
        <RecordFindings
          text={contribution.text}
          check={{ conferenceId, recordKind: 'contribution', recordId: contribution.id, field: 'text' }}
          about={`in the contribution by ${noSpeaker ? 'a speaker not chosen' : contribution.speakerName} at ${contribution.spokenAt}`}
        />
      )}
      <div className="capture-contribution__actions">
        {onEdit ? (
          <button type="button" id={`edit-${contribution.id}`} className="button button--secondary capture-small-button" onClick={() => onEdit(contribution)}>
            Edit<span className="visually-hidden">{noSpeaker ? ` the contribution at ${contribution.spokenAt}, speaker not yet chosen` : ` the contribution by ${contribution.speakerName} at ${contribution.spokenAt}`}</span>
          </button>
        ) : (
          <button type="button" className="button button--secondary capture-small-button" onClick={() => onCorrect(contribution)}>
            Record a correction<span className="visually-hidden">{` to the contribution by ${noSpeaker ? 'a speaker not chosen' : contribution.speakerName} at ${contribution.spokenAt}`}</span>
          </button>
        )}
        {contribution.version > 1 && <ContributionHistory contributionId={contribution.id} version={contribution.version} showRestricted={!familySafe} />}
      </div>
    </li>
  );
});
