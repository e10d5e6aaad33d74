import { memo } from 'react';
import type { AgendaItem } from '../../../shared/agenda/schema';
import { activeEditor } from './activeEditor';
import { startContribution } from './sessions';
import type { SpeakerOption } from './speakers';

/** Everyone who may speak, numbered as the speaker box numbers them: one press starts their contribution. */
export const SpeakerPanel = memo(function SpeakerPanel({ speakers, item }: { readonly speakers: readonly SpeakerOption[]; readonly item: AgendaItem }) {
  const pick = (option: SpeakerOption) => {
    const editor = activeEditor.get();
    if (editor?.agendaItemId === item.id) editor.setSpeaker(option);
    else startContribution(item, option.speaker);
  };
  return (
    <section className="capture-speakers" aria-labelledby="capture-speakers-title">
      <h2 id="capture-speakers-title" className="capture-side__title">
        Who is here
      </h2>
      <ol className="capture-speakers__list">
        {speakers.map((option) => (
          <li key={option.key}>
            <button type="button" className="capture-speakers__button" onClick={() => pick(option)}>
              <span className="capture-speaker__number">{option.number}</span> {option.name}
              <span className="capture-speakers__role">{option.role}</span>
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
});
