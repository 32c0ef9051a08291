import { describe, expect, it } from 'vitest';
import {
  aboutHeadingSubject,
  isContactLine,
  isDisclaimer,
  isDownloadLink,
  isTableRow,
  breadcrumbOf,
  isAppChrome,
  isArticleTool,
  isAppName,
  isCommentCount,
  isContactLabel,
  isConsentLine,
  isConsentText,
  isCookiePrompt,
  isPaywallMeter,
  isSiteSwitch,
  isDigestLine,
  isEndMark,
  isHomeCrumb,
  isMailFooter,
  isPageFooter,
  isPlayerControl,
  isPressOfficeLine,
  isReaderPrompt,
  isReadingTime,
  isStoryStatusNote,
  joinWrappedLines,
  vocabularyOfText,
  withEnglishDateLabels,
} from './txt-lines';

describe('lines a copy brings along', () => {
  it('knows a cookie prompt from a sentence about cookies', () => {
    expect(isCookiePrompt('This site uses cookies to personalise content. By continuing you agree to our use of cookies.')).toBe(true);
    expect(isCookiePrompt('The bakery sold 4,000 cookies on Saturday.')).toBe(false);
  });

  it('knows contact labels and press office lines', () => {
    expect(isContactLabel('Press enquiries:')).toBe(true);
    expect(isContactLabel('Media contact: Oona Brandt')).toBe(true);
    expect(isContactLabel('Contact the council for details.')).toBe(false);
    expect(isPressOfficeLine('Media Relations')).toBe(true);
    expect(isPressOfficeLine('Press Office')).toBe(true);
    expect(isPressOfficeLine('Office workers return')).toBe(false);
  });

  it('reads breadcrumbs and their home crumb', () => {
    expect(breadcrumbOf('Home > Sport > Rowing')).toEqual(['Home', 'Sport', 'Rowing']);
    expect(breadcrumbOf('Startseite › Lokales')).toEqual(['Startseite', 'Lokales']);
    expect(breadcrumbOf('Prices rise > 5% in March, says the bank.')).toBeNull();
    expect(isHomeCrumb('Accueil')).toBe(true);
    expect(isHomeCrumb('The Dunmore Post')).toBe(false);
  });

  it('knows player controls, end marks, page footers and reading times', () => {
    expect(isPlayerControl('Listen')).toBe(true);
    expect(isPlayerControl('Download audio (MP3, 2.1 MB)')).toBe(true);
    expect(isPlayerControl('Download the full report from the council website')).toBe(false);
    for (const mark of ['ENDS', '-ends-', '- 30 -', '###', '# # #']) expect(isEndMark(mark)).toBe(true);
    expect(isEndMark('End')).toBe(false);
    expect(isPageFooter('Kelso College | Communications | news@kelso.example      Page 3 of 4')).toBe(true);
    expect(isPageFooter('- 2 -')).toBe(true);
    expect(isPageFooter('Page 4')).toBe(true);
    expect(isPageFooter('The page 3 of the report was blank')).toBe(false);
    expect(isReadingTime('Lecture 3 min.')).toBe(true);
    expect(isReadingTime('Lesezeit: 4 Min.')).toBe(true);
    expect(isReadingTime('5 min de lecture')).toBe(true);
    expect(isReadingTime('Lecture at 3 pm')).toBe(false);
  });

  it('knows a news app\'s listen and type-size controls, and "N mins to read"', () => {
    expect(isPlayerControl('Listen to this story · 4 min')).toBe(true);
    expect(isPlayerControl('Listen to article 00:00')).toBe(true);
    expect(isPlayerControl('Text size A- A+')).toBe(true);
    expect(isPlayerControl('Text size')).toBe(true);
    expect(isPlayerControl('Listen to the minister explain the plan.')).toBe(false);
    expect(isReadingTime('2 mins to read')).toBe(true);
    expect(isReadingTime('6 min read')).toBe(true);
    expect(isReadingTime('2 minutes to spare')).toBe(false);
  });

  it('knows a consent dialog\'s heading, text and buttons from a story about personal data', () => {
    expect(isConsentLine('We care about your privacy')).toBe(true);
    expect(isConsentLine('We and our 512 partners store and/or access information on a device, such as cookies, and process personal data.')).toBe(true);
    for (const button of ['Manage options', 'Reject all', 'Accept all', 'I agree', 'Confirm choices']) expect(isConsentLine(button)).toBe(true);
    expect(isConsentLine('Acceptance of the offer is due by Friday.')).toBe(false);
    expect(isConsentLine('The regulator said the firm kept customers\' addresses for too long.')).toBe(false);
  });

  it('knows a consent dialog\'s text among paragraphs from a story about personal data', () => {
    expect(isConsentText('We and our partners use cookies and process personal data to show you relevant ads.')).toBe(true);
    expect(isConsentText('Reject all')).toBe(true);
    expect(isConsentText('The council processed personal data without consent, the regulator said.')).toBe(false);
    expect(isConsentText('"We and our partners will build 200 homes," the developer said.')).toBe(false);
  });

  it('knows a story page\'s own tools', () => {
    for (const line of ['Gift this article', 'Save for later', 'Copy link', 'Print', 'Open in app', 'Aa']) expect(isArticleTool(line)).toBe(true);
    expect(isArticleTool('Print shops reopen')).toBe(false);
  });

  it('knows the prompts around comments, a kiosk\'s print line and a subscription pitch', () => {
    for (const line of ['Comments are closed.', 'Join the conversation', 'Write a comment…', 'View 8 more comments', 'Most relevant', 'Printed and distributed by Kiosk Co.', 'Liked this article? Subscribe for full access.']) expect(isReaderPrompt(line)).toBe(true);
    expect(isReaderPrompt('Residents were invited to join the conversation about the new park at a meeting on Monday.')).toBe(false);
  });

  it('knows a paywall meter and a text-only site\'s switch to the full site', () => {
    expect(isPaywallMeter('Only 1 free story remaining this week')).toBe(true);
    expect(isPaywallMeter('This is your last free article')).toBe(true);
    expect(isPaywallMeter('The museum has free entry this month')).toBe(false);
    expect(isPaywallMeter('Subscribe to continue reading')).toBe(true);
    expect(isPaywallMeter('Already a subscriber? Sign in')).toBe(true);
    expect(isPaywallMeter('This article is for subscribers only')).toBe(true);
    expect(isPaywallMeter("You've hit your limit of free stories")).toBe(true);
    expect(isSiteSwitch('Text-only version | Go to full site')).toBe(true);
    expect(isSiteSwitch('Tarn Radio lite | Go to the full Tarn Radio experience')).toBe(true);
    expect(isSiteSwitch('View full article')).toBe(true);
    expect(isSiteSwitch('Go to the full council meeting on Tuesday')).toBe(false);
  });

  it('knows a comment counter from a sentence about comments', () => {
    expect(isCommentCount('Comments (7)')).toBe(true);
    expect(isCommentCount('Kommentare: 12')).toBe(true);
    expect(isCommentCount('Comments (from readers) were mixed.')).toBe(false);
  });

  it('knows notes about the story and newsletter footers', () => {
    expect(isMailFooter('This email was sent to reader@mail.example')).toBe(true);
    expect(isMailFooter('Manage your alerts')).toBe(true);
    expect(isMailFooter('To stop receiving these alerts, update your settings here.')).toBe(true);
    expect(isStoryStatusNote('This is a developing story and will be updated.')).toBe(true);
    expect(isStoryStatusNote('This transcript was generated automatically and may contain errors.')).toBe(true);
    expect(isStoryStatusNote('This story began in 1998 when the mill closed.')).toBe(false);
    expect(isMailFooter('You are receiving this email because you subscribed to The Tern Weekly.')).toBe(true);
    expect(isMailFooter('The Tern Weekly is a newsletter from The Saltmarsh Echo.')).toBe(true);
    expect(isMailFooter('Read the full story →')).toBe(true);
    expect(isMailFooter('Readers wrote in to say they had unsubscribed from the tax.')).toBe(false);
  });

  it('reads the subject of a press release "About" heading, not "About the author"', () => {
    expect(aboutHeadingSubject('About Brindle Mills')).toBe('Brindle Mills');
    expect(aboutHeadingSubject('About the author')).toBeNull();
    expect(aboutHeadingSubject('About 40 people came.')).toBeNull();
  });

  it('puts publication labels of broadcasts and other languages in the header reader\'s words', () => {
    expect(withEnglishDateLabels('Aired: Monday 3 April 2023')).toBe('Published: Monday 3 April 2023');
    expect(withEnglishDateLabels('Gepubliceerd op 3 april 2023')).toBe('Published 3 april 2023');
    expect(withEnglishDateLabels('Le Phare | Modifié le 3 avril 2023')).toBe('Le Phare | Updated 3 avril 2023');
    expect(withEnglishDateLabels('The match was broadcast live')).toBe('The match was broadcast live');
    expect(withEnglishDateLabels('Embargoed until 00:01, 6 July 2022')).toBe('Published 00:01, 6 July 2022');
  });
});

