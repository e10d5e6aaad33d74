/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The child's or young person's own copy on paper. It only lays out the model from
 * shared/documents/child-plan.ts, built from the source filtered for this child; nothing here
 * reads the conference. A bilingual copy lays out the same model built in two languages,
 * paragraph by paragraph.
 */
import type { AuthorityIdentity } from '../../../shared/authority/identity';
import type { ChildPlanModel, ChildPlanSection } from '../../../shared/documents/child-plan';
import { BulletList, DocumentFrame, Facts, Section, Title } from '../components';
import { each, first, said, type Copies, type Said } from '../said';
import type { PrintSize } from '../styles';
import { DraftNotice, factValue, inLanguages, isBilingual, listItem, Paragraphs } from './in-languages';

type Of<K extends ChildPlanSection['key']> = Extract<ChildPlanSection, { key: K }>;

function SectionBody({ copies }: { readonly copies: Copies<ChildPlanSection> }) {
  const bilingual = isBilingual(copies);
  const section = first(copies);
  const text = (pick: (s: Of<'what-will-happen'>) => string | null) => <Paragraphs said={said(copies as Copies<Of<'what-will-happen'>>, pick)} bilingual={bilingual} />;
  switch (section.key) {
    case 'what-will-happen': {
      const happen = copies as Copies<Of<'what-will-happen'>>;
      return (
        <>
          {text((s) => s.decision)}
          {section.seen.length > 0 && <BulletList items={each(happen, (s) => s.seen).map((line) => listItem(line, (t) => t))} />}
          {section.goalsIntro !== null && text((s) => s.goalsIntro)}
          {section.goals.length > 0 && <BulletList items={each(happen, (s) => s.goals).map((goal) => listItem(goal, (t) => t))} />}
          {section.actionsIntro !== null && text((s) => s.actionsIntro)}
          {section.actions.length > 0 && <BulletList numbered strongFirstLine items={each(happen, (s) => s.actions).map((action) => listItem(action, (a) => [a.what, a.who, a.when]))} />}
          {section.moreActionsNote !== null && text((s) => s.moreActionsNote)}
          {section.nextMeeting !== null && text((s) => s.nextMeeting)}
        </>
      );
    }
    case 'who-you-can-talk-to':
    case 'words':
      return (
        <Facts
          facts={each(copies as Copies<Of<'words' | 'who-you-can-talk-to'>>, (s) => s.people).map((person) => [inLanguages(said(person, (p) => p.name), bilingual), factValue(said(person, (p) => p.about), bilingual)] as const)}
        />
      );
    default: {
      const items = each(copies as Copies<Extract<ChildPlanSection, { items: readonly string[] }>>, (s) => s.items);
      return items.length > 0 ? <BulletList items={items.map((item) => listItem(item, (t) => t))} /> : null;
    }
  }
}

/** Short sections a child should find on one page, heading and all. The long ones may run on. */
const KEPT_TOGETHER: ReadonlySet<ChildPlanSection['key']> = new Set(['why-we-met', 'who-you-can-talk-to', 'if-you-do-not-agree', 'words']);

function PlanSection({ copies }: { readonly copies: Copies<ChildPlanSection> }) {
  const bilingual = isBilingual(copies);
  return (
    <Section title={inLanguages(said(copies, (s) => s.heading), bilingual)} keepTogether={KEPT_TOGETHER.has(first(copies).key)}>
      {each(copies, (s) => s.paragraphs).map((paragraph, index) => (
        <Paragraphs key={index} said={said(paragraph, (p) => p)} bilingual={bilingual} />
      ))}
      <SectionBody copies={copies} />
    </Section>
  );
}

export interface ChildPlanLayout {
  /** The copy in each language, in the order printed; one for a copy in English only. */
  readonly copies: Copies<ChildPlanModel>;
  readonly subject: string;
  readonly draftNotice: readonly Said[] | null;
  readonly pageNumber?: (page: number, total: number) => string;
}

/** Two parts, as the family's plan: what the meeting heard, then from "what will happen" on a new page. */
export function ChildPlanDocument({ layout, printSize, madeOn, letterhead = null }: { readonly layout: ChildPlanLayout; readonly printSize: PrintSize; readonly madeOn: Date; readonly letterhead?: AuthorityIdentity | null }) {
  const { copies } = layout;
  const bilingual = isBilingual(copies);
  const model = first(copies);
  // The running header is drawn in the main typeface alone (as an artifact): the English copy's words.
  const header = copies.find((copy) => copy.lang === 'en-GB')?.value ?? model;
  const sections = each(copies, (m) => m.sections);
  const split = sections.findIndex((section) => first(section).key === 'what-will-happen');
  const firstPart = split < 0 ? sections : sections.slice(0, split);
  const second = split < 0 ? [] : sections.slice(split);
  const opening = (
    <>
      {said(copies, (m) => m.title).map((title, index) => (
        <Title key={index} {...(bilingual ? { lang: title.lang } : {})}>
          {title.text}
        </Title>
      ))}
      <DraftNotice said={layout.draftNotice} />
      <Paragraphs said={said(copies, (m) => m.madeFor)} bilingual={bilingual} />
      <Paragraphs said={said(copies, (m) => m.madeOn)} bilingual={bilingual} />
      {each(copies, (m) => m.introduction).map((paragraph, index) => (
        <Paragraphs key={index} said={said(paragraph, (p) => p)} bilingual={bilingual} />
      ))}
      {firstPart.map((section) => (
        <PlanSection key={first(section).key} copies={section} />
      ))}
    </>
  );
  const rest = second.map((section) => <PlanSection key={first(section).key} copies={section} />);
  return (
    <DocumentFrame
      title={model.title}
      subject={layout.subject}
      runningHeader={`${header.title}. ${header.madeOn}.`}
      printSize={printSize}
      madeOn={madeOn}
      letterhead={letterhead}
      language={copies[0]?.lang ?? 'en-GB'}
      {...(layout.pageNumber ? { pageNumber: layout.pageNumber } : {})}
      parts={rest.length > 0 ? [opening, <>{rest}</>] : [opening]}
    />
  );
}
