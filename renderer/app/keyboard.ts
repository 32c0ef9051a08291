/** The keyboard map, shown in the help dialog and used by the global key handler. */
export const KEY_MAP: { keys: string; action: string }[] = [
  { keys: '/', action: 'Focus the search box' },
  { keys: 'h', action: 'Recent searches (also ↓ in an empty search box)' },
  { keys: 's', action: 'Save the current search' },
  { keys: 'e', action: 'People, organisations and places (Entities)' },
  { keys: 'j / ↓', action: 'Next result' },
  { keys: 'k / ↑', action: 'Previous result' },
  { keys: 'Enter', action: 'Open the current result' },
  { keys: 'x / Space', action: 'Select or unselect the current result (Shift+↑/↓ extends)' },
  { keys: 't', action: 'Tag the open article, or the selected results' },
  { keys: 'c', action: 'Add the current article to Compare' },
  { keys: 'h', action: 'Highlight the passage selected in the reader' },
  { keys: 'Escape', action: 'Go back: leave a field, close the reader, return to the library' },
  { keys: 'Ctrl/⌘ + Z', action: 'Undo the last change (tags, details, notes and highlights, saved searches, clearing recent searches)' },
  { keys: '?', action: 'Show this list' },
];

/** Keys typed into text fields belong to the field. */
export function isTextField(el: Element | null): boolean {
  if (!el) return false;
  if (el instanceof HTMLTextAreaElement || el instanceof HTMLSelectElement) return true;
  if (el instanceof HTMLInputElement) return !['checkbox', 'radio', 'button', 'submit', 'reset', 'color', 'file', 'range'].includes(el.type);
  return (el as HTMLElement).isContentEditable === true;
}