describe('joinWrappedLines', () => {
  const vocabulary = vocabularyOfText('The Brackwater trust met. Some self-employed growers came.');

  it('puts a word split at a line end back together', () => {
    expect(joinWrappedLines(['The volun-', 'teers met at the hall.'], vocabulary)).toBe('The volunteers met at the hall.');
    expect(joinWrappedLines(['The Brack-', 'water trust'], vocabulary)).toBe('The Brackwater trust');
  });

  it('keeps the hyphen of a compound the text writes with it, or of two words', () => {
    expect(joinWrappedLines(['Many self-', 'employed growers'], vocabulary)).toBe('Many self-employed growers');
    expect(joinWrappedLines(['A well-', 'known bakery'], vocabulary)).toBe('A well-known bakery');
    expect(joinWrappedLines(['The Anglo-', 'Danish team'], vocabulary)).toBe('The Anglo-Danish team');
  });
});

describe('app chrome', () => {
  it('knows reader, read-later and chat apps by name, not outlets that share a word with them', () => {
    expect(isAppName('Google News')).toBe(true);
    expect(isAppName('Flipboard')).toBe(true);
    expect(isAppName('Kellanby News')).toBe(false);
  });

  it('tells the lines apps write around a story', () => {
    for (const line of [
      'Shared from Apple News',
      'Sent from my iPhone',
      'Saved to Pocket · 4 min read',
      'Clipped with Evernote Web Clipper',
      'Sport · Flipped into Weekend Reads by Ines Farrow',
      'Read the full story on The Kellanby Star',
      'Like  Share  Comment',
      '88 reactions · 9 comments · 2 reposts',
      '#floods #rivers #weather',
      '+ Follow',
      'Report this article',
      'More articles by Ines Farrow',
    ]) {
      expect(isAppChrome(line), line).toBe(true);
    }
  });

  it('leaves sentences and headlines alone', () => {
    expect(isAppChrome('Sent from prison, the letters reached the court in March.')).toBe(false);
    expect(isAppChrome('Ferry sailings resume after ramp repairs')).toBe(false);
    expect(isAppChrome('Like many towns, Kellanby has lost its bank')).toBe(false);
  });
});

