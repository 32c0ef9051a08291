/**
 * The plain-text reader against the invented text sets (testdata/text, see its README): the figures must not fall
 * below the floor. `npm run eval -- --web main/formats/testdata/text/fresh --verbose` lists every miss.
 */
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { scoreFolder, type WebFloor } from './eval/web-score';
import { expectAtFloor } from './temp-files.test-helper';
/** fresh and heldout: the floor the reader has held since they were written. */
const FLOOR = { title: 0.9, date: 0.9, authors: 0.9, publisher: 0.8, textF1: 0.97 };
/** heldout2, written blind, fixed by kind: 11/12 titles (t12's capitals headline is kept as written, as fresh/f25's gold wants). */
const HELDOUT2_FLOOR = { title: 11 / 12, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout3 (copies from apps, mail, chat, feeds and subtitles), written blind (41.7 / 25 / 50 / 8.3 / F1 0.855), fixed by kind. */
const HELDOUT3_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/**
 * heldout4 (reader views, e-paper and OCR columns, digests, ANPA wire, Telegram, Slack, notes-app clippings, radio
 * scripts, CRLF releases), written blind (33.3 / 50 / 33.3 / 33.3 / F1 0.888), fixed by kind.
 */
const HELDOUT4_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/**
 * heldout5 (news-database exports, shared documents with comments, social threads, feed-reader panes, monitoring
 * clips, forwarded releases, Hugo files, NBSP copies, print-to-PDF copies, lynx dumps, court pages), written blind
 * (16.7 / 33.3 / 50 / 41.7 / F1 0.884), fixed by kind.
 */
const HELDOUT5_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };

/**
 * heldout6 (app share sheets, news-alert mails, notes with their own title, kiosk text views, consent dialogs with
 * paywall meters, text-only sites, social page posts), written blind (0 / 37.5 / 25 / 62.5 / F1 0.874), fixed by kind.
 */
const HELDOUT6_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };

/**
 * heldout7 (syndication portals, quoted replies, readers' translations, feed-reader saves, clipping reports, forum
 * pastes, wiki news, court-agency copy, news-fetch issues, database records), written blind (30 / 50 / 40 / 20 /
 * F1 0.816), fixed by kind.
 */
const HELDOUT7_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };

/**
 * heldout8 (select-all with the update date first, reader views, print-to-text headers, chat around a paste, notes
 * with a reference first, podcast show notes, syndicated columns, school papers, closing source lines, cuttings
 * logs), written blind (70 / 50 / 40 / 50 / F1 0.954 when the round began), fixed by kind.
 */
const HELDOUT8_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };

/**
 * heldout9 (select-all copies without blank lines, reader views, phone copies, a database record, an app share, a
 * newsletter mail, a web clipper's Markdown), written blind (75 / 50 / 50 / 75 / F1 0.799, stories lost), partly fixed.
 */
const HELDOUT9_FLOOR = { title: 1, date: 1, authors: 0.91, publisher: 0.91, textF1: 0.97 };
/**
 * heldout10 (a Kindle clippings file, a live page, English editions of other-language outlets, a corrected wire story,
 * a chat export, a pdftotext page, an EBSCOhost record, an outlet's e-mail, a court release, a feed reader), written
 * blind (58.3 / 75 / 25 / 58.3 / F1 0.910), partly fixed.
 */
const HELDOUT10_FLOOR = { title: 0.91, date: 0.83, authors: 0.91, publisher: 0.91, textF1: 0.96 };
/**
 * heldout11 (ordinary select-all, reader-view, notes-app and aggregator copies of mainstream outlets in twelve
 * countries), written blind (91.7 / 83.3 / 83.3 / 66.7 / F1 0.963), fixed by kind.
 */
const HELDOUT11_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.97 };
/**
 * heldout12 (ordinary select-all, reader-mode, share, mail, notes and newsletter copies of outlets in twelve more
 * countries), written blind (66.7 / 66.7 / 83.3 / 58.3 / F1 0.927), fixed by kind.
 */
