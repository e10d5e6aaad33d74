/**
 * Whether a sentence gives facts: a number, a date or day, a time, or what someone saw, heard or
 * said. A judgement ("the bedroom was in a bad state") is vague only when none of these is there.
 */

const NUMBER = /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|once|twice|half|every|each|daily|weekly|monthly)\b/iu;
const WHEN = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|yesterday|today|tonight|this morning|last (?:night|week|month|term|year)|since)\b/iu;
const SEEN = /\b(?:said|says|told|tells|saw|seen|heard|found|noticed|counted|measured|weighed|showed|shows|photographed|recorded|because|for example|such as)\b/iu;

export function givesFacts(sentence: string): boolean {
  return NUMBER.test(sentence) || WHEN.test(sentence) || SEEN.test(sentence);
}
