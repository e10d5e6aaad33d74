import type { Capture } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { InterpretersHere } from '../interpreters/InterpretersHere';
import { AttendancePanel } from './AttendancePanel';
import { ChildVoicePanel } from './ChildVoicePanel';
import { ExclusionsPanel } from './ExclusionsPanel';
import { RestrictedPartsList } from './RestrictedPartsList';
import { useCapture } from './store';

/** Attendance, exclusions, the child's voice and the restricted parts held. */
export function AttendanceView({ conference, capture, readOnly }: { readonly conference: ConferenceDetail; readonly capture: Capture; readonly readOnly: boolean }) {
  const familySafe = useCapture((state) => state.familySafe);
  const panels = (
    <>
      <AttendancePanel conference={conference} capture={capture} />
      {/* Each interpreter present or not, and the restricted parts they left the room for (issue 15). */}
      <InterpretersHere conferenceId={conference.id} capture={capture} familySafe={familySafe} />
      <ExclusionsPanel conference={conference} exclusions={capture.exclusions} parts={capture.restrictedParts} familySafe={familySafe} />
      <ChildVoicePanel conference={conference} voices={capture.childVoices} parts={capture.restrictedParts} familySafe={familySafe} />
    </>
  );
  return (
    <div className="capture-attendance">
      {readOnly ? (
        // Finalised: every form here is disabled at once, and still read as it stands.
        <fieldset disabled className="capture-read-only">
          <legend className="visually-hidden">Attendance, exclusions and the child’s voice, finalised and read-only</legend>
          {panels}
        </fieldset>
      ) : (
        panels
      )}
      <RestrictedPartsList conference={conference} parts={capture.restrictedParts} familySafe={familySafe} />
    </div>
  );
}
