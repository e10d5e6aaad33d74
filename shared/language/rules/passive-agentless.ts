import type { RuleInput } from '../schema';

/** Passives that hide an actor who matters ("a decision was made"). Only participles where the
 *  actor usually matters are listed, so "was born", "was worried" and the recommended "was not
 *  brought" pass; a following "by …" naming someone also passes (guide 1.3 H). */

export const passiveAgentlessRules: readonly RuleInput[] = [
  {
    id: 'passive-agentless.hidden-actor',
    kind: 'passive',
    category: 'passive-agentless',
    severity: { professional: 'info', family: 'warning' },
    participles: [
      'made', 'agreed', 'decided', 'felt', 'thought', 'considered', 'deemed', 'believed', 'judged',
      'advised', 'told', 'asked', 'instructed', 'informed', 'warned', 'reminded', 'encouraged',
      'required', 'requested', 'referred', 'rereferred', 'removed', 'raised', 'reported', 'noted',
      'recorded', 'identified', 'assessed', 'observed', 'seen', 'discussed', 'shared', 'sent', 'given',
      'offered', 'arranged', 'completed', 'undertaken', 'allocated', 'escalated', 'closed', 'placed',
      'taken', 'contacted', 'approached', 'challenged', 'questioned', 'interviewed', 'spoken',
      'explained', 'highlighted', 'recommended', 'suggested', 'proposed', 'concluded', 'found', 'left',
      'hit', 'pushed', 'grabbed', 'assaulted', 'slapped', 'kicked', 'smacked', 'punched', 'threatened',
      'shouted', 'blamed', 'criticised', 'excluded', 'suspended', 'cancelled', 'postponed', 'missed',
      'declined', 'provided', 'put', 'implemented', 'initiated', 'convened', 'investigated',
      'withdrawn', 'ended', 'stopped',
      'facilitated', 'carried', 'updated', 'actioned', 'signposted', 'stepped', 'transferred',
      'supervised', 'monitored', 'reviewed', 'sought', 'obtained',
    ],
    impersonalParticiples: ['hoped', 'understood', 'recognised', 'acknowledged', 'accepted', 'assumed', 'anticipated', 'intended', 'envisaged', 'planned', 'known', 'expected', 'said', 'alleged', 'reported'],
    message: 'Say who did this. The family needs to know who decided, referred or advised.',
    why: 'Passives like "a decision was made" hide who is responsible and who to ask.',
    source: ['Plain English Campaign: active verbs', 'Easy Read guidance (GOV.UK accessible formats)', 'Language guide 1.3 H'],
    suggestions: [{ text: 'The conference decided…', safe: false }, { text: 'The health visitor has referred {child} to…', safe: false }],
    examples: {
      flag: ['A decision was made to hold a strategy meeting.', 'It was agreed that Dean would move out.', 'Mum was advised to call the police.', 'Levi has been referred to speech therapy.'],
      pass: [
        'Levi was seen by the school nurse.',
        'Levi was not brought to his appointment.',
        'Maya was born in Eastbridge.',
        'Mum was advised by Femi to call the police.',
        'Maya was worried about her mum.',
      ],
    },
  },
];
