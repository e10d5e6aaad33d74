import { STATEMENT_KIND_LABELS, type Statement } from '../../../shared/decision/analysis';

/** "Danger statement", "Safety goal": the kind without its explanation. */
export const kindName = (statement: Pick<Statement, 'kind'>) => STATEMENT_KIND_LABELS[statement.kind].split(' (')[0] ?? statement.kind;

/** How a statement is named on buttons and in questions: "danger statement 1", "strength 2". */
export function statementName(statements: readonly Statement[], statement: Statement): string {
  const sameKind = statements.filter((s) => s.kind === statement.kind);
  return `${kindName(statement).toLowerCase()} ${sameKind.indexOf(statement) + 1}`;
}
