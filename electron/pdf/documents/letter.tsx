/** @jsxRuntime automatic @jsxImportSource react */
/**
 * The decision letter (brief §1.2, §1.13, requirement 13): what the conference decided for each
 * child, the outline plan, the dates, who to contact and how to challenge. It lays out the
 * letter's content from shared/letter/decision-letter.ts, made from one recipient's copy of the
 * conference (shared/letter/letter-recipients.ts): only what reaches them is in it.
 */
import { Text } from '@react-pdf/renderer';
import { formatIsoDate } from '../../../shared/dates/format';
import type { DocumentSource } from '../../../shared/documents/source';
import type { DecisionLetter } from '../../../shared/letter/decision-letter';
import { BulletList, DocumentFrame, Facts, P, Section, Title } from '../components';
import type { PrintSize } from '../styles';
import { Paragraphs } from './paragraphs';
import { confidentialHeader, dateInWords, dateOrNot, joinNames, madeOnDate, oneLine } from './professional-words';

/** A sentence ends with one full stop (or its own question or exclamation mark), never two. */
const withFullStop = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);

export function letterTitle(source: DocumentSource): string {
  return `Decision letter: ${joinNames(source.letter.children.map((c) => c.name))}, ${dateInWords(source.letter.conferenceDate)}`;
}

const bold = { fontWeight: 700 };

/** The letter's content may carry a date as stored (the deferred review's); print it as every other date. */
const datesInWords = (text: string) => text.replace(/\b(\d{4}-\d{2}-\d{2})\b/gu, (date) => formatIsoDate(date));

function OutlinePlan({ letter }: { readonly letter: DecisionLetter }) {
  if (letter.outlinePlan.length === 0) return <P>No child has a child protection plan, so there is no outline plan.</P>;
  return (
    <>
      {letter.outlinePlan.map((outcome, index) => (
        <Section key={index} title={`${index + 1}. ${oneLine(outcome.outcome)}`} level={3}>
          {outcome.howWeWillKnow !== '' && <P>{`How everyone will know: ${oneLine(outcome.howWeWillKnow)}`}</P>}
          <BulletList
            items={outcome.actions.map((action) => (
              <>
                <Text style={bold}>{`${withFullStop(oneLine(action.what))} `}</Text>
                {`Who: ${joinNames(action.who) || 'not named yet'}. By when: ${dateOrNot(action.byWhen)}.${action.howOften ? ` How often: ${action.howOften}.` : ''}`}
              </>
            ))}
          />
        </Section>
      ))}
    </>
  );
}

export function LetterDocument({ source, printSize, forEveryone = true }: { readonly source: DocumentSource; readonly printSize: PrintSize; readonly forEveryone?: boolean }) {
  const { letter } = source;
  const title = letterTitle(source);
  const held = formatIsoDate(letter.conferenceDate);
  return (
    <DocumentFrame title={title} subject={`The decision of the ${letter.conferenceTitle.toLowerCase()}`} runningHeader={confidentialHeader('decision letter', source)} printSize={printSize} madeOn={madeOnDate(source)} letterhead={source.authority}>
      <Title>{title}</Title>
      <Facts
        facts={[
          ['Date of this letter', formatIsoDate(source.madeOn)],
          ['Conference', `${letter.conferenceTitle}, ${held}`],
          ['To', letter.to.length > 0 ? joinNames(letter.to) : 'Everyone invited to the conference'],
        ]}
      />
      <P>{`${letter.to.length > 0 ? `Dear ${joinNames(letter.to)},` : 'Dear all,'}`}</P>
      <P>{`This letter tells you what the ${letter.conferenceTitle.toLowerCase()} on ${held} decided, the outline plan that was agreed, and what happens next. ${forEveryone ? 'It goes to everyone who was invited.' : 'Everyone who was invited gets a letter.'} The full record of the conference will follow.`}</P>
      <Section title="What the conference decided">
        {letter.children.map((child) => (
          <Section key={child.name} title={child.name} level={3}>
            <Facts
              facts={[
                ['Decision', datesInWords(child.decision)],
                ...(child.category ? [['Category', `${child.category}${child.censusCode ? ` (${child.censusCode})` : ''}`] as const] : []),
                ...(child.whatHappensInstead ? [['What happens instead', child.whatHappensInstead] as const] : []),
              ]}
            />
            {child.reasons !== '' && <Paragraphs lead="The chair’s reasons: " text={child.reasons} />}
          </Section>
        ))}
      </Section>
      <Section title="The outline plan">
        <OutlinePlan letter={letter} />
        {letter.contingency !== '' && (
          <Section title="If things do not go to plan" level={3}>
            <Paragraphs text={letter.contingency} />
          </Section>
        )}
      </Section>
      <Section title="What happens next">
        <Facts
          facts={[
            ['First core group meeting', dateOrNot(letter.coreGroup.firstMeeting, 'Not booked yet')],
            ['Next review conference', dateOrNot(letter.nextReview.date, 'Not booked yet')],
            ...(letter.nextReview.broughtForwardReason ? [['Why the review is earlier', oneLine(letter.nextReview.broughtForwardReason)] as const] : []),
          ]}
        />
        {letter.coreGroup.members.length > 0 && <P>{`The core group: ${joinNames(letter.coreGroup.members)}.`}</P>}
      </Section>
      <Section title="Who to contact">
        <Facts
          facts={[
            ...(letter.chair ? [[`${letter.chair.name}`, `Chair of the conference (${letter.chair.role})`] as const] : []),
            ...letter.whoCanHelp.map((person) => [person.name, person.role] as const),
          ]}
        />
      </Section>
      <Section title="If you disagree">
        <BulletList items={letter.howToChallenge} />
      </Section>
      <P>Yours sincerely,</P>
      <P>{letter.chair ? `${letter.chair.name}, ${letter.chair.role}, chair of the conference` : 'The chair of the conference'}</P>
    </DocumentFrame>
  );
}
