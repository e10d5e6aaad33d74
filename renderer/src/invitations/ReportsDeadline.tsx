import type { Deadline } from '../../../shared/conference/details';
import { formatIsoDate } from '../../../shared/dates/format';
import { hrefFor } from '../app/router';

const STATUS_TAGS: Readonly<Record<Deadline['status'], { readonly text: string; readonly className: string } | null>> = {
  done: { text: 'All shared', className: 'tag--done' },
  upcoming: null,
  'due-soon': { text: 'Due soon', className: 'tag--due-soon' },
  overdue: { text: 'Overdue', className: 'tag--overdue' },
};

interface ReportsDeadlineProps {
  readonly conferenceId: string;
  readonly deadline: Deadline | undefined;
}

/** The authority's deadline for reports to reach the family before the conference (brief §1.2). */
export function ReportsDeadline({ conferenceId, deadline }: ReportsDeadlineProps) {
  if (!deadline) {
    return (
      <p>
        The deadline for sharing reports with the family is worked out from the date that starts the timescale.{' '}
        <a href={hrefFor({ screen: 'conference', conferenceId, section: 'overview' })}>Add it on Overview and details</a>
      </p>
    );
  }
  const tag = STATUS_TAGS[deadline.status];
  return (
    <p className="reports-deadline">
      <strong>Reports must reach the family by {formatIsoDate(deadline.due)}.</strong>
      {tag && (
        <>
          {' '}
          <span className={`tag ${tag.className}`}>{tag.text}</span>
        </>
      )}
    </p>
  );
}
