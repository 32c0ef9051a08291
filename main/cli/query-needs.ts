/** What a query needs before the CLI can answer it. */
import { parseQuery, type QueryNode } from '../../shared/query';

/**
 * Whether a query filters by person, organisation or place: those come from the analysis, so the
 * CLI analyses the articles not analysed yet (cached by content: once per article) before answering.
 */
export function usesEntities(query: string): boolean {
  const { ast } = parseQuery(query);
  const walk = (n: QueryNode): boolean =>
    n.kind === 'entity' || ((n.kind === 'and' || n.kind === 'or') && n.children.some(walk)) || (n.kind === 'not' && walk(n.child));
  return ast !== null && walk(ast);
}
