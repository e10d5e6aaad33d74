/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The family's plan on paper. It only lays out the model from shared/documents/family-plan.ts,
 * which alone decides what goes in (and what is kept out); nothing here reads the conference.
 */
import type { AuthorityIdentity } from '../../../shared/authority/identity';
import type { FamilyPlanAction, FamilyPlanModel, FamilyPlanSection } from '../../../shared/documents/family-plan';
import { BulletList, Callout, DocumentFrame, Facts, P, Section, Table, Title } from '../components';
import type { PrintSize } from '../styles';

function ActionList({ actions }: { readonly actions: readonly FamilyPlanAction[] }) {
  return <BulletList numbered strongFirstLine items={actions.map((action) => [action.what, action.who, action.when, ...(action.howOften === null ? [] : [action.howOften])])} />;
}

function SectionBody({ section }: { readonly section: FamilyPlanSection }) {
  switch (section.key) {
    case 'actions':
      return (
        <>
          {section.children.map((child) => (
            <Section key={child.childId} title={child.heading} level={3}>
              {child.seen.length > 0 && <BulletList items={child.seen} />}
              {child.goals.length > 0 && <BulletList items={child.goals.map((goal) => (goal.howWeWillKnow === null ? [goal.text] : [goal.text, goal.howWeWillKnow]))} />}
              {child.moreActionsNote !== null && <Callout tone="warning">{child.moreActionsNote}</Callout>}
              <ActionList actions={child.actions} />
            </Section>
          ))}
        </>
      );
    case 'later-actions':
      return (
        <>
          {section.children.map((child) => (
            <Section key={child.childId} title={child.heading} level={3}>
              <ActionList actions={child.actions} />
            </Section>
          ))}
        </>
      );
    case 'dates':
      return (
        <Table
          columns={[
            { heading: 'Date', width: 2 },
            { heading: 'What happens', width: 3 },
          ]}
          rows={section.dates.map((date) => [date.date, date.what])}
          rowHeaders
        />
      );
    case 'who-can-help':
      return <Facts facts={section.people.map((person) => [person.name, person.role] as const)} />;
    case 'glossary':
      return <Facts facts={section.entries.map((entry) => [entry.term, entry.meaning] as const)} />;
    default:
      return section.items.length > 0 ? <BulletList items={section.items} /> : null;
  }
}

/** Short sections a reader should find on one page, heading and all. The long ones may run on. */
const KEPT_TOGETHER: ReadonlySet<FamilyPlanSection['key']> = new Set(['decisions', 'if-things-go-wrong', 'core-group', 'dates', 'chair', 'challenge', 'who-can-help']);

function PlanSection({ section }: { readonly section: FamilyPlanSection }) {
  return (
    <Section title={section.heading} keepTogether={KEPT_TOGETHER.has(section.key)}>
      {section.paragraphs.map((paragraph, index) => (
        <P key={index}>{paragraph}</P>
      ))}
      <SectionBody section={section} />
    </Section>
  );
}

/**
 * Two parts: what the conference found, then from "who will do what" onwards, which starts a new
 * page. Laid out separately, a long plan is made faster (react-pdf lays out the rest of a part
 * again for every page it runs over).
 */
export function FamilyPlanDocument({ model, printSize, madeOn, letterhead = null }: { readonly model: FamilyPlanModel; readonly printSize: PrintSize; readonly madeOn: Date; readonly letterhead?: AuthorityIdentity | null }) {
  const split = model.sections.findIndex((section) => section.key === 'actions');
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
      subject="The family’s plan"
      runningHeader={`${model.title}. ${model.madeFor}.`}
      printSize={printSize}
      madeOn={madeOn}
      letterhead={letterhead}
      parts={rest.length > 0 ? [opening, <>{rest}</>] : [opening]}
    />
  );
}
