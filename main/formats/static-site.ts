/**
 * What static-site generators (Hugo, Zola and their kin) put in a Markdown content file besides Markdown:
 * front matter in TOML between "+++" lines, and shortcodes ("{{< figure src=... caption=... >}}",
 * "{{% notice %}}", "{{< ref "path" >}}") the site expands when it builds the page.
 */

const TOML_FENCE = /^\uFEFF?\+\+\+[ \t]*\r?\n([\s\S]*?)\r?\n\+\+\+[ \t]*(?:\r?\n|$)/;

/** The TOML front matter of a content file and the Markdown after it; null when the file does not open with one. */
export function splitTomlFrontMatter(text: string): { data: Record<string, unknown>; body: string } | null {
  const m = TOML_FENCE.exec(text);
  if (!m) return null;
  return { data: readToml(m[1]!), body: text.slice(m[0].length) };
}

/**
 * The flat keys of a front matter in TOML: "key = value" lines with strings, numbers, booleans, dates and
 * arrays of them. The keys of a table ("[params]", where Hugo keeps a theme's page fields such as author) are
 * read as the page's own when the page does not set them; other tables are left out.
 */
export function readToml(text: string): Record<string, unknown> {
  const top: Record<string, unknown> = {};
  const params: Record<string, unknown> = {};
  let table: string | null = null;
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const header = /^\[\[?\s*([^\]]+?)\s*\]\]?$/.exec(line);
    if (header) {
      table = header[1]!.toLowerCase();
      continue;
    }
    const pair = /^("?)([\w.-]+)\1\s*=\s*(.*)$/.exec(line);
    if (!pair) continue;
    const value = tomlValue(pair[3]!);
    if (value === undefined) continue;
    if (table === null) top[pair[2]!] = value;
    else if (table === 'params') params[pair[2]!] = value;
  }
  for (const [key, value] of Object.entries(params)) if (!(key in top)) top[key] = value;
  return top;
}

function tomlValue(text: string): unknown {
  const value = text.replace(/\s+#[^"']*$/, '').trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'([^']*)'$/.exec(value);
  if (quoted) return quoted[1] !== undefined ? quoted[1].replace(/\\(["\\])/g, '$1').replace(/\\n/g, '\n').replace(/\\t/g, '\t') : quoted[2];
  if (/^\[.*\]$/.test(value)) {
    const items = [...value.slice(1, -1).matchAll(/"((?:[^"\\]|\\.)*)"|'([^']*)'|([^,\s][^,]*)/g)].map((m) => (m[1] ?? m[2] ?? m[3]!).trim());
    return items.filter((item) => item !== '');
  }
  if (value === 'true' || value === 'false') return value === 'true';
  if (/^-?\d+(?:\.\d+)?$/.test(value)) return Number(value);
  // Dates and times stay as written ("2024-06-01T09:00:00+10:00"): the page's local date is the one it shows.
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return value;
  return undefined;
}

/** A shortcode's named argument: caption="...", title='...'. */
function argument(args: string, name: string): string | null {
  const m = new RegExp(String.raw`(?:^|\s)${name}\s*=\s*(?:"((?:[^"\\]|\\.)*)"|'([^']*)')`).exec(args);
  return m ? (m[1] ?? m[2]!).trim() : null;
}

const SHORTCODE = /\{\{[<%]\s*(\/?)([\w-]+)([\s\S]*?)\s*[>%]\}\}/g;

/**
 * Markdown without shortcodes: a figure's caption shown on the page stays as its own paragraph (its photo
 * credit does not), a link to a page through "ref"/"relref" keeps its words, a shortcode standing alone on its
 * line (a video, a subscription box) goes, and an opening and closing pair keeps what is between them.
 */
export function withoutShortcodes(markdown: string): string {
  if (!/\{\{[<%]/.test(markdown)) return markdown;
  return markdown
    .replace(/\]\(\s*\{\{[<%]\s*(?:rel)?ref\b[\s\S]*?[>%]\}\}\s*\)/g, '](#)')
    .replace(SHORTCODE, (_, closing: string, name: string, args: string) => {
      if (closing === '' && /^(?:figure|img|image|photo|picture)$/i.test(name)) return argument(args, 'caption') ?? argument(args, 'title') ?? '';
      return '';
    })
    .replace(/^[ \t]*<!--\s*more\s*-->[ \t]*$/gim, '');
}
