/**
 * The web-page reader against the invented development set (testdata/web, see its README): the targets
 * for web pages hold on both halves and on the later fresh set; heldout2 to heldout8 and heldout10 hold at the figures they reached once fixed, heldout9 at its unseen score, heldout11 at what it reached once partly fixed. `npm run eval -- --web <folder> --verbose` lists every miss.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreFolder, tokenF1 } from './eval/web-score';
import { expectAtFloor } from './temp-files.test-helper';

const folder = (name: string) => fileURLToPath(new URL(`./testdata/web/${name}/`, import.meta.url));

/** The targets for web pages. */
const TARGETS = { title: 0.9, date: 0.9, authors: 0.85, publisher: 0.8, textF1: 0.96 };
/** heldout2 was scored blind (title .75, date .80, author .55, publisher .95, text F1 .939), then fixed by kind: its floor is what it reached. */
const HELDOUT2_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout3 was scored blind (title .95, date .75, author .60, publisher .75, text F1 .975), then fixed by kind: its floor is what it reached. */
const HELDOUT3_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.975 };
/** heldout4 was scored blind (title .958, date .792, author .833, publisher .958, text F1 .935), then fixed by kind: its floor is what it reached. */
const HELDOUT4_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout5 was scored blind (title .90, date .95, author .70, publisher .95, text F1 .949), then fixed by kind: its floor is what it reached. */
const HELDOUT5_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout6 was scored blind (title .90, date .80, author .65, publisher 1, text F1 .940), then fixed by kind: its floor is what it reached. */
const HELDOUT6_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.975 };
/** heldout7 was scored blind (title 1, date 1, author .857, publisher 1, text F1 .975), then fixed by kind: its floor is what it reached. */
const HELDOUT7_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.995 };
/** heldout8 was scored blind (title 1, date 1, author .75, publisher 1, text F1 .999), then fixed by kind: its floor is what it reached. */
const HELDOUT8_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.995 };
/** heldout9 was written blind and has not been tuned on: its floor is its unseen score (one date and some furniture missed). */
const HELDOUT9_FLOOR = { title: 1, date: 0.9, authors: 1, publisher: 1, textF1: 0.975 };
/** heldout10 was scored blind (title .917, date .833, author .75, publisher 1, text F1 .974), then fixed by kind: its floor is what it reached. */
const HELDOUT10_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.995 };
/** heldout11 was scored blind (title 1, date .583, author .75, publisher .833, text F1 .869), then partly fixed by kind. */
const HELDOUT11_FLOOR = { title: 1, date: 0.83, authors: 0.83, publisher: 0.91, textF1: 0.945 };
/** heldout12 was scored blind (title .75, date .917, author .917, publisher .917, text F1 .973), then fixed by kind. */
const HELDOUT12_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.97 };
/**
 * heldout13 (ordinary pages of local TV, regional and national dailies, other-language outlets, a magazine longread,
 * a public broadcaster's live blog and an agency's own site), written blind (100 / 83.3 / 91.7 / 100 / F1 0.964).
 */
const HELDOUT13_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/**
 * heldout14 (pages of Japanese, Korean, Indonesian, Turkish, Israeli, Nigerian, Kenyan, Indian, Australian, Brazilian
 * and Polish outlets on EidosMedia, Django, Jannah, Naviga, Rails, Ghost, Escenic, Brightspot, Substack, Arc XP,
 * Soledad and Medium), written blind (100 / 83.3 / 75 / 100 / F1 0.991), fixed by kind.
 */
