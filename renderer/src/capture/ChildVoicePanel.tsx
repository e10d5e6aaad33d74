import type { ChildVoice, RestrictedPart } from '../../../shared/capture/schema';
import type { ConferenceDetail } from '../../../shared/conference/details';
import { ChildVoiceForm } from './ChildVoiceForm';

/** The child's voice, per child. A restricted entry is not drawn at all on the family-safe screen. */
interface ChildVoicePanelProps {
  readonly conference: ConferenceDetail;
  readonly voices: readonly ChildVoice[];
  readonly parts: readonly RestrictedPart[];
  readonly familySafe: boolean;
}

export function ChildVoicePanel({ conference, voices, parts, familySafe }: ChildVoicePanelProps) {
  const children = conference.children.filter((child) => !child.isUnborn);
  return (
    <section className="panel" aria-labelledby="child-voice-title">
      <h2 id="child-voice-title">The child’s voice</h2>
      {children.map((child) => {
        const voice = voices.find((v) => v.childId === child.id);
        if (familySafe && voice && voice.restriction.level !== 'none') return null;
        return <ChildVoiceForm key={`${child.id}-${voice?.id ?? 'new'}`} conference={conference} child={child} voice={voice} parts={parts} />;
      })}
    </section>
  );
}
