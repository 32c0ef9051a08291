import { afterAll, describe, expect, it } from 'vitest';
import { TempFolder } from './temp-files.test-helper';
import { pastedIntoThread, withoutQuoteMarks } from './txt-pastes';

const folder = new TempFolder();
afterAll(() => folder.remove());

const story = [
  'County board backs second Marlow ferry',
  '',
  'By Teodor Vance',
  'Tuesday, March 19 2024',
  '',
  'The county board approved a second ferry for the Marlow crossing on Tuesday, ending a two-year dispute over who would pay for it.',
  '',
  'The new vessel will carry 40 cars and is due to enter service next spring, the board said in a statement after the vote.',
  '',
  '"This is the crossing our town has waited for," said board member Ines Calloway, who proposed the plan.',
];

describe('a story quoted in a reply', () => {
  it("reads the quoted story without its '> ' marks, not the replier's header, note or date", () => {
    const a = folder.parse(
      'reply.txt',
      [
        'From: Piet Anker <piet@club.example>',
        'Sent: Thursday 21 March 2024 09:12',
        'To: Rowing club <all@club.example>',
        'Subject: Re: ferry news',
        '',
        'Good to see this at last. See you all on Saturday.',
        '',
        'Piet',
        '',
        'On Wed, 20 Mar 2024 at 18:02, Hanna Loft <hanna@mail.example> wrote:',
        '> Saw this in the Sentinel tonight, pasting it in case you missed it.',
        '>',
        ...story.map((l) => (l === '' ? '>' : `> ${l}`)),
        '>',
        '> Hanna',
      ].join('\n'),
    );
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance']);
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.text).not.toContain('>');
    expect(a.text).not.toContain('Saturday');
  });

  it('reads a quote whose attribution line is quoted too', () => {
    const a = folder.parse('quoted-attribution.txt', ['Wow, at last!', '', '> On 20 Mar 2024, at 18:02, Hanna Loft <hanna@mail.example> wrote:', '>', ...story.map((l) => `> ${l}`)].join('\n'));
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.publishedAt?.value).toBe('2024-03-19');
  });

  it('takes off the marks of deeper quoting and leaves a text that quotes a sentence or two alone', () => {
    expect(withoutQuoteMarks(['Bert wrote:', ...story.map((l) => `> > ${l}`)].join('\n'))?.split('\n')[0]).toBe('County board backs second Marlow ferry');
    const letter = ['Dear editor,', '', ...story.slice(5), '', '> a line I quote', '', 'Yours, A. Reader'].join('\n');
    expect(withoutQuoteMarks(letter)).toBeNull();
  });
});

describe('a story pasted into a comment of a thread', () => {
  it("keeps the pasted story between the thread's buttons and counters, after the poster's introduction", () => {
    const thread = [
      'r/marlow',
      '•',
      '3 hr. ago',
      'ferryfan22',
      'County board backs second Marlow ferry (sentinel.example)',
      'News',
      '87',
      '12',
      'Share',
      'ferryfan22',
      'OP',
      '•',
      '3h ago',
      'Full article for those without a subscription:',
      '',
      'The Marlow Sentinel',
      '',
      ...story,
      '',
      '12',
      'Reply',
      'Share',
      'otheruser',
      '•',
      '2h ago',
      'About time.',
      '4',
      'Reply',
    ].join('\n');
    const pasted = pastedIntoThread(thread)!;
    expect(pasted.trim().split('\n')[0]).toBe('The Marlow Sentinel');
    expect(pasted).not.toContain('About time');
    const a = folder.parse('thread.txt', thread);
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance']);
    expect(a.publisher).toBe('The Marlow Sentinel');
  });

  it("keeps a story pasted under a comment's head line with its age, without the replies after it", () => {
    const thread = ['Talkboard | new | past | ask', 'County board backs second Marlow ferry (sentinel.example)', '88 points by boatguy 5 hours ago | hide | 21 comments', '', 'marlowite 4 hours ago | next [–]', "Paywalled, here's the text:", '', ...story, '', 'reply', '', 'someone 3 hours ago | prev [–]', 'Finally some good news for the island, after all these years of waiting.', '', 'reply'].join('\n');
    const a = folder.parse('board.txt', thread);
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.text).not.toContain('Finally some good news');
  });

  it("keeps a story a forum post pastes under its introduction, up to the next post", () => {
    const post = ['Marlow Community Forum', 'Board index ‹ Local news', '', 'County board backs second Marlow ferry', 'Post by harbourwatch » Thu Mar 21, 2024 7:14 pm', '', "From today's Sentinel:", '', ...story, '', 'Top', '', 'Re: County board backs second Marlow ferry', 'Post by otheruser » Thu Mar 21, 2024 8:00 pm', '', 'Great news for the island, it has been a long time coming for all of us.', '', 'Top'].join('\n');
    const a = folder.parse('forum.txt', post);
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance']);
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.text).not.toContain('long time coming');
  });

  it("keeps a story a group post pastes for those behind a paywall, without the post's reactions", () => {
    const a = folder.parse('group.txt', ['Marlow Residents Group', 'Piet Anker', '21 March at 19:14 ·', '', 'Copying the article here for those who cannot get past the paywall:', '', ...story, '', 'All reactions:', '24', '6 comments', 'Like', 'Comment', 'Share'].join('\n'));
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance']);
    expect(a.text).not.toContain('reactions');
  });

  it("keeps a story pasted between rows of comment buttons ('permalink save report reply', 'Like · Reply · 5h')", () => {
    const old = ['County board backs second Marlow ferry (sentinel.example)', 'submitted 6 hours ago by ferryfan22', '12 comments share save hide report', '', '[–] ferryfan22 [S] 40 points 6 hours ago', 'Text of the article, since it is paywalled:', '', ...story, '', 'permalink embed save report reply', '', '[–] otheruser 10 points 5 hours ago', 'Great to hear this news after so many years of waiting, well done.', '', 'permalink embed save parent report reply'].join('\n');
    expect(folder.parse('old.txt', old).text).not.toContain('well done');
    const group = ['Marlow Residents', 'Piet Anker', '', ...story, '', 'Like · Reply · 5h', 'Ann Reel', 'About time too, this has taken years and years to get done.', 'Like · Reply · 4h'].join('\n');
    const a = folder.parse('group-comment.txt', group);
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.text).not.toContain('About time');
  });

  it("keeps a page's own header above its share buttons, and drops the comments under the story", () => {
    const page = ['County board backs second Marlow ferry', 'By Teodor Vance', '19 March 2024 · 3 hours ago', 'Share', '', ...story.slice(5), '', 'Comments', 'otheruser', '2h ago', 'Finally some good news for the island, after all these years of waiting.', 'Reply', 'third', '1h ago', 'Agreed.', 'Reply'].join('\n');
    const a = folder.parse('page-comments.txt', page);
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.authors).toEqual(['Teodor Vance']);
    expect(a.text).not.toContain('Finally some good news');
  });

  it('leaves an article with share buttons alone', () => {
    expect(pastedIntoThread(['Share', '', ...story, '', 'Share', 'Reply'].join('\n'))).toBeNull();
  });
});

