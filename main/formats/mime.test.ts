import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticle } from './index';
import { expectParagraphsTileText, problemOf, TempFolder } from './temp-files.test-helper';

const temp = new TempFolder();
afterAll(() => temp.remove());

async function read(name: string, content: string | Uint8Array) {
  const path = temp.write(name, typeof content === 'string' ? content.replace(/\n/g, '\r\n') : content);
  return readArticle(new Uint8Array(readFileSync(path)), name);
}

describe('e-mail messages (.eml)', () => {
  it('reads the headers as metadata and the plain-text body, quoted-printable in windows-1252', async () => {
    const message = Buffer.concat([
      Buffer.from(
        [
          'From: "Ines Carvalho" <ines@example.org>',
          'To: desk@example.org',
          'Subject: =?utf-8?q?Port_authority_delays_the_caf=C3=A9_lease_vote?=',
          'Date: Thu, 23 Feb 2023 21:05:00 -0500',
          'MIME-Version: 1.0',
          'Content-Type: multipart/mixed; boundary="b1"',
          '',
          '--b1',
          'Content-Type: text/plain; charset=windows-1252',
          'Content-Transfer-Encoding: quoted-printable',
          '',
          'The board postponed the vote on the waterfront lease until March, saying it =',
          'needed =93more time=94 to read the bids.',
          '',
          '> Can you confirm the date of the next meeting?',
          '> It was not on the agenda.',
          '',
          'It is set for 2 March.',
          '',
          '-- ',
          'Ines Carvalho, harbour correspondent',
          '--b1',
          'Content-Type: application/pdf; name="bids.pdf"',
          'Content-Disposition: attachment; filename="bids.pdf"',
          'Content-Transfer-Encoding: base64',
          '',
          Buffer.from('%PDF-1.4 fake bid summary').toString('base64'),
          '--b1--',
          '',
        ].join('\r\n'),
        'latin1',
      ),
    ]);
    const article = await read('lease.eml', new Uint8Array(message));
    expect(article.format).toBe('eml');
    expect(article.title).toBe('Port authority delays the café lease vote');
    expect(article.authors).toEqual(['Ines Carvalho']);
    // As the sender's clock read it: 21:05 on the 23rd at UTC-5 is already the 24th in UTC.
    expect(article.publishedAt).toEqual({ value: '2023-02-23T21:05:00-05:00', precision: 'datetime' });
    const slices = expectParagraphsTileText(article);
    expect(slices).toEqual([
      'The board postponed the vote on the waterfront lease until March, saying it needed “more time” to read the bids.',
      // Mail wrapped at 72 columns is joined; the line breaks of short lines are kept.
      'Can you confirm the date of the next meeting? It was not on the agenda.',
      'It is set for 2 March.',
    ]);
    expect(article.paragraphs.map((p) => p.kind)).toEqual(['body', 'quote', 'body']);
    expect(article.boilerplate).toEqual(['Ines Carvalho, harbour correspondent']);
    expect(article.attachments).toEqual([{ name: 'bids.pdf', mediaType: 'application/pdf', size: 25 }]);
    expect(article.warnings).toEqual([]);
  });

  it('reads the text of an HTML-only message, base64-encoded, without running or keeping its markup', async () => {
    const html = '<html><body><script>alert(1)</script><h1>Weekly digest</h1><p>Three councils agreed to share <b>one</b> ferry timetable.</p><p onclick="x()">Tickets go on sale in May.</p></body></html>';
    const article = await read(
      'digest.eml',
      [
        'From: newsletter@example.net',
        'Subject: Weekly digest',
        'Date: Mon, 6 Mar 2023 08:00:00 +0100',
        'Content-Type: text/html; charset=utf-8',
        'Content-Transfer-Encoding: base64',
        '',
        Buffer.from(html).toString('base64'),
        '',
      ].join('\n'),
    );
    expect(article.authors).toEqual(['newsletter@example.net']);
    expect(article.html).toBeNull();
    expect(article.text).toBe('Weekly digest\n\nThree councils agreed to share one ferry timetable.\n\nTickets go on sale in May.');
    expect(article.text).not.toContain('alert');
    expect(article.attachments).toEqual([]);
  });

  it('refuses files that are not messages', async () => {
    expect((await problemOf(read('notes.eml', 'Just some notes I typed, no headers at all.\n'))).message).toMatch(/does not start with e-mail headers/);
    expect((await problemOf(read('blob.eml', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 1, 2, 3])))).code).toBe('binary');
    expect((await problemOf(read('blank.eml', '   \n'))).code).toBe('empty');
  });
});

describe('saved web pages (.mht, .mhtml)', () => {
  it('reads the HTML part through the HTML reader, with the address it was saved from', async () => {
    const page = `<!DOCTYPE html><html><head><title>Ferry strike ends after nine days</title><meta name="author" content="Jon Berg"></head>
<body><nav>Home | World | Sport</nav><article><h1>Ferry strike ends after nine days</h1>
<p>Crews returned to work on Sunday after the union accepted a pay offer that runs for three years and adds a bonus for night shifts.</p>
<p>The operator said the first sailings would leave on time on Monday morning, and that tickets bought for cancelled crossings would be refunded in full.</p></article></body></html>`;
    const qp = page.replace(/=/g, '=3D');
    const article = await read(
      'strike.mhtml',
      [
        'From: <Saved by Blink>',
        'Snapshot-Content-Location: https://news.example.com/2023/ferry-strike',
        'Subject: Ferry strike ends after nine days',
        'Date: Tue, 7 Mar 2023 10:12:00 -0000',
        'MIME-Version: 1.0',
        'Content-Type: multipart/related; type="text/html"; boundary="----MultipartBoundary--x"',
        '',
        '------MultipartBoundary--x',
        'Content-Type: text/html',
        'Content-ID: <frame-1@mhtml.blink>',
        'Content-Transfer-Encoding: quoted-printable',
        'Content-Location: https://news.example.com/2023/ferry-strike',
        '',
        qp,
        '------MultipartBoundary--x',
        'Content-Type: image/png',
        'Content-Transfer-Encoding: base64',
        'Content-Location: https://news.example.com/logo.png',
        '',
        'iVBORw0KGgo=',
        '------MultipartBoundary--x--',
        '',
      ].join('\n'),
    );
    expect(article.format).toBe('mht');
    expect(article.title).toBe('Ferry strike ends after nine days');
    expect(article.authors).toEqual(['Jon Berg']);
    expect(article.url).toBe('https://news.example.com/2023/ferry-strike');
    // The save date is not the publication date.
    expect(article.publishedAt).toBeNull();
    expect(article.text).toMatch(/^Crews returned to work on Sunday .* refunded in full\.$/s);
    expect(article.text).not.toContain('Home | World');
    expect(article.html).toContain('<p>Crews returned');
  });

  it('says so when the file holds no page', async () => {
    const problem = await problemOf(read('empty.mht', 'From: <Saved by Blink>\nSubject: x\nContent-Type: image/png\n\nabc\n'));
    expect(problem.message).toMatch(/holds no HTML part/);
  });
});
