import { afterAll, describe, expect, it } from 'vitest';
import { readToml, splitTomlFrontMatter, withoutShortcodes } from './static-site';
import { TempFolder } from './temp-files.test-helper';

const folder = new TempFolder();
afterAll(() => folder.remove());

describe('TOML front matter', () => {
  it('reads strings, dates, arrays and the keys of a [params] table the page does not set', () => {
    const data = readToml(['title = "Pier reopens"', "slug = 'pier'", 'date = 2023-08-14T07:00:00+01:00', 'tags = ["coast", "pier"]', 'draft = false', '', '[params]', '  author = "Wes Abernathy"', '  title = "Ignored"', '', '[menu.main]', '  weight = 3'].join('\n'));
    expect(data).toEqual({ title: 'Pier reopens', slug: 'pier', date: '2023-08-14T07:00:00+01:00', tags: ['coast', 'pier'], draft: false, author: 'Wes Abernathy' });
  });

  it('splits front matter between +++ lines from the Markdown after it', () => {
    expect(splitTomlFrontMatter('+++\ntitle = "A"\n+++\n\nBody.')?.body).toBe('\nBody.');
    expect(splitTomlFrontMatter('title = "A"\n\nBody.')).toBeNull();
  });
});

describe('shortcodes', () => {
  it("keeps a figure's caption, a ref link's words, and drops lone shortcodes and the summary mark", () => {
    const md = ['Intro.', '<!--more-->', '{{< figure src="/a.jpg" caption="Divers at the reef." attr="Photo: Kit Rowe" >}}', 'See [last year]({{< ref "news/2022/reef.md" >}}).', '{{< vimeo 12345 >}}', '{{% notice %}}Inside{{% /notice %}}'].join('\n');
    expect(withoutShortcodes(md)).toBe(['Intro.', '', 'Divers at the reef.', 'See [last year](#).', '', 'Inside'].join('\n'));
  });

  it('reads a Hugo content file saved as .txt', () => {
    const a = folder.parse(
      'reef.txt',
      ['+++', 'title = "Reef survey finds coral recovering"', 'date = 2023-05-02T06:00:00+10:00', '[params]', '  author = "Mara Telfer"', '  publication = "The Coral Bay Courier"', '+++', '', 'Divers counted more young coral than in any year since 2016.', '', '{{< figure src="/r.jpg" caption="A diver measures a colony." attr="Photo: Jo Vance" >}}', '', '{{< subscribe >}}'].join('\n'),
    );
    expect(a.title).toBe('Reef survey finds coral recovering');
    expect(a.authors).toEqual(['Mara Telfer']);
    expect(a.publisher).toBe('The Coral Bay Courier');
    expect(a.publishedAt?.value.slice(0, 10)).toBe('2023-05-02');
    expect(a.text).toBe('Divers counted more young coral than in any year since 2016.\n\nA diver measures a colony.');
  });
});