describe("a reader's translation of a story", () => {
  it("reads the cited outlet and date, the translated headline, without the translator's header and notes", () => {
    const a = folder.parse(
      'translation.txt',
      [
        'Marlow Expat Forum — local news in English',
        '',
        'Original: Marlowse Krant (Dutch weekly), page 2, 19 March 2024',
        'Translation: Ruth Abara. Unofficial, for members only.',
        '',
        ...story.filter((l) => !/^(?:By |Tuesday)/.test(l)),
        '',
        "Translator's note: the board is the provincial one.",
      ].join('\n'),
    );
    expect(a.title).toBe('County board backs second Marlow ferry');
    expect(a.publisher).toBe('Marlowse Krant');
    expect(a.publishedAt?.value).toBe('2024-03-19');
    expect(a.authors).toEqual([]);
    expect(a.text).not.toContain('Translator');
  });
});

describe('a story pasted into a journal entry (text44 kinds, invented example)', () => {
  it('reads the story under the entry\'s "Pasted from ...:" line, past the day\'s notes, and not the list or the next entry after it', () => {
    const story = [
      'WESTPORT, March 9 — The county council voted on Tuesday to rebuild the harbour road, which has flooded four times since the spring.',
      'Work will start in March and is expected to take eleven months, the council\'s engineer told the meeting, with one lane kept open for buses.',
      'Residents who use the road every day said the plan was welcome but had come too late for the winter, when the worst of the flooding comes.',
    ];
    const text = [
      '\tDate:\t10 March 2028 at 21:14:05 GMT',
      '\tLocation:\tWestport',
      '\tTags:\tfieldwork, roads',
      '',
      'Day 2 — Westport. The road story',
      '',
      'Met the engineer at the depot at eleven. He says the story below is mostly right, but the cost figure is last year\'s estimate.',
      '',
      'Pasted from the Harbour Ledger (saved on the phone this morning):',
      '',
      'Harbour Ledger',
      'Local',
      'Council backs rebuild of the harbour road after four floods',
      '10 March 2028 00:31',
      'Jane Roe',
      ...story,
      '',
      'Questions for Monday:',
      '- Which lane closes first?',
      '- Get the tender documents.',
      '',
      '\tDate:\t11 March 2028 at 08:02:47 GMT',
      '\tLocation:\tWestport station',
      '',
      'Train back at 08:40. Remember to send the hotel receipt to finance.',
    ].join('\n');
    const a = folder.parse('journal.txt', text);
    expect(a.title).toBe('Council backs rebuild of the harbour road after four floods');
    expect(a.publishedAt?.value).toMatch(/^2028-03-10/);
    expect(a.authors).toEqual(['Jane Roe']);
    expect(a.text).toBe(story.join('\n\n'));
  });
});
