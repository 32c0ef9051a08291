/**
 * The library's tags and every change to them. Each change shows a toast with "Undo"; Ctrl/Cmd+Z
 * undoes the latest one (the service keeps the history, `undoTagChange`).
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TagInfo } from '../../shared/contract';
import { useApi, useEvent } from '../app/api-context';
import { useToasts } from '../app/toasts';
import { useAnnounceChange } from '../app/undo';
import { errorMessage } from '../client';
import { displayTag, inheritedColor } from './tag-tree';
import { plural } from '../app/format';

export interface TagsApi {
  tags: TagInfo[];
  colorOf(name: string): string | null;
  /** Bumped after every change, so lists that show tags refetch. */
  version: number;
  tagArticles(ids: string[], add: string[], remove: string[]): Promise<boolean>;
  renameTag(from: string, to: string): Promise<boolean>;
  mergeTags(from: string[], into: string): Promise<boolean>;
  setTagColor(name: string, color: string | null): Promise<boolean>;
  undo(changeId?: string): Promise<void>;
}

const TagsContext = createContext<TagsApi | null>(null);

export function useTags(): TagsApi {
  const ctx = useContext(TagsContext);
  if (!ctx) throw new Error('useTags outside <TagsProvider>');
  return ctx;
}

export function TagsProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const { notify } = useToasts();
  const announce = useAnnounceChange();
  const [tags, setTags] = useState<TagInfo[]>([]);
  const [version, setVersion] = useState(0);

  const refresh = useCallback(() => {
    api.listTags({}).then(
      (r) => setTags(r.tags),
      (e) => notify({ kind: 'error', message: `Could not load tags: ${errorMessage(e)}` }),
    );
  }, [api, notify]);
  useEffect(refresh, [refresh, version]);
  useEvent('libraryChanged', () => refresh());

  const undo = useCallback(
    async (changeId?: string) => {
      try {
        const r = await api.undoTagChange(changeId ? { changeId } : {});
        notify({ message: r.undone ? 'Tag change undone.' : 'Nothing to undo.' });
        setVersion((v) => v + 1);
      } catch (e) {
        notify({ kind: 'error', message: `Could not undo: ${errorMessage(e)}` });
      }
    },
    [api, notify],
  );

  /** Run a change, then announce it with an Undo action. */
  const change = useCallback(
    async (run: () => Promise<{ changeId: string; changed: number }>, describe: (changed: number) => string) => {
      try {
        const r = await run();
        setVersion((v) => v + 1);
        announce({ key: r.changeId, message: describe(r.changed), undo: () => undo(r.changeId) });
        return true;
      } catch (e) {
        notify({ kind: 'error', message: errorMessage(e) });
        return false;
      }
    },
    [notify, undo, announce],
  );

  const value = useMemo<TagsApi>(() => {
    const byName = new Map(tags.map((t) => [t.name, t]));
    return {
      tags,
      version,
      colorOf: (name) => inheritedColor(name, byName),
      tagArticles: (ids, add, remove) =>
        change(
          () => api.tagArticles({ ids, add, remove }),
          (n) =>
            [
              add.length ? `Tagged ${plural(n, 'article')} with ${add.map(displayTag).join(', ')}.` : '',
              remove.length ? `Removed ${remove.map(displayTag).join(', ')} from ${plural(ids.length, 'article')}.` : '',
            ]
              .filter(Boolean)
              .join(' '),
        ),
      renameTag: (from, to) => change(() => api.renameTag({ from, to }), (n) => `Renamed ${displayTag(from)} to ${displayTag(to)} on ${plural(n, 'article')}.`),
      mergeTags: (from, into) =>
        change(() => api.mergeTags({ from, into }), (n) => `Merged ${from.map(displayTag).join(', ')} into ${displayTag(into)} (${plural(n, 'article')}).`),
      setTagColor: (name, color) =>
        change(() => api.setTagColor({ name, color }), () => (color ? `Colour of ${displayTag(name)} set.` : `Colour of ${displayTag(name)} cleared.`)),
      undo,
    };
  }, [tags, version, change, undo, api]);

  return <TagsContext.Provider value={value}>{children}</TagsContext.Provider>;
}
