/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The child's or young person's own copy on paper. It only lays out the model from
 * shared/documents/child-plan.ts, built from the source filtered for this child; nothing here
 * reads the conference.
 */
import type { AuthorityIdentity } from '../../../shared/authority/identity';
import type { ChildPlanModel, ChildPlanSection } from '../../../shared/documents/child-plan';
import { BulletList, DocumentFrame, Facts, P, Section, Title } from '../components';
import type { PrintSize } from '../styles';

function SectionBody({ section }: { readonly section: ChildPlanSection }) {
  switch (section.key) {
    case 'what-will-happen':
      return (
        <>
          <P>{section.decision}</P>
          {section.seen.length > 0 && <BulletList items={section.seen} />}
          {section.goalsIntro !== null && <P>{section.goalsIntro}</P>}
          {section.goals.length > 0 && <BulletList items={section.goals} />}
          {section.actionsIntro !== null && <P>{section.actionsIntro}</P>}
          {section.actions.length > 0 && <BulletList numbered strongFirstLine items={section.actions.map((action) => [action.what, action.who, action.when])} />}
          {section.moreActionsNote !== null && <P>{section.moreActionsNote}</P>}
          {section.nextMeeting !== null && <P>{section.nextMeeting}</P>}
        </>
      );
    case 'who-you-can-talk-to':
    case 'words':
      return <Facts facts={section.people.map((person) => [person.name, person.about] as const)} />;
    default:
      return section.items.length > 0 ? <BulletList items={section.items} /> : null;
  }
}

/** Short sections a child should find on one page, heading and all. The long ones may run on. */
const KEPT_TOGETHER: ReadonlySet<ChildPlanSection['key']> = new Set(['why-we-met', 'who-you-can-talk-to', 'if-you-do-not-agree', 'words']);

function PlanSection({ section }: { readonly section: ChildPlanSection }) {
  return (
    <Section title={section.heading} keepTogether={KEPT_TOGETHER.has(section.key)}>
      {section.paragraphs.map((paragraph, index) => (
        <P key={index}>{paragraph}</P>
      ))}
      <SectionBody section={section} />
    </Section>
  );
}

/** Two parts, as the family's plan: what the meeting heard, then from "what will happen" on a new page. */
export function ChildPlanDocument({ model, printSize, madeOn, letterhead = null }: { readonly model: ChildPlanModel; readonly printSize: PrintSize; readonly madeOn: Date; readonly letterhead?: AuthorityIdentity | null }) {
  const split = model.sections.findIndex((section) => section.key === 'what-will-happen');
  const first = split < 0 ? model.sections : model.sections.slice(0, split);
  const second = split < 0 ? [] : model.sections.slice(split);
  const opening = (
    <>
      <Title>{model.title}</Title>
      <P>{model.madeFor}</P>
      <P>{model.madeOn}</P>
      {model.introduction.map((paragraph, index) => (
        <P key={index}>{paragraph}</P>
      ))}
      {first.map((section) => (
        <PlanSection key={section.key} section={section} />
      ))}
    </>
  );
  const rest = second.map((section) => <PlanSection key={section.key} section={section} />);
  return (
    <DocumentFrame
      title={model.title}
      subject="Your own copy of the plan"
      runningHeader={`${model.title}. ${model.madeOn}.`}
      printSize={printSize}
      madeOn={madeOn}
      letterhead={letterhead}
      parts={rest.length > 0 ? [opening, <>{rest}</>] : [opening]}
    />
  );
}