describe('read-later digests', () => {
  it('tells a digest title with its day or kind and an article counter', () => {
    for (const line of ['Instapaper: Friday, Jan. 12', 'Pocket — Weekly digest', 'Readwise Reader: Mon 4 March', 'Article 5 of 9', 'Story 1 of 12']) {
      expect(isDigestLine(line), line).toBe(true);
    }
  });

  it('leaves headlines about the apps alone', () => {
    expect(isDigestLine('Telegram: founder questioned by prosecutors')).toBe(false);
    expect(isDigestLine('Pocket money: what children are given')).toBe(false);
    expect(isDigestLine('Article 50 of the treaty')).toBe(false);
  });
});

describe('lines of a public body\'s news page', () => {
  it('tells facts-table rows, file links, contact lines with a number or address, and disclaimers', () => {
    expect(isTableRow('Case number:\tCV-2291')).toBe(true);
    expect(isTableRow('Venue      Town Hall')).toBe(true);
    expect(isTableRow('The council met on Tuesday.')).toBe(false);
    expect(isDownloadLink('Read the full decision (PDF, 88 KB)')).toBe(true);
    expect(isDownloadLink('Annual report [PDF 1.4MB]')).toBe(true);
    expect(isDownloadLink('The mayor (PDF) was not there.')).toBe(false);
    expect(isContactLine('Press enquiries: Ola Berg, 01632 960 123')).toBe(true);
    expect(isContactLine('Media inquiries: press@county.example')).toBe(true);
    expect(isContactLine('Contact: the council said it would reply.')).toBe(false);
    expect(isDisclaimer('This summary is provided for the convenience of the public and is not part of the decision.')).toBe(true);
    expect(isDisclaimer('The plan is not popular with residents.')).toBe(false);
  });
});

describe('top-bar lines of more copies (text38 kinds, invented examples)', () => {
  it('takes name-day lines and Central European and Nordic account links for page chrome', () => {
    for (const line of ['Imieniny: Karola, Olgierda', 'Svátek má Hana', 'Meniny má Ján', 'Névnap: Ildikó', 'Namnsdag: Olle', 'Zaloguj się', 'Subskrybuj', 'Logga in', 'Přihlásit se']) expect(isAppChrome(line), line).toBe(true);
    expect(isAppChrome('Imieniny w Krakowie: tłumy na rynku')).toBe(false);
  });
});

describe('top-bar lines of more copies (text39 kinds, invented examples)', () => {
  it('takes an exchange rate, account links and a share row set apart by wide gaps for page chrome', () => {
    for (const line of ['Curs BNR: 1 EUR = 5,0812 lei', 'USD = 128.40 KES', 'Autentificare    Abonează-te', 'Σύνδεση']) expect(isAppChrome(line), line).toBe(true);
    expect(isArticleTool('Distribuie    Facebook    WhatsApp    Copiază linkul')).toBe(true);
    expect(isAppChrome('The rate rose to 5.08 lei against the euro on Monday.')).toBe(false);
  });
});

describe('viewer and share lines of more copies (text41 kinds, invented examples)', () => {
  it('takes an e-paper viewer\'s controls and a French share button for chrome', () => {
    expect(isAppChrome('Zoom in / Zoom out / Download PDF')).toBe(true);
    expect(isArticleTool('Courriel')).toBe(true);
    expect(isAppChrome('Zoom in on the harbour: the council\'s plan')).toBe(false);
  });
});
