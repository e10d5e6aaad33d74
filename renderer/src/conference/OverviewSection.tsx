import type { ConferenceDetail } from '../../../shared/conference/details';
import { DeadlinesPanel } from './DeadlinesPanel';
import { HeldPanel } from './HeldPanel';
import { DetailsForm } from './DetailsForm';
import { QuoracyPanel } from './QuoracyPanel';
// Language checks
import { LanguageSummaryPanel } from '../language/LanguageSummaryPanel';

/** What is due and whether the meeting can go ahead, then the conference's own details. */
export function OverviewSection({ conference }: { readonly conference: ConferenceDetail }) {
  return (
    <div className="overview">
      <div className="overview__status">
        <HeldPanel conference={conference} />
        <DeadlinesPanel conference={conference} />
        <QuoracyPanel conference={conference} />
        {/* Language checks */}
        <LanguageSummaryPanel conference={conference} />
      </div>
      <DetailsForm conference={conference} />
    </div>
  );
}
