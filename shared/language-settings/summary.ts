import type { Category, Finding } from '../language/types';
import { CATEGORIES } from '../language/types';
import type { IgnoreDecision, LanguageRecordKind, LanguageSummary, SeverityCounts } from './schema';

/** One stored text with its findings, before "ignore here" decisions are applied. */
export interface CheckedText {
  readonly recordKind: LanguageRecordKind;
  readonly recordId: string;
  readonly field: string;
  readonly audience: 'professional' | 'family';
  readonly findings: readonly Finding[];
}

/** Whether a decision covers this finding: same record and field, same check, same words. */
export function isIgnored(decisions: readonly Pick<IgnoreDecision, 'recordKind' | 'recordId' | 'field' | 'ruleId' | 'text'>[], target: { recordKind: string; recordId: string; field: string }, finding: Pick<Finding, 'ruleId' | 'text'>): boolean {
  return decisions.some(
    (decision) =>
      decision.recordKind === target.recordKind && decision.recordId === target.recordId && decision.field === target.field && decision.ruleId === finding.ruleId && decision.text === finding.text,
  );
}

const zero = (): { error: number; warning: number; info: number } => ({ error: 0, warning: 0, info: 0 });

/** Counts by severity and by category of what is still open, across a conference's texts. */
export function summarise(conferenceId: string, texts: readonly CheckedText[], decisions: readonly IgnoreDecision[]): LanguageSummary {
  const open = zero();
  const byCategory = new Map<Category, { error: number; warning: number; info: number }>();
  let ignored = 0;
  let familyFacingErrors = 0;
  for (const text of texts) {
    for (const finding of text.findings) {
      if (isIgnored(decisions, text, finding)) {
        ignored += 1;
        continue;
      }
      open[finding.severity] += 1;
      const counts = byCategory.get(finding.category) ?? zero();
      counts[finding.severity] += 1;
      byCategory.set(finding.category, counts);
      if (text.audience === 'family' && finding.severity === 'error') familyFacingErrors += 1;
    }
  }
  return {
    conferenceId,
    textsChecked: texts.length,
    open,
    ignored,
    byCategory: CATEGORIES.flatMap((category) => {
      const counts: SeverityCounts | undefined = byCategory.get(category);
      return counts === undefined ? [] : [{ category, counts }];
    }),
    familyFacingErrors,
  };
}