const HELDOUT12_FLOOR = { title: 0.91, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/**
 * heldout13 (copies out of chat, mail, notes, text-browser and reader apps: Safari Reader, w3m, Apple Notes, a WhatsApp
 * forward, an Outlook forward, Telegram, Google Docs, Edge, a print view, Lynx, Instapaper, Slack), written blind
 * (58.3 / 75 / 75 / 25 / F1 0.922), partly fixed.
 */
const HELDOUT13_FLOOR = { title: 0.75, date: 0.83, authors: 0.91, publisher: 0.83, textF1: 0.93 };
/** heldout14 (ordinary browser copies of outlets in eleven countries, a Gmail share, a wire feed, a release), written blind (66.7 / 75 / 25 / 58.3 / F1 0.927), fixed by kind. */
const HELDOUT14_FLOOR = { title: 1, date: 0.91, authors: 1, publisher: 0.75, textF1: 0.94 };
/** heldout15 (a week's ordinary copies), scored blind with the last stop's final reader (58.3 / 75 / 75 / 91.7 / F1 0.958), fixed by kind. */
const HELDOUT15_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout16 (a week's ordinary copies in other countries), written blind (91.7 / 91.7 / 75 / 91.7 / F1 0.937), fixed by kind. */
const HELDOUT16_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/**
 * heldout17 (copies by other routes: reader mode, forwarded alerts, saved newsletters, client feeds, statements, police
 * and court releases, e-paper pages, app shares, a radio site, a saved page, a clipping record), written blind (58.3 /
 * 75 / 75 / 50 / F1 0.891), fixed by kind.
 */
const HELDOUT17_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout18 (a week's ordinary copies in more countries and by other routes), written blind (83.3 / 91.7 / 91.7 / 91.7 / F1 0.927), fixed by kind. */
const HELDOUT18_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.99 };
/** heldout19 (copies by other routes in twelve more countries), written blind (41.7 / 58.3 / 58.3 / 58.3 / F1 0.914), partly fixed. */
const HELDOUT19_FLOOR = { title: 0.66, date: 0.75, authors: 0.75, publisher: 0.83, textF1: 0.94 };
/** heldout20 (a week's ordinary copies and four by other routes), written blind (66.7 / 83.3 / 83.3 / 75 / F1 0.945), partly fixed. */
const HELDOUT20_FLOOR = { title: 0.91, date: 0.91, authors: 1, publisher: 0.91, textF1: 0.96 };
/** heldout21 (a week's ordinary copies and four by other routes), written blind (91.7 / 91.7 / 91.7 / 75 / F1 0.952). */
const HELDOUT21_FLOOR = { title: 0.91, date: 0.91, authors: 0.91, publisher: 0.75, textF1: 0.95 };
/** heldout22 (a week's ordinary copies and four by other routes), scored blind with this stop's final reader and not tuned on (83.3 / 91.7 / 91.7 / 66.7 / F1 0.969). */
const HELDOUT22_FLOOR = { title: 0.91, date: 0.91, authors: 0.91, publisher: 0.66, textF1: 0.96 };
/** heldout23 (a week's ordinary copies and five by other routes), written blind (66.7 / 50 / 66.7 / 50 / F1 0.905), partly fixed. */
const HELDOUT23_FLOOR = { title: 0.83, date: 0.75, authors: 0.83, publisher: 0.66, textF1: 0.93 };
/** heldout24 (a week's ordinary copies and four by other routes), written blind with the next round's reader (91.7 / 75 / 83.3 / 58.3 / F1 0.941), partly fixed. */
const HELDOUT24_FLOOR = { title: 1, date: 0.91, authors: 1, publisher: 0.83, textF1: 0.98 };
/** heldout25 (a week's ordinary copies and four by other routes), written blind with the third round's reader (75 / 41.7 / 41.7 / 75 / F1 0.876), partly fixed. */
const HELDOUT25_FLOOR = { title: 0.91, date: 0.83, authors: 0.75, publisher: 0.83, textF1: 0.96 };
/** heldout26 (a week's ordinary copies and four by other routes), written blind with the fourth round's reader (58.3 / 50 / 58.3 / 83.3 / F1 0.833), partly fixed. */
const HELDOUT26_FLOOR = { title: 0.83, date: 0.66, authors: 0.75, publisher: 0.91, textF1: 0.92 };
/** heldout27 (a week's ordinary copies and four by other routes), scored blind with a stop's final reader (91.7 / 75 / 100 / 83.3 / F1 0.961), fixed by kind the stop after. */
const HELDOUT27_FLOOR = { title: 1, date: 0.91, authors: 1, publisher: 0.91, textF1: 0.98 };
/** heldout28 (eight browser copies and four by other routes), written blind (83.3 / 83.3 / 66.7 / 58.3 / F1 0.939), fixed by kind. */
const HELDOUT28_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout29 (eight browser copies and four by other routes), written blind with the first round's reader (66.7 / 75 / 50 / 58.3 / F1 0.926), fixed by kind. */
const HELDOUT29_FLOOR = { title: 1, date: 1, authors: 0.91, publisher: 1, textF1: 0.99 };
/** heldout30 (eight browser copies and four by other routes), written blind with the second round's reader (66.7 / 83.3 / 66.7 / 50 / F1 0.918), partly fixed. */
const HELDOUT30_FLOOR = { title: 0.91, date: 1, authors: 0.91, publisher: 0.83, textF1: 0.97 };
/** heldout31 (eight browser copies and four by other routes), scored blind with a stop's final reader (50 / 50 / 41.7 / 58.3 / F1 0.911), fixed by kind the stop after. */
const HELDOUT31_FLOOR = { title: 0.83, date: 0.83, authors: 0.91, publisher: 0.83, textF1: 0.97 };
/** heldout32 (eight browser copies and four by other routes), written blind with the first round's reader (83.3 / 83.3 / 58.3 / 75 / F1 0.956), fixed by kind. */
const HELDOUT32_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.99 };
/** heldout33 (eight browser copies and four by other routes), written blind with the second round's reader (66.7 / 66.7 / 66.7 / 41.7 / F1 0.955), fixed by kind. */
const HELDOUT33_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout34 (nine browser copies and three by other routes), scored blind with a stop's final reader (83.3 / 91.7 / 75 / 75 / F1 0.941), fixed by kind the stop after. */
const HELDOUT34_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout35 (nine browser copies and three by other routes), written blind, scored with the first round's reader (91.7 / 91.7 / 75 / 83.3 / F1 0.980), fixed by kind. */
const HELDOUT35_FLOOR = { title: 1, date: 1, authors: 0.91, publisher: 1, textF1: 0.99 };
/** heldout36 (nine browser copies and three by other routes), written blind, scored with the second round's reader (91.7 / 83.3 / 83.3 / 83.3 / F1 0.967), fixed by kind. */
const HELDOUT36_FLOOR = { title: 1, date: 0.91, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout37 (nine browser copies and three by other routes), written blind, scored with the third round's reader (91.7 / 100 / 91.7 / 58.3 / F1 0.979), fixed by kind. */
const HELDOUT37_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.98 };
/** heldout38 (nine browser copies and three by other routes), written blind, scored with the fourth round's reader (91.7 / 91.7 / 75 / 75 / F1 0.980), fixed by kind. */
const HELDOUT38_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.98 };
/** heldout39 (nine browser copies and three by other routes), written blind, scored with the fifth round's reader (91.7 / 83.3 / 66.7 / 75 / F1 0.980), partly fixed. */
const HELDOUT39_FLOOR = { title: 0.91, date: 0.83, authors: 0.83, publisher: 0.83, textF1: 0.97 };
/** heldout40 (nine browser copies and three by other routes), scored blind with a stop's final reader (83.3 / 83.3 / 75 / 100 / F1 0.985), fixed by kind the stop after. */
const HELDOUT40_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout41 (nine browser copies and three by other routes), written blind, scored with the first round's reader (100 / 100 / 100 / 75 / F1 0.917), fixed by kind. */
const HELDOUT41_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout42 (nine browser copies and three by other routes), written blind, scored with the second round's reader (91.7 / 91.7 / 75 / 75 / F1 0.982), fixed by kind. */
const HELDOUT42_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout43 (nine browser copies and three by other routes), written blind, scored with the third round's reader (91.7 / 100 / 91.7 / 91.7 / F1 0.909), fixed by kind. */
const HELDOUT43_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout44 (nine browser copies and three by other routes), written blind, scored with the fourth round's reader (91.7 / 83.3 / 83.3 / 75 / F1 0.890), fixed by kind in that round and the stop after. */
const HELDOUT44_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout45 (nine browser copies and three by other routes), scored blind with a stop's final reader (83.3 / 83.3 / 75 / 75 / F1 0.949), fixed by kind the stop after. */
const HELDOUT45_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout46 (nine browser copies and three by other routes), written blind, scored with the first round's reader (75 / 75 / 58.3 / 66.7 / F1 0.966), fixed by kind. */
const HELDOUT46_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.98 };
/** heldout47 (nine browser copies and three by other routes), written blind, scored with the second round's reader (100 / 75 / 83.3 / 83.3 / F1 0.958), partly fixed. */
const HELDOUT47_FLOOR = { title: 1, date: 0.75, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout48 (nine browser copies and three by other routes), scored blind with the third round's reader, the stop's planned final one (50 / 41.7 / 33.3 / 75 / F1 0.944), partly fixed in a fourth round. */
const HELDOUT48_FLOOR = { title: 0.91, date: 0.83, authors: 0.83, publisher: 0.91, textF1: 0.97 };
/** heldout49 (nine browser copies and three by other routes), scored blind with a stop's final reader (66.7 / 58.3 / 58.3 / 58.3 / F1 0.934), fixed by kind the stop after. */
const HELDOUT49_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.99 };
/** heldout50 (nine browser copies and three by other routes), scored blind with the round before's reader (83.3 / 75 / 75 / 83.3 / F1 0.962), fixed by kind. */
const HELDOUT50_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout51 (nine browser copies and three by other routes), scored blind with the round before's reader (41.7 / 50 / 41.7 / 41.7 / F1 0.922), fixed by kind. */
const HELDOUT51_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.97 };
/** heldout52 (nine browser copies and three by other routes), scored blind with the round before's reader (66.7 / 50 / 33.3 / 50 / F1 0.930), fixed by kind. */
const HELDOUT52_FLOOR = { title: 1, date: 0.91, authors: 0.91, publisher: 0.83, textF1: 0.97 };
/** heldout53 (nine browser copies and three by other routes), scored blind with the final reader of the stop before (100 / 100 / 83.3 / 75 / F1 0.968), fixed by kind. */
const HELDOUT53_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.99 };
/** heldout54 (nine browser copies and three by other routes), scored blind with the round before's reader (91.7 / 75 / 83.3 / 75 / F1 0.973), fixed by kind. */
const HELDOUT54_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout55 (nine browser copies and three by other routes), scored blind with the round before's reader (75 / 75 / 66.7 / 75 / F1 0.866), fixed by kind. */
const HELDOUT55_FLOOR = { title: 1, date: 1, authors: 1, publisher: 0.91, textF1: 0.98 };
/** heldout56 (nine browser copies and three by other routes), scored blind with the third round's reader (58.3 / 58.3 / 58.3 / 75 / F1 0.921), fixed by kind. */
const HELDOUT56_FLOOR = { title: 0.91, date: 0.91, authors: 0.91, publisher: 1, textF1: 0.97 };
/** heldout57 (nine browser copies and three by other routes), scored blind with the final reader of the stop before (83.3 / 75 / 66.7 / 91.7 / F1 0.966), fixed by kind. */
const HELDOUT57_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout58 (nine browser copies and three by other routes), scored blind with the first round's reader (75 / 75 / 58.3 / 91.7 / F1 0.951), fixed by kind. */
const HELDOUT58_FLOOR = { title: 1, date: 1, authors: 1, publisher: 1, textF1: 0.99 };
/** heldout59 (nine browser copies and three by other routes), scored blind with the third round's reader (83.3 / 83.3 / 66.7 / 75 / F1 0.955), fixed by kind but for two routes. */
const HELDOUT59_FLOOR = { title: 0.91, date: 0.91, authors: 0.91, publisher: 0.83, textF1: 0.98 };
/** heldout60 (nine browser copies and three by other routes), scored blind with the fourth round's reader (83.3 / 66.7 / 75 / 100 / F1 0.894), fixed in part. */
const HELDOUT60_FLOOR = { title: 0.91, date: 0.66, authors: 0.83, publisher: 1, textF1: 0.89 };
/** heldout61 (nine browser copies and three by other routes), scored blind with this stop's final reader and not tuned on (91.7 / 83.3 / 66.7 / 83.3 / F1 0.953). */
const HELDOUT61_FLOOR = { title: 0.91, date: 0.83, authors: 0.66, publisher: 0.83, textF1: 0.95 };

