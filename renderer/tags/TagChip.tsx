import type { CSSProperties, ReactNode } from 'react';
import { useTags } from './tags-context';

/** A tag as a small pill: hierarchy shown with "›", colour as a dot (set through CSSOM, CSP-safe). */
export function TagChip({ name, children }: { name: string; children?: ReactNode }) {
  const { colorOf } = useTags();
  const color = colorOf(name);
  const parts = name.split('/');
  return (
    <span className="tag-chip" style={color ? ({ '--tag-color': color } as CSSProperties) : undefined} data-tag={name}>
      <span className="tag-dot" aria-hidden="true" />
      {parts.length > 1 && <span className="tag-parent">{parts.slice(0, -1).join(' › ')} › </span>}
      <span className="tag-leaf">{parts[parts.length - 1]}</span>
      {children}
    </span>
  );
}
