/** Escaping shared by the HTML-bearing exports. */
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** The URL if it is http(s), else null (no javascript:, data:, file: links in exports). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** Whether a description only repeats the title (then exports leave it out). */
export function repeatsTitle(description: string, title: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, ' ').replace(/[\s.…!?]+$/u, '').trim().toLowerCase();
  return !description.trim() || norm(description) === norm(title);
}
