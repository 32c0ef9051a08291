/**
 * Reporting verbs (infinitives): the verbs news uses to attribute a statement ("said", "told reporters",
 * "warned", "urged"). An event whose main verb is one of these is a statement, and its content is what
 * was said. The list follows the attribution verbs of news style guides; it is about grammar, not topics.
 */
export const REPORTING_VERBS = new Set(
  `say tell add state explain note write comment remark claim argue insist warn announce declare ask reply respond
   report continue conclude recall acknowledge admit emphasize emphasise stress suggest describe call confirm deny
   observe predict tweet post urge vow pledge promise threaten caution accuse criticize criticise praise assert
   contend maintain reiterate repeat demand concede complain signal indicate disclose reveal allege boast testify
   speak brief answer estimate forecast agree disagree dismiss reject`
    .split(/\s+/)
    .filter(Boolean),
);

export function isReportingVerb(infinitive: string | null | undefined): boolean {
  return !!infinitive && REPORTING_VERBS.has(infinitive.toLowerCase());
}
