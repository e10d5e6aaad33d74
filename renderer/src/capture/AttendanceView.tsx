import type { Capture } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { AttendancePanel } from './AttendancePanel';
import { ChildVoicePanel } from './ChildVoicePanel';
import { ExclusionsPanel } from './ExclusionsPanel';
import { RestrictedPartsList } from './RestrictedPartsList';
import { useCapture } from './store';

/** Attendance, exclusions, the child's voice and the restricted parts held. */
export function AttendanceView({ conference, capture }: { readonly conference: ConferenceDetail; readonly capture: Capture }) {
  const familySafe = useCapture((state) => state.familySafe);
  return (
    <div className="capture-attendance">
      <AttendancePanel conference={conference} capture={capture} />
      <ExclusionsPanel conference={conference} exclusions={capture.exclusions} parts={capture.restrictedParts} familySafe={familySafe} />
      <ChildVoicePanel conference={conference} voices={capture.childVoices} parts={capture.restrictedParts} familySafe={familySafe} />
      <RestrictedPartsList conference={conference} parts={capture.restrictedParts} familySafe={familySafe} />
    </div>
  );
}
