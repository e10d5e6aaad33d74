import { memo, useMemo } from 'react';
import type { Contribution } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { ContributionEditor } from './ContributionEditor';
import { ContributionItem } from './ContributionItem';
import type { EditorSession } from './store';

interface ContributionListProps {
  readonly contributions: readonly Contribution[];
  readonly session: EditorSession | undefined;
  readonly conference: ConferenceDetail;
  readonly familySafe: boolean;
  /** Null once the conference is finalised: each contribution then offers a correction by amendment. */
  readonly onEdit: ((contribution: Contribution) => void) | null;
  readonly onCorrect: (contribution: Contribution) => void;
}

/** The item's contributions so far, oldest first; one being edited is edited where it stands. */
export const ContributionList = memo(function ContributionList({ contributions, session, conference, familySafe, onEdit, onCorrect }: ContributionListProps) {
  const reportNames = useMemo(() => new Map(conference.reports.map((report) => [report.id, report.author])), [conference.reports]);
  // A new contribution is written below the list, even once its first save puts it in the record.
  const shown = session?.isNew ? contributions.filter((c) => c.id !== session.draft.id) : contributions;
  if (shown.length === 0) return <p className="capture-empty">Nothing recorded on this item yet.</p>;
  return (
    <ol className="capture-contributions" aria-label="Contributions on this item">
      {shown.map((contribution) =>
        session && !session.isNew && session.draft.id === contribution.id ? (
          <li key={contribution.id} className="capture-contributions__editing">
            <ContributionEditor key={session.draft.id} session={session} conference={conference} />
          </li>
        ) : (
          <ContributionItem
            key={contribution.id}
            conferenceId={conference.id}
            contribution={contribution}
            people={conference}
            reportName={contribution.reportId ? (reportNames.get(contribution.reportId) ?? null) : null}
            familySafe={familySafe}
            onEdit={onEdit}
            onCorrect={onCorrect}
          />
        ),
      )}
    </ol>
  );
});