const HELDOUT14_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout15 (ordinary pages of US, UK, Irish, Canadian, Australian, NZ, South African, Indian, Gulf, Argentine and French outlets), written blind (100 / 100 / 91.7 / 100 / F1 0.987). */
const HELDOUT15_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout16 (a week's ordinary pages), scored blind with the last stop's final reader (100 / 91.7 / 100 / 100 / F1 0.974). */
const HELDOUT16_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout17 (a week's ordinary pages of outlets in other countries), written blind (100 / 83.3 / 91.7 / 100 / F1 0.967), fixed by kind. */
const HELDOUT17_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout18 (a week's ordinary pages of outlets in twelve more countries), written blind (100 / 100 / 66.7 / 91.7 / F1 0.989), fixed by kind. */
const HELDOUT18_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout19 (a week's ordinary pages of outlets in twelve more countries), written blind (100 / 100 / 83.3 / 100 / F1 0.976), fixed by kind. */
const HELDOUT19_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout20 (a week's ordinary pages), written blind (91.7 / 100 / 91.7 / 100 / F1 0.986), fixed by kind. */
const HELDOUT20_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout21 (a week's ordinary pages), scored blind with a stop's final reader (100 / 91.7 / 91.7 / 100 / F1 0.955), fixed by kind the next stop. */
const HELDOUT21_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout22 (a week's ordinary pages on other systems), written blind (100 / 66.7 / 58.3 / 100 / F1 0.970), fixed by kind. */
const HELDOUT22_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout23 (a week's pages of other kinds: wire, broadcaster, magazine, column, fact-check, release), written blind (100 / 83.3 / 66.7 / 91.7 / F1 0.945), fixed by kind. */
const HELDOUT23_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout24 (a week's ordinary pages), written blind with the next round's reader (100 / 91.7 / 83.3 / 100 / F1 0.978), fixed by kind. */
const HELDOUT24_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout25 (a week's ordinary pages), written blind with the third round's reader (100 / 91.7 / 75 / 100 / F1 0.964), fixed by kind. */
const HELDOUT25_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout26 (a week's ordinary pages), written blind with the fourth round's reader (100 / 75 / 58.3 / 100 / F1 0.985), partly fixed. */
const HELDOUT26_FLOOR = { title: 1, date: 0.75, authors: 0.91, publisher: 1, textF1: 0.98 };
/** heldout27 (a week's ordinary pages), scored blind with a stop's final reader (100 / 75 / 91.7 / 100 / F1 0.982), fixed by kind the stop after. */
const HELDOUT27_FLOOR = { title: 1, date: 0.91, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout28 (a week's ordinary pages), written blind (100 / 91.7 / 83.3 / 91.7 / F1 0.979), fixed by kind. */
const HELDOUT28_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout29 (a week's ordinary pages), written blind with the first round's reader (91.7 / 91.7 / 58.3 / 100 / F1 0.987), fixed by kind. */
const HELDOUT29_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout30 (a week's ordinary pages), written blind with the second round's reader (91.7 / 91.7 / 66.7 / 91.7 / F1 0.977), partly fixed. */
const HELDOUT30_FLOOR = { title: 0.91, date: 0.91, authors: 1, publisher: 0.91, textF1: 0.97 };
/** heldout31 (a week's ordinary pages), scored blind with this stop's final reader and not tuned on (100 / 91.7 / 75 / 100 / F1 0.993). */
const HELDOUT31_FLOOR = { title: 1, date: 0.91, authors: 0.91, publisher: 1, textF1: 0.99 };
/** heldout32 (a week's pages on platforms no other set uses), written blind with the first round's reader (100 / 91.7 / 50 / 100 / F1 0.975), fixed by kind. */
const HELDOUT32_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout33 (a week's pages on platforms no other set uses), written blind with the second round's reader (83.3 / 83.3 / 75 / 91.7 / F1 0.982), partly fixed. */
const HELDOUT33_FLOOR = { title: 0.91, date: 0.91, authors: 0.91, publisher: 1, textF1: 0.98 };
/** heldout34 (a week's ordinary pages), scored blind with a stop's final reader (100 / 100 / 83.3 / 100 / F1 0.994), fixed by kind the stop after. */
const HELDOUT34_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout35 (a week's ordinary pages), written blind, scored with the first round's reader (100 / 100 / 91.7 / 100 / F1 0.950), fixed by kind. */
const HELDOUT35_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout36 (a week's ordinary pages), written blind, scored with the second round's reader (91.7 / 100 / 50 / 100 / F1 0.979), fixed by kind. */
const HELDOUT36_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout37 (a week's ordinary pages), written blind, scored with the third round's reader (100 / 100 / 83.3 / 100 / F1 0.945), fixed by kind. */
const HELDOUT37_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout38 (a week's ordinary pages), written blind, scored with the fourth round's reader (91.7 / 83.3 / 58.3 / 100 / F1 0.975), partly fixed. */
const HELDOUT38_FLOOR = { title: 1, date: 0.83, authors: 0.91, publisher: 1, textF1: 0.97 };
/** heldout39 (a week's ordinary pages), written blind, scored with the fifth round's reader (100 / 100 / 58.3 / 91.7 / F1 0.990), partly fixed. */
const HELDOUT39_FLOOR = { title: 1, date: 1, authors: 0.91, publisher: 1, textF1: 0.98 };
/** heldout40 (a week's ordinary pages), scored blind with a stop's final reader (100 / 100 / 91.7 / 100 / F1 0.991), fixed by kind the stop after. */
const HELDOUT40_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout41 (a week's ordinary pages), written blind, scored with the first round's reader (100 / 100 / 83.3 / 100 / F1 0.978), fixed by kind. */
const HELDOUT41_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout42 (a week's ordinary pages), written blind, scored with the second round's reader (100 / 100 / 58.3 / 100 / F1 0.994), fixed by kind. */
const HELDOUT42_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout43 (a week's ordinary pages), written blind, scored with the third round's reader (100 / 100 / 75 / 100 / F1 0.990), fixed by kind. */
const HELDOUT43_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout44 (a week's ordinary pages), written blind, scored with the fourth round's reader (100 / 100 / 58.3 / 100 / F1 0.985), fixed by kind. */
const HELDOUT44_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout45 (a week's ordinary pages), scored blind with a stop's final reader (100 / 91.7 / 83.3 / 100 / F1 0.995), fixed by kind the stop after. */
const HELDOUT45_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout46 (a week's ordinary pages), written blind, scored with the first round's reader (100 / 91.7 / 33.3 / 100 / F1 0.975), fixed by kind. */
const HELDOUT46_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout47 (a week's ordinary pages), written blind, scored with the second round's reader (83.3 / 66.7 / 66.7 / 100 / F1 0.970), partly fixed. */
const HELDOUT47_FLOOR = { title: 0.91, date: 0.83, authors: 0.91, publisher: 1, textF1: 0.96 };
/** heldout48 (a week's ordinary pages), scored blind with the third round's reader (100 / 75 / 66.7 / 100 / F1 0.979), partly fixed in a fourth round. */
const HELDOUT48_FLOOR = { title: 1, date: 0.75, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout49 (a week's ordinary pages), scored blind with a stop's final reader (100 / 83.3 / 75 / 100 / F1 0.991); authors 83.3 after a round on other sets the stop after. */
const HELDOUT49_FLOOR = { title: 1, date: 0.83, authors: 0.91, publisher: 1, textF1: 0.99 };
/** heldout50 (a week's ordinary pages), scored blind with the round before's reader (91.7 / 66.7 / 50 / 100 / F1 0.984), fixed by kind. */
const HELDOUT50_FLOOR = { title: 1, date: 0.91, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout51 (a week's ordinary pages), scored blind with the round before's reader (100 / 83.3 / 66.7 / 100 / F1 0.979), fixed by kind. */
const HELDOUT51_FLOOR = { title: 1, date: 1, authors: 0.91, publisher: 1, textF1: 0.98 };
/** heldout52 (a week's ordinary pages), scored blind with the round before's reader and not tuned on (100 / 83.3 / 75 / 100 / F1 0.981). */
const HELDOUT52_FLOOR = { title: 1, date: 0.83, authors: 0.75, publisher: 1, textF1: 0.98 };
/** heldout53 (a week's ordinary pages), scored blind with the final reader of the stop before (91.7 / 83.3 / 75 / 100 / F1 0.988), fixed by kind. */
const HELDOUT53_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout54 (a week's ordinary pages), scored blind with the round before's reader (100 / 91.7 / 50 / 100 / F1 0.974), fixed by kind. */
const HELDOUT54_FLOOR = { title: 1, date: 1, authors: 0.91, publisher: 1, textF1: 0.97 };
/** heldout55 (a week's ordinary pages), scored blind with the round before's reader (100 / 91.7 / 41.7 / 91.7 / F1 0.988), fixed by kind. */
const HELDOUT55_FLOOR = { title: 1, date: 0.91, authors: 0.91, publisher: 0.91, textF1: 0.98 };
/** heldout56 (a week's ordinary pages), scored blind with the third round's reader (100 / 100 / 41.7 / 100 / F1 0.986), partly fixed by kind, the rest the stop after. */
const HELDOUT56_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout57 (a week's ordinary pages), scored blind with the final reader of the stop before (100 / 83.3 / 66.7 / 91.7 / F1 0.995), fixed by kind. */
const HELDOUT57_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout58 (a week's ordinary pages), scored blind with the first round's reader (91.7 / 75 / 41.7 / 91.7 / F1 0.980), fixed by kind but for one page. */
const HELDOUT58_FLOOR = { title: 1, date: 1, authors: 0.91, publisher: 1, textF1: 0.98 };
/** heldout59 (a week's ordinary pages), scored blind with the third round's reader (91.7 / 25 / 41.7 / 100 / F1 0.965), fixed in part. */
const HELDOUT59_FLOOR = { title: 0.91, date: 0.66, authors: 0.83, publisher: 1, textF1: 0.97 };
/** heldout60 (a week's ordinary pages), scored blind with the fourth round's reader (83.3 / 91.7 / 25 / 91.7 / F1 0.978), fixed in part. */
const HELDOUT60_FLOOR = { title: 0.83, date: 0.91, authors: 0.58, publisher: 0.91, textF1: 0.98 };
/** heldout61 (a week's ordinary pages), scored blind with this stop's final reader and not tuned on (83.3 / 83.3 / 58.3 / 91.7 / F1 0.985). */
const HELDOUT61_FLOOR = { title: 0.83, date: 0.83, authors: 0.58, publisher: 0.91, textF1: 0.98 };

describe.each([
  ['dev', TARGETS],
  ['heldout', TARGETS],
  ['fresh', TARGETS],
  ['heldout2', HELDOUT2_FLOOR],
  ['heldout3', HELDOUT3_FLOOR],
  ['heldout4', HELDOUT4_FLOOR],
  ['heldout5', HELDOUT5_FLOOR],
  ['heldout6', HELDOUT6_FLOOR],
  ['heldout7', HELDOUT7_FLOOR],
  ['heldout8', HELDOUT8_FLOOR],
  ['heldout9', HELDOUT9_FLOOR],
  ['heldout10', HELDOUT10_FLOOR],
  ['heldout11', HELDOUT11_FLOOR],
  ['heldout12', HELDOUT12_FLOOR],
  ['heldout13', HELDOUT13_FLOOR],
  ['heldout14', HELDOUT14_FLOOR],
  ['heldout15', HELDOUT15_FLOOR],
  ['heldout16', HELDOUT16_FLOOR],
  ['heldout17', HELDOUT17_FLOOR],
  ['heldout18', HELDOUT18_FLOOR],
  ['heldout19', HELDOUT19_FLOOR],
  ['heldout20', HELDOUT20_FLOOR],
  ['heldout21', HELDOUT21_FLOOR],
  ['heldout22', HELDOUT22_FLOOR],
  ['heldout23', HELDOUT23_FLOOR],
  ['heldout24', HELDOUT24_FLOOR],
  ['heldout25', HELDOUT25_FLOOR],
  ['heldout26', HELDOUT26_FLOOR],
  ['heldout27', HELDOUT27_FLOOR],
  ['heldout28', HELDOUT28_FLOOR],
  ['heldout29', HELDOUT29_FLOOR],
  ['heldout30', HELDOUT30_FLOOR],
  ['heldout31', HELDOUT31_FLOOR],
  ['heldout32', HELDOUT32_FLOOR],
  ['heldout33', HELDOUT33_FLOOR],
  ['heldout34', HELDOUT34_FLOOR],
  ['heldout35', HELDOUT35_FLOOR],
  ['heldout36', HELDOUT36_FLOOR],
  ['heldout37', HELDOUT37_FLOOR],
  ['heldout38', HELDOUT38_FLOOR],
  ['heldout39', HELDOUT39_FLOOR],
  ['heldout40', HELDOUT40_FLOOR],
  ['heldout41', HELDOUT41_FLOOR],
  ['heldout42', HELDOUT42_FLOOR],
  ['heldout43', HELDOUT43_FLOOR],
  ['heldout44', HELDOUT44_FLOOR],
  ['heldout45', HELDOUT45_FLOOR],
  ['heldout46', HELDOUT46_FLOOR],
  ['heldout47', HELDOUT47_FLOOR],
  ['heldout48', HELDOUT48_FLOOR],
  ['heldout49', HELDOUT49_FLOOR],
  ['heldout50', HELDOUT50_FLOOR],
  ['heldout51', HELDOUT51_FLOOR],
  ['heldout52', HELDOUT52_FLOOR],
  ['heldout53', HELDOUT53_FLOOR],
  ['heldout54', HELDOUT54_FLOOR],
  ['heldout55', HELDOUT55_FLOOR],
  ['heldout56', HELDOUT56_FLOOR],
  ['heldout57', HELDOUT57_FLOOR],
  ['heldout58', HELDOUT58_FLOOR],
  ['heldout59', HELDOUT59_FLOOR],
  ['heldout60', HELDOUT60_FLOOR],
  ['heldout61', HELDOUT61_FLOOR],
])('web pages, %s half', (half, floor) => {
  const { pages, summary } = scoreFolder(folder(half));

  it('has its pages, each with an expectation', () => {
    expect(pages.length).toBeGreaterThanOrEqual(12);
    expect(pages.filter((p) => p.error)).toEqual([]);
  });

  it('meets its floor (the targets: title exact >= 0.90, date >= 0.90, author >= 0.85, main text F1 >= 0.96)', () => {
    expectAtFloor(summary, floor);
  });
});

describe('tokenF1', () => {
  it('counts words as a bag, with repeats', () => {
    expect(tokenF1('the cat sat', 'the cat sat')).toEqual({ precision: 1, recall: 1, f1: 1 });
    const s = tokenF1('the the cat', 'the cat sat on');
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.recall).toBeCloseTo(2 / 4);
    expect(tokenF1('', 'words')).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});