describe.each<[string, number, WebFloor]>([
  ['fresh', 30, FLOOR],
  ['heldout', 12, FLOOR],
  ['heldout2', 12, HELDOUT2_FLOOR],
  ['heldout3', 12, HELDOUT3_FLOOR],
  ['heldout4', 12, HELDOUT4_FLOOR],
  ['heldout5', 12, HELDOUT5_FLOOR],
  ['heldout6', 8, HELDOUT6_FLOOR],
  ['heldout7', 10, HELDOUT7_FLOOR],
  ['heldout8', 10, HELDOUT8_FLOOR],
  ['heldout9', 12, HELDOUT9_FLOOR],
  ['heldout10', 12, HELDOUT10_FLOOR],
  ['heldout11', 12, HELDOUT11_FLOOR],
  ['heldout12', 12, HELDOUT12_FLOOR],
  ['heldout13', 12, HELDOUT13_FLOOR],
  ['heldout14', 12, HELDOUT14_FLOOR],
  ['heldout15', 12, HELDOUT15_FLOOR],
  ['heldout16', 12, HELDOUT16_FLOOR],
  ['heldout17', 12, HELDOUT17_FLOOR],
  ['heldout18', 12, HELDOUT18_FLOOR],
  ['heldout19', 12, HELDOUT19_FLOOR],
  ['heldout20', 12, HELDOUT20_FLOOR],
  ['heldout21', 12, HELDOUT21_FLOOR],
  ['heldout22', 12, HELDOUT22_FLOOR],
  ['heldout23', 12, HELDOUT23_FLOOR],
  ['heldout24', 12, HELDOUT24_FLOOR],
  ['heldout25', 12, HELDOUT25_FLOOR],
  ['heldout26', 12, HELDOUT26_FLOOR],
  ['heldout27', 12, HELDOUT27_FLOOR],
  ['heldout28', 12, HELDOUT28_FLOOR],
  ['heldout29', 12, HELDOUT29_FLOOR],
  ['heldout30', 12, HELDOUT30_FLOOR],
  ['heldout31', 12, HELDOUT31_FLOOR],
  ['heldout32', 12, HELDOUT32_FLOOR],
  ['heldout33', 12, HELDOUT33_FLOOR],
  ['heldout34', 12, HELDOUT34_FLOOR],
  ['heldout35', 12, HELDOUT35_FLOOR],
  ['heldout36', 12, HELDOUT36_FLOOR],
  ['heldout37', 12, HELDOUT37_FLOOR],
  ['heldout38', 12, HELDOUT38_FLOOR],
  ['heldout39', 12, HELDOUT39_FLOOR],
  ['heldout40', 12, HELDOUT40_FLOOR],
  ['heldout41', 12, HELDOUT41_FLOOR],
  ['heldout42', 12, HELDOUT42_FLOOR],
  ['heldout43', 12, HELDOUT43_FLOOR],
  ['heldout44', 12, HELDOUT44_FLOOR],
  ['heldout45', 12, HELDOUT45_FLOOR],
  ['heldout46', 12, HELDOUT46_FLOOR],
  ['heldout47', 12, HELDOUT47_FLOOR],
  ['heldout48', 12, HELDOUT48_FLOOR],
  ['heldout49', 12, HELDOUT49_FLOOR],
  ['heldout50', 12, HELDOUT50_FLOOR],
  ['heldout51', 12, HELDOUT51_FLOOR],
  ['heldout52', 12, HELDOUT52_FLOOR],
  ['heldout53', 12, HELDOUT53_FLOOR],
  ['heldout54', 12, HELDOUT54_FLOOR],
  ['heldout55', 12, HELDOUT55_FLOOR],
  ['heldout56', 12, HELDOUT56_FLOOR],
  ['heldout57', 12, HELDOUT57_FLOOR],
  ['heldout58', 12, HELDOUT58_FLOOR],
  ['heldout59', 12, HELDOUT59_FLOOR],
  ['heldout60', 12, HELDOUT60_FLOOR],
  ['heldout61', 12, HELDOUT61_FLOOR],
])('plain-text news, %s set', (half, count, floor) => {
  const { pages, summary } = scoreFolder(fileURLToPath(new URL(`./testdata/text/${half}/`, import.meta.url)));

  it('has its texts, each with an expectation', () => {
    expect(pages.length).toBeGreaterThanOrEqual(count);
    expect(pages.filter((p) => p.error)).toEqual([]);
  });

  it('stays above its floor', () => {
    expectAtFloor(summary, floor);
  });
});
