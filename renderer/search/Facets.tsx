/** Facet counts for source, year, tag, person, organisation and place; clicking one adds (or removes) the matching filter in the query. */
import type { Facets as FacetData } from '../../shared/contract';
import { displayTag } from '../tags/tag-tree';
import { facetFilter, hasFilter, type FacetKind } from './query-edit';

const GROUPS: { kind: FacetKind; title: string }[] = [
  { kind: 'source', title: 'Source' },
  { kind: 'year', title: 'Year' },
  { kind: 'tag', title: 'Tag' },
  { kind: 'person', title: 'Person' },
  { kind: 'organization', title: 'Organisation' },
  { kind: 'place', title: 'Place' },
];
/** Entity groups appear once the engine counts them (after the analysis put entities in the index). */
const ENTITY_KINDS = new Set<FacetKind>(['person', 'organization', 'place']);
const SHOWN = 12;

export function Facets({ facets, query, onToggle }: { facets: FacetData | null; query: string; onToggle(filter: string): void }) {
  return (
    <nav className="facets" aria-label="Filters">
      {!facets && <p className="muted">Search to see counts by source, year, tag, person, organisation and place; click one to filter.</p>}
      {facets && GROUPS.map(({ kind, title }) => {
        const values = facets?.[kind] ?? [];
        if (ENTITY_KINDS.has(kind) && values.length === 0) return null;
        const sorted = kind === 'year' ? [...values].sort((a, b) => b.value.localeCompare(a.value)) : values;
        return (
          <section key={kind} className="facet-group" aria-labelledby={`facet-${kind}`}>
            <h3 id={`facet-${kind}`}>{title}</h3>
            {sorted.length === 0 ? (
              <p className="muted">—</p>
            ) : (
              <ul>
                {sorted.slice(0, SHOWN).map((v) => {
                  const filter = facetFilter(kind, v.value);
                  const on = hasFilter(query, filter);
                  const label = kind === 'tag' ? displayTag(v.value) : v.value;
                  return (
                    <li key={v.value}>
                      <button
                        type="button"
                        className="facet"
                        aria-pressed={on}
                        aria-label={`${title} ${label}: ${v.count}`}
                        title={on ? `Remove filter ${filter}` : `Filter: ${filter}`}
                        onClick={() => onToggle(filter)}
                      >
                        <span className="facet-value">{label}</span>
                        <span className="facet-count">{v.count.toLocaleString('en')}</span>
                      </button>
                    </li>
                  );
                })}
                {sorted.length > SHOWN && <li className="muted">and {sorted.length - SHOWN} more (type a filter)</li>}
              </ul>
            )}
          </section>
        );
      })}
    </nav>
  );
}
