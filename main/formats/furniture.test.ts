import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyHeader } from './byline';
import { classifyBlock, isWriterNote, reportersSignOff, separateFurniture } from './furniture';
import type { Block } from './text-blocks';
import { sampleLibraryDir } from './temp-files.test-helper';

describe('classifyBlock', () => {
  it.each([
    'Russian leader Vladimir Putin with Chinese leader Xi Jinping / Kremlin Press Office',
    'Boeing 787 on the runway in Everett / AP',
    'Flood victims wait for help in Dhaka (AP Photo/Jane Roe)',
    'Photo: Reuters',
    'Photo by Sam Smith',
    'The White House lawn at dusk / Courtesy of the White House',
    'Protesters in Hong Kong / @newsdesk',
    'Firefighters at the depot on Sunday. Photograph: Jane Roe/The Gazette',
    'Residents queue for water at the depot on Monday. — Picture: Jane Roe',
    'A school bus on the coast road. Photo Harbour News',
    'Camera IconThe runway will close at night. Credit: Jane Roe/Harbour News',
    'Pupils leave a school in the town centre. File | Photo Credit: Special Arrangement',
    'WAITING GAME: Residents fill containers at a standpipe on Sunday. PIC: JANE ROE',
    'Hotels along the eastern shore of the lake. Times file photo',
    '![A closed platform](images/platform.jpg)',
    '[1/3] Workers on the quay, March 3, 2023. Harbour Wire/Jane Roe',
  ])('sees a photo caption in %j', (text) => {
    expect(classifyBlock(text)).toBe('caption');
  });

  it.each([
    'Action . . . . Intelligence . . . . Publish',
    'Home | World | Business | Opinion',
    'News • Sport • Weather',
    '© 2023 Example Media Group',
    'Copyright 2019 The Gazette. All rights reserved.',
    'Share this',
    'Share this article on Facebook',
    'Follow us on Twitter',
    'Tags: aviation, Boeing, Airbus',
    'Advertisement',
    'Story continues below advertisement',
    'Read more: Ward closure delayed until summer',
    'À lire aussi : Canicule : la ville a battu son record de chaleur nocturne',
    'Lesen Sie auch: Brücke am Hafen zwei Wochen gesperrt',
    'Category: Local',
    'Read related topics:Harbour',
    'Comments: Our rules',
    'We want the comments under our stories to be a place where readers can argue about what matters in their town. Commenting is a privilege, and we will remove comments that break the rules.',
    'Comments should be in English and in full sentences, and may not be abusive or personal. Read our community guidelines before posting.',
    'Our news is free to read for everyone in the county. If you can spare £2 a month, you can help keep it that way. Become a supporter',
    'Get the latest news from the Harbour News in your inbox.',
    'Writer\'s email: jane.roe@harbournews.example',
    'Independent journalism costs money. Support the Harbour News for the price of a coffee.',
    'Harbour News Media Ltd. Registered in Westland C 48213.',
    'Sponsored Articles',
    'Load comments',
    'Comments are closed on this article.',
    'The Harbour News acknowledges the Larrakia people, the Traditional Owners of the land on which we work.',
    'RELATED: Ferry fares rise again',
    'MORE FROM AUTHOR',
    'Harbour Beacon is part of Coast Statehouse Network, a nonprofit news network supported by grants and donors.',
    'Our stories may be republished online or in print under a Creative Commons licence.',
    'SUPPORT NEWS YOU TRUST.',
    'More Coverage',
    'Hits: 1234',
    'Posted in Uncategorized | 3 Comments',
    '12:48',
    '9.15 am',
    'A version of this article appears in print on Feb. 19, 2024, Section A, Page 14.',
    'Get the day’s news in your inbox. Sign up to our free daily newsletter.',
    'Thanks for reading The Weekly Note! Subscribe for free to receive new posts.',
    'For the latest news, download The Gazette app.',
    '128 comments',
    '(ab/cd)',
    'Related article',
    'Most Read',
    'Link Copied!',
    'What do you think? Share your views in the comments below.',
    'Loading...',
    'Support local journalism: subscribe to The Gazette today.',
    'Get breaking news alerts on your phone with our app.',
    'ये भी पढ़ें: बाढ़ से 200 गांव प्रभावित',
    '- Advertisement -',
    '✦ ✦ ✦',
    '* * *',
    'Join the Fenwick Post WhatsApp channel for breaking news.',
    'This reporting is co-funded by the Regional News Fund and Harbour FM.',
    "Who's Online",
    'There are currently, 5 guest(s) and 1 member(s) that are online.',
    'Printer Friendly Page  Send this Story to a Friend',
    'Re: Ferry fares rise (Score: 2) by harbourwatcher on 2012/03/04 10:00:00 Far too dear!',
    'SKIP ADVERTISEMENT',
    'Anzeige',
    'Our Standards: The Fjordwire Trust Principles.',
    'NEWS PROVIDED BY Tarnwick Ferries Ltd →',
    'The Fenwick Ledger is a nonprofit newsroom. Support our reporting with a donation today.',
  ])('sees site furniture in %j', (text) => {
    expect(classifyBlock(text)).toBe('boilerplate');
  });

  it.each([
    'Blinken said in an interview with CBS News that China is seriously exploring supplying arms to Russia.',
    'One of those sources described it as “tense.”',
    'The ratio of wins to losses / draws was high, officials said.',
    '“Until now,” the Journal cited a senior Western official as saying / quoting.',
    'Sales rose 5%. Profits fell . . . sharply . . . in the third quarter, the company said in a statement.',
    'Sales in 2023 / 2024 were strong',
    'Either way / any way you look at it',
    'Share prices fell sharply after the announcement, wiping billions off the value of the company.',
    'Residents can sign up for text alerts about road closures on the council website.',
    'More than 2,000 people have subscribed to the council’s flood warnings since March.',
    'The festival is funded by the council and local businesses.',
    'Join us, the mayor told the crowd, and build the next fifty years of this town.',
    'Re-opening the pier will cost £2 million, the council said.',
    'Donors who support local journalism gave £40,000 to the paper last year, its editor said.',
    'The reporting project, funded by the Fenwick Trust, found 40 unsafe bridges.',
  ])('keeps body text in %j', (text) => {
    expect(classifyBlock(text)).toBe('body');
  });

  it('calls every paragraph of the 60 corpus articles body text', () => {
    for (const folder of ['meantime-airbus', 'meantime-apple']) {
      const dir = join(sampleLibraryDir, folder);
      for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt'))) {
        const paragraphs = readFileSync(join(dir, name), 'utf8').split('\n\n').slice(1);
        for (const p of paragraphs) if (p.trim()) expect(classifyBlock(p), `${folder}/${name}: ${p.slice(0, 60)}`).toBe('body');
      }
    }
  });
});

describe('separateFurniture', () => {
  const body = (text: string): Block => ({ text, kind: 'body' });
  const story = [body('The harbour board approved the new ferry timetable on Monday.'), body('Sailings start at six from next month.')];

  it('leaves a press release\'s end mark and the notes for editors after it out of the body', () => {
    for (const end of [[body('-ENDS-')], [body('- ends -')], [body('ENDS')], [body('###')], [{ text: 'Notes to editors', kind: 'heading' } as Block]]) {
      const found = separateFurniture([...story, ...end, body('Tarnwick Ferries is owned by the harbour board.')], emptyHeader(), []);
      expect(found.body).toEqual(story);
      expect(found.boilerplate).toContain('Tarnwick Ferries is owned by the harbour board.');
    }
  });

  it('does not end a story at a word "Ends" of its own', () => {
    const ends = [...story, body('Ends'), body('The ferry sails on.')];
    expect(separateFurniture(ends, emptyHeader(), []).body).toEqual(ends);
  });

  it('takes a byline at the foot of the story for the authors, out of the body', () => {
    const header = emptyHeader();
    const found = separateFurniture([...story, body('Story by Pim Albers, Campus Communications')], header, []);
    expect(found.body).toEqual(story);
    expect(header.authors).toEqual(['Pim Albers']);
  });

  it('keeps a last paragraph that only starts with "By"', () => {
    const last = body('By the end of the week, the ferry had carried 4,000 passengers.');
    expect(separateFurniture([...story, last], emptyHeader(), []).body).toEqual([...story, last]);
  });
});

describe('furniture of other languages and of outlets', () => {
  it.each([
    'Annonse',
    'REKLAMA',
    '- Reklam -',
    'Iklan',
    'Czytaj także: Nowe rondo otwarte przed terminem',
    'İLGİLİ HABER: Sahil yolunda yeni düzenleme',
    'Baca juga: Harga Cabai Naik Jelang Lebaran',
    'Les også: Skolen får ny gymsal',
    'Har du tips til oss? Send e-post til tips@fjordposten.example.',
    'Got a story? WhatsApp our news tip line on 071 555 0199.',
    'Follow the Coastal Herald on Google News for the latest updates.',
    'Ce reportage est financé par le Fonds local de journalisme du Québec.',
    'This article originally appeared in the Millbrook Sentinel and is republished with permission.',
    'Republish this article',
    'This work is licensed under a Creative Commons Attribution 4.0 International License.',
    'Stories like this depend on readers. Become a member today.',
    'The Fact Desk is a verified signatory of the International Fact-Checking Network code of principles.',
    'This transcript was generated automatically and may contain errors.',
    'Guest: Ana Ruiz, health reporter. Host: Tom Vale. Produced by Kim Oduya.',
    'Read Ana’s story: Clinic waiting lists grow again',
    '(Adds analyst quote, share price)',
    '((ana.ruiz@agency.example; +44 20 5550 0100))',
    'Tomás Ibarra reported from Villa Serena, N.M.',
    'marta.kowal@nadwislanski.example',
    'June 2, 1931 – Oct. 4, 2023',
    'Image source, Harbour Photo Agency',
    'A version of this article appears in print on June 4, 2023, Section B, Page 2 of the City edition with the headline: Ferry Fares Rise Again. Order Reprints | Today’s Paper | Subscribe',
  ])('%s', (text) => {
    expect(classifyBlock(text)).toBe('boilerplate');
  });

  it('tells a tip line from a sentence about tips, and an ad label from a word that starts like one', () => {
    expect(classifyBlock('Send your tips to newsdesk@fjordposten.example or call 900 55 123.')).toBe('boilerplate');
    expect(classifyBlock('Readers sent in more than 400 tips about the flooding, the editor said.')).toBe('body');
    expect(classifyBlock('Reklama')).toBe('boilerplate');
    expect(classifyBlock('Reklamacje można składać do końca miesiąca, podał urząd.')).toBe('body');
  });
});

describe('furniture of more languages and page kinds', () => {
  it.each([
    '광고',
    '広告',
    'AdvertisementHide Ad',
    'Advertisement Hide Ad',
    'Te recomendamos: Abren un nuevo mercado en la colonia Centro',
    'Sigue leyendo: Suben las tarifas del transporte',
    'Also Read | Monsoon reaches the coastal districts early',
    'Read also: Ferry timetable changes from Monday',
    'Veja também: Feira do livro volta à praça central',
    '<저작권자 © 한빛신문, 무단전재 및 재배포 금지>',
    'All rights reserved. No part of this story may be reproduced without the written permission of The Harbour Ledger.',
    '11:05am Priya Ramaswamy',
    '9.40 Jonas Eriksen',
    '박서연 기자 seoyeon@hanbit.example',
    'Jane Roe jane.roe@gazette.example',
    '📲 Entre no canal do Jornal da Serra no WhatsApp',
    'This page refreshes automatically.',
    'Read the full story',
    'Register now for our free session on port logistics.',
    'Webinar: Cold storage at scale',
  ])('"%s" is furniture', (text) => {
    expect(classifyBlock(text)).toBe('boilerplate');
  });

  it.each([
    '11:05am was when the first train left the station, officials said.',
    'Te recomendamos que revises el horario antes de salir, dijo la directora.',
    'Register voters early, the clerk urged on Monday.',
    'The channel reopened to barges on Tuesday after the lock was repaired.',
    'Ana Ruiz said residents could write to the council at its usual address.',
  ])('"%s" stays body text', (text) => {
    expect(classifyBlock(text)).toBe('body');
  });
});

describe('furniture in more languages and shapes (invented examples)', () => {
  it.each([
    'Mohlo by vás zajímat: Nová lávka přes řeku je otevřená',
    'Kapcsolódó cikk: Lezárják a hidat a hétvégén',
    'Xem thêm: Cầu mới ở thị trấn sắp thông xe',
    'Διαβάστε επίσης: Νέο λιμάνι για τους ψαράδες',
    'اقرأ أيضاً: افتتاح سوق جديد في المدينة',
    '延伸閱讀：港區將新建停車場',
    'Quảng cáo',
    'ΔΙΑΦΗΜΙΣΗ',
    'إعلان',
    'Advertisement 3',
    'Article content',
    'Translated by Ruth Abernathy. Edited by Colm Feeney.',
    '(Except for the headline, this story has not been edited by Harbour Ledger staff and is published from a syndicated feed.)',
    'See something wrong? Report an error.',
    "Have a question about the new bus routes we didn't answer? Email ask@harbour.example and we'll look into it.",
    '下載港都日報APP 新聞不漏接',
  ])('sees furniture in %j', (text) => {
    expect(classifyBlock(text)).toBe('boilerplate');
  });

  it.each([
    'Bến phà mới trên sông. Ảnh: Trần Văn Lộc',
    'Η νέα προβλήτα στο λιμάνι (Φωτ.: Νίκος Αλεξίου)',
    'Az új komp a kikötőben. Fotó: Megyei Hírek/Szabó Anna',
    'المحطة الجديدة في البلدة (تصوير: يوسف الخطيب)',
    '新碼頭今天啟用。（記者陳怡君攝）',
  ])('sees a caption with its credit in %j', (text) => {
    expect(classifyBlock(text)).toBe('caption');
  });

  it.each([
    'The mayor said the editor of the report, Colm Feeney, had translated it.',
    'Translated into six languages, the guide is free at the library.',
    'Kapcsolódó fejlesztések is indulnak a városban jövőre.',
  ])('keeps a sentence of the story in %j', (text) => {
    expect(classifyBlock(text)).toBe('body');
  });

  const body = (text: string): Block => ({ text, kind: 'body' });
  const story = [
    'The ferry slip will close for three weeks in October.',
    'Foot passengers will use the public float instead.',
    'The work is paid for by a state grant.',
    'Islanders can book a water taxi for appointments.',
  ].map(body);

  it('takes a name alone closing a story as its writer, out of the body', () => {
    const header = emptyHeader();
    const found = separateFurniture([...story, body('Trần Minh Anh')], header, []);
    expect(found.body).toEqual(story);
    expect(header.authors).toEqual(['Trần Minh Anh']);
  });

  it('keeps a closing name when the story is too short to be signed, and a closing sentence', () => {
    const header = emptyHeader();
    expect(separateFurniture([...story.slice(0, 2), body('Trần Minh Anh')], header, []).body).toHaveLength(3);
    expect(separateFurniture([...story, body('Thank you, Trần Minh Anh!')], emptyHeader(), []).body).toHaveLength(5);
    expect(header.authors).toEqual([]);
  });
});

describe('furniture of regional pages in more languages (heldout7 kinds, invented examples)', () => {
  it.each([
    'Publicitate',
    'Tangazo',
    'РЕКЛАМА',
    'Citește și: Podul de pe strada Morii se închide o lună',
    'Soma zaidi: Mvua yaharibu barabara ya Kilosa',
    'Читайте также: В городе откроют новый каток',
    'This article is republished from The Lantern under a Creative Commons license. Read the original article.',
    'This article was originally published by The Lantern.',
    'This story was written by a Local Democracy Reporter. The scheme is funded by the licence fee and shared with partner papers.',
    'Your gift powers independent local journalism.',
    'Give feedback',
    'Anúncio',
    'Get the morning headlines sent straight to your inbox.',
    'If you like what you read, please consider supporting our journalism.',
    'Support local news. Donate today.',
    'Ruth Alvarado receives funding from the Coastal Research Trust. She does not work for, consult, own shares in or receive funding from any company that would benefit from this article.',
    'Submit a news tip',
    'Corrections and clarifications',
    'More by this Author',
  ])('sees furniture in %j', (text) => {
    expect(classifyBlock(text)).toBe('boilerplate');
  });

  it.each([
    'The mural was republished in a book about the town last year.',
    'This report by The Prairie Press was first published March 12, 2024.',
    'Contact Jane Roe at jroe@ledger.example. Follow her on Instagram @janeroe.',
    'Contributing: Ken Doe',
    'Local democracy is stronger when people turn up, she said.',
    'Your gift to the food bank matters more than ever, the organisers said in a letter to parishioners.',
  ])('keeps a sentence of the story in %j', (text) => {
    expect(classifyBlock(text)).toBe('body');
  });

  const body = (text: string): Block => ({ text, kind: 'body' });
  const story = [
    'The canal towpath has been closed for two winters.',
    'Cyclists have used the main road instead.',
    'The council should reopen it before the spring.',
    'A path is only useful if people can walk on it.',
  ].map(body);

  it('takes an opinion piece closing note on its writer out of the text, and the name above it as the writer', () => {
    const header = emptyHeader();
    const found = separateFurniture([...story, body('Orla Penhaligon'), body('The writer is a former canal engineer. Views are personal.')], header, []);
    expect(found.body).toEqual(story);
    expect(header.authors).toEqual(['Orla Penhaligon']);
  });

  it('takes a signed name above the note on the writer, and leaves an author box after its heading out of the text', () => {
    const header = emptyHeader();
    const found = separateFurniture([...story, body('— Orla Penhaligon'), body('The author teaches civil engineering at Fenmoor College.')], header, []);
    expect(found.body).toEqual(story);
    expect(header.authors).toEqual(['Orla Penhaligon']);
    const boxed = separateFurniture([...story, { text: 'About the author', kind: 'heading' }, body('Orla Penhaligon writes on rivers and canals.')], emptyHeader(), []);
    expect(boxed.body).toEqual(story);
  });

  it('takes a dash-signed note that opens with the writer name as the writer, out of the text', () => {
    const header = emptyHeader();
    const found = separateFurniture([...story, body('— Odile Marchetti is a civil engineer and a former county roads director.')], header, []);
    expect(found.body).toEqual(story);
    expect(header.authors).toEqual(['Odile Marchetti']);
    expect(separateFurniture([...story, body('Odile Marchetti is a civil engineer and a former county roads director.')], emptyHeader(), []).body).toHaveLength(5);
  });

  it('keeps a story whose last paragraph speaks of an author', () => {
    const last = body('The author is scheduled to read from the book at the library on Sunday.');
    expect(separateFurniture([...story, last], emptyHeader(), []).body).toHaveLength(5);
  });
});

describe('isWriterNote', () => {
  it.each([
    'The writer is a retired professor of hydrology.',
    'The author teaches public policy at Marrow University.',
    'El autor es profesor de economía en la Universidad de Valdemora.',
    "L'auteur est chercheuse au centre d'études urbaines.",
    'Views are personal.',
    '— The writer is a former ambassador to the Baltic states.',
    '(The columnist is a retired district judge.)',
  ])('sees a note on the writer in %j', (text) => {
    expect(isWriterNote(text)).toBe(true);
  });

  it.each(['The author is expected to attend the hearing.', 'The writers met at the library on Tuesday.'])('not in %j', (text) => {
    expect(isWriterNote(text)).toBe(false);
  });
});

describe('photo credits closing captions of regional papers', () => {
  it.each([
    'Traders sort cassava at the market on Friday. PHOTO/GRACE ATIENO',
    'Boats at the landing site. FILE PHOTO | LAKE HERALD',
    'Mvuvi akishusha samaki bandarini. Picha na Neema Mushi',
    'Podul de peste râu în timpul lucrărilor Foto: Radu Bejan',
    'The old quay before the works. (Supplied: Harbour Trust)',
    'The ferry at the wharf. (Liam Quirke/Baymouth)',
    'Pupils leave the school on Monday. Ana Ferris/Courier',
    'Volunteers fill sandbags. Photo credit: Jane Roe',
    'Shoppers at the night market yesterday. — Valley Star pic by Aziz Rahman',
    'The flooded road outside the school (Bernama pic)',
  ])('sees a caption in %j', (text) => {
    expect(classifyBlock(text)).toBe('caption');
  });

  it.each([
    'The pictures were taken by Grace Atieno, who worked for the paper for years.',
    'She said the photo was taken in 1962 by her father.',
    'He said he had been to the night market to take pictures.',
  ])('keeps a sentence of the story in %j', (text) => {
    expect(classifyBlock(text)).toBe('body');
  });
});

describe('appeals, audio notes and comment boxes (invented examples)', () => {
  it.each([
    'Our journalism costs money and we rely on advertising and subscriptions to pay for it. Subscribe from just 99p for your first month.',
    'This audio is auto-generated. Please let us know if you have any feedback.',
    'We welcome comments but will remove any that break our community rules. Read our guidelines.',
    'Have something to say? Log in to comment.',
    'Your email address will not be published. Required fields are marked *',
  ])('takes %j for furniture', (text) => {
    expect(classifyBlock(text)).toBe('boilerplate');
  });

  it.each([
    'The council said its journalism awards scheme costs money it no longer has, and asked sponsors to support it.',
    'The audio recording, which police said was generated by a phone in the car, was played to the jury.',
    'Residents left comments on the council website, many of them offensive, a spokesman said.',
  ])('keeps the story\'s sentence %j', (text) => {
    expect(classifyBlock(text)).toBe('body');
  });
});

describe('end notes of web pages: corrections, other editions, appeals, print promotions (web22 kinds, invented examples)', () => {
  it.each([
    'VIDEO: Ferry passengers queue at the new terminal on its first morning. (Harbour 9 News)',
    'To read: Ring road works to close one lane until March',
    'The Gazette is free to read because readers like you support it.',
    'We sit through every council meeting so you do not have to. Chip in today.',
    'The Courier is an independent weekly. Support our journalism: subscribe to the print edition for $4 a month.',
    'Read this and more in Saturday’s print edition of The Valley Times, on sale now.',
    'Correction, March 4: An earlier version of this story gave the wrong day for the next hearing. It is March 12.',
    'An earlier version of this article misstated the size of the grant.',
    'Lea esta historia en español aquí.',
    'Read this story in French',
    'Newsletter',
    'Sign up',
    'Sign up for free and stay up to date with the latest news.',
  ])('takes %j for furniture', (text) => {
    expect(classifyBlock(text)).not.toBe('body');
  });

  it.each([
    'The video, filmed by a passenger, shows the ferry striking the pier.',
    'Readers like you wrote hundreds of letters to the paper, the editor said.',
    'The correction came too late, an earlier version of the report having been sent to ministers.',
    'He said he would read the letter in Spanish at the hearing.',
    'The print edition of the paper will cost more from March, the company said.',
  ])('keeps the story\'s sentence %j', (text) => {
    expect(classifyBlock(text)).toBe('body');
  });
});

describe('reportersSignOff', () => {
  it('reads a broadcast sign-off in either order, and no sentence of the story', () => {
    expect(reportersSignOff('Jane Roe, Harbour TV News.')).toEqual({ author: 'Jane Roe', outlet: 'Harbour TV News' });
    expect(reportersSignOff('Reporting for Harbour TV News, Jane Roe.')).toEqual({ author: 'Jane Roe', outlet: 'Harbour TV News' });
    expect(reportersSignOff('Reporting for the inquiry, the panel said, was incomplete.')).toBeNull();
  });
});

describe('more notes around a story (web25 kinds, invented examples)', () => {
  it.each([
    'If you notice an error, select the text and press Ctrl+Enter to let the editors know.',
    'This story is part of Paying for Water, a Ledger series on the cost of the island’s water systems.',
    '0',
    'Do you have a story for the Courier? Email news@courier.example or message us on WhatsApp.',
    'Read more local news in this week’s Valley Clarion, on sale in shops for €2.50, or subscribe to the e-paper.',
    'The sale ring on Saturday morning. Photos: Dales Images',
    'Pročitajte još: Od januara dvije nove linije',
    'Lexo edhe: Paralajmërim për reshje',
  ])('takes %j for furniture', (text) => {
    expect(classifyBlock(text)).not.toBe('body');
  });

  it('keeps a story\'s sentence about a series, an error or the paper', () => {
    expect(classifyBlock('This story is what the council feared, the mayor said on Monday.')).toBe('body');
    expect(classifyBlock('The paper said the error had been in its print edition for a week.')).toBe('body');
  });

  it('takes a closing note on the writer that says what she covers out of the text', () => {
    const blocks: Block[] = ['One.', 'Two.', 'Three.', 'Ana Roe covers the courts for the Gazette. Reach her at ana@gazette.example.'].map((text) => ({ kind: 'body', text }));
    const header = { ...emptyHeader(), authors: ['Ana Roe'] };
    expect(separateFurniture(blocks, header, []).body.map((b) => b.text)).toEqual(['One.', 'Two.', 'Three.']);
  });
});

describe('captions and sign-offs of more copies (text33 kinds, invented examples)', () => {
  it('reads a caption whose credit a bar sets after its full stop as a caption', () => {
    expect(classifyBlock('Workers on the bridge on Tuesday morning. | ANA / Pere Doe')).toBe('caption');
    expect(classifyBlock('The council met on Tuesday. | Read more')).not.toBe('caption');
  });

  it('leaves out initials of a compound given name with the agency drawn on, and a print-issue line in French', () => {
    expect(classifyBlock('A.M.-C. R. (avec l\'Agence Savane Presse)')).toBe('boilerplate');
    expect(classifyBlock('J.-M. R.')).toBe('boilerplate');
    expect(classifyBlock('Paru dans l\'édition papier du samedi 9 janvier 2027')).toBe('boilerplate');
  });
});

describe('notes, prompts and signatures of more copies (text35 and web35 kinds, invented examples)', () => {
  it('leaves out a print-edition note and a newsletter prompt in other languages, and an article address with the print view\'s note', () => {
    expect(classifyBlock('Cet article est paru dans l\'édition n° 4412 du Courrier du Port du jeudi 18 mars 2027.')).toBe('boilerplate');
    expect(classifyBlock('Článok vyšiel aj v tlačenom vydaní Prístavných novín č. 11/2027.')).toBe('boilerplate');
    expect(classifyBlock('Tilmeld dig vores nyhedsbrev og få dagens vigtigste nyheder hver morgen.')).toBe('boilerplate');
    expect(classifyBlock('Artikel-URL: https://www.harbourgazette.example/bridge')).toBe('boilerplate');
    expect(classifyBlock('Kommentare werden in der Druckansicht nicht angezeigt.')).toBe('boilerplate');
    expect(classifyBlock('Article 12 of the charter lets the council sell the land.')).toBe('body');
  });

  it('takes a name with the writer\'s role after a comma, closing the story, for its signature', () => {
    const body: Block[] = [...Array(4).keys()].map((k) => ({ kind: 'body', text: `Paragraph ${k + 1} of the story about the bridge, which the council will close for three weeks.` }));
    const header = emptyHeader();
    const out = separateFurniture([...body, { kind: 'body', text: 'Aya Roe, envoyée spéciale à Bouaké' }], header, []);
    expect(header.authors).toEqual(['Aya Roe']);
    expect(out.body).toHaveLength(4);
  });
});

describe('notes under more stories (text36 kinds, invented examples)', () => {
  it('leaves out a feed\'s footer line, a reprint notice, a Chinese caption, editor line and share row', () => {
    expect(classifyBlock('The post River bridge to shut appeared first on Harbour Matin.')).toBe('boilerplate');
    expect(classifyBlock('L’article Le pont fermera est apparu en premier sur Harbour Matin.')).toBe('boilerplate');
    expect(classifyBlock('When using materials, an active hyperlink to Harbour-News is required.')).toBe('boilerplate');
    expect(classifyBlock('图为某小区正在施工的加装电梯项目。记者 王健 摄')).toBe('caption');
    expect(classifyBlock('【责任编辑：陆婷婷】')).toBe('boilerplate');
    expect(classifyBlock('分享到：微信 微博')).toBe('boilerplate');
  });
});

describe('notes around more stories (text37 kinds, invented examples)', () => {
  it('leaves out a print-run line, a comment box\'s rules and tag lines in other languages', () => {
    expect(classifyBlock('In print: Friday, May 3, 2024, page B2')).toBe('boilerplate');
    expect(classifyBlock('Print: 3 May 2024, page 7')).toBe('boilerplate');
    expect(classifyBlock('In print, the council said, the notice would have cost more than the repairs.')).toBe('body');
    expect(classifyBlock('Comments are open to subscribers. Please keep it civil.')).toBe('boilerplate');
    expect(classifyBlock('Etiquetas: Lluvia, Ciudad, Tráfico')).toBe('boilerplate');
    expect(classifyBlock('Mada: Uvuvi, Bandari, Uchumi wa Bahari')).toBe('boilerplate');
    expect(classifyBlock('टैग्स: बांध, जयपुर, पेयजल')).toBe('boilerplate');
    expect(classifyBlock('Temas: el alcalde dijo que la ciudad no subirá los impuestos este año.')).toBe('body');
  });

  it('leaves out a Google News follow prompt, a Hindi share word and a Hindi photo credit closing a caption', () => {
    expect(classifyBlock('Google News पर फॉलो करें')).toBe('boilerplate');
    expect(classifyBlock('Follow us on Google News')).toBe('boilerplate');
    expect(classifyBlock('शेयर करें')).toBe('boilerplate');
    expect(classifyBlock('बांध के गेट के पास भरा पानी। फोटो: प्रहरी')).toBe('caption');
  });
});

describe('notes in more stories (text38 kinds, invented examples)', () => {
  it('leaves out a "Related:" line with a long headline and a prompt to report an error', () => {
    expect(classifyBlock('Related: County jail ran at 112% of capacity for most of the summer, report says')).toBe('boilerplate');
    expect(classifyBlock('Vous avez repéré une erreur dans ce texte? Écrivez-nous.')).toBe('boilerplate');
    expect(classifyBlock('Spotted an error? Let us know.')).toBe('boilerplate');
    expect(classifyBlock('Related companies in the group filed their accounts late, the regulator said on Monday.')).toBe('body');
  });
});

describe('notes in more stories (text39 and web39 kinds, invented examples)', () => {
  it('leaves out an update note under its label and time, sign-up prompts for alerts, subscription appeals and messaging-channel prompts', () => {
    expect(classifyBlock('Update, March 17, 5:05 p.m.: This story has been updated with a statement from the ministry.')).toBe('boilerplate');
    expect(classifyBlock('Road reports, straight to your phone. Sign up for the Courier\'s free text alerts for highway closures between Westport and Millbrook. Text ROADS to 250-000-0000.')).toBe('boilerplate');
    expect(classifyBlock('O jornalismo de proximidade precisa de si. Assine o Diário do Porto a partir de 4,90 euros por mês.')).toBe('boilerplate');
    expect(classifyBlock('Get breaking news on your phone. Join our WhatsApp channel or send NEWS to +000 00 000 0000.')).toBe('boilerplate');
    expect(classifyBlock('Tin liên quan')).toBe('boilerplate');
    expect(classifyBlock('Parents can join the WhatsApp group the school set up last week, the head teacher explained.')).toBe('body');
    expect(classifyBlock('The ministry launched a WhatsApp channel for farmers last week.')).toBe('body');
  });

  it('takes a one-sentence note of where the writers filed from for no text, and keeps a wire\'s note that credits other reporters', () => {
    const body: Block[] = [...Array(4).keys()].map((k) => ({ kind: 'body', text: `Paragraph ${k + 1} of the story about the bridge, which the council will close for three weeks.` }));
    const header = { ...emptyHeader(), authors: ['Jane Roe', 'John Doe', 'Ann Poe'] };
    const out = separateFurniture([...body, { kind: 'body', text: 'Jane Roe reported from Westport, John Doe from Millbrook and Ann Poe from Eastleigh.' }], header, []);
    expect(out.body).toHaveLength(4);
    const wire = separateFurniture([...body, { kind: 'body', text: 'Roe reported from Westport. Agency writer Ann Poe in Millbrook contributed to this report.' }], { ...emptyHeader(), authors: ['Jane Roe'] }, []);
    expect(wire.body).toHaveLength(5);
  });

  it('takes a writer\'s name and role opening the content for the byline', () => {
    const body: Block[] = [...Array(3).keys()].map((k) => ({ kind: 'body', text: `Paragraph ${k + 1} of the story about the bridge, which the council will close for three weeks.` }));
    const header = emptyHeader();
    const out = separateFurniture([{ kind: 'body', text: 'Jane Roe, Senior Business Reporter' }, ...body], header, []);
    expect(header.authors).toEqual(['Jane Roe']);
    expect(out.body).toHaveLength(3);
  });
});

describe('notes in more stories (text45 kinds, invented examples)', () => {
  it('takes a caption closed by a photo agency in capitals in square brackets for a caption', () => {
    expect(classifyBlock('A ferry passes the new dock at the harbour mouth on Thursday. [HARBOUR PHOTO AGENCY]')).toBe('caption');
    expect(classifyBlock('The council said the work would start in March, with one lane open throughout [sic].')).toBe('body');
  });
});

describe('notes in more stories (text46 kinds, invented examples)', () => {
  it('takes a French caption closed by "Photo Paper / Name" for a caption', () => {
    expect(classifyBlock('Le port de Westport à marée basse, mardi. Le niveau du bassin est inférieur de moitié aux normales de saison. Photo Le Courrier du Port / Jean Roe')).toBe('caption');
    expect(classifyBlock('Le maire a présenté le plan mardi, avec une photo aérienne du port.')).toBe('body');
  });
});

describe('classifyBlock: captions, notes and footers of text52 kinds (invented examples)', () => {
  it('reads a caption closed by a photographer with an initial, and the Faroese and Malagasy photo labels', () => {
    expect(classifyBlock('A bus at the station on Monday evening. Foto: Ana G. Roe')).toBe('caption');
    expect(classifyBlock('The quay at low tide, Tuesday morning. Mynd: Jógvan Roe')).toBe('caption');
    expect(classifyBlock('The road to the port, yesterday afternoon. Sary: Hery Doe')).toBe('caption');
    // (A sentence's full stops after the label are no initial's: the line is prose.)
    expect(classifyBlock('Work begins on Monday. Foto: the council says. It will take a month.')).toBe('body');
  });

  it('reads a bracketed update note in Slovene, Croatian, Italian, Dutch and Polish as furniture, not a note that goes on with news', () => {
    expect(classifyBlock('(Članek je bil posodobljen ob 15.05 z odzivom občine.)')).toBe('boilerplate');
    expect(classifyBlock('Članak je ažuriran u 14.20.')).toBe('boilerplate');
    expect(classifyBlock('Articolo aggiornato alle 18.40 con la replica del sindaco.')).toBe('boilerplate');
    expect(classifyBlock('Dit artikel is bijgewerkt om 12.10 uur.')).toBe('boilerplate');
    expect(classifyBlock('(Članek je bil posodobljen ob 15.05. Občina je zdaj sporočila, da bo most zaprt do junija.)')).toBe('body');
  });

  it('reads ad labels, read-also pointers and a footer that opens with the outlet\'s name before its copyright mark', () => {
    for (const label of ['Piblisite', 'Dokam-barotra', 'Lýsing', 'Oglasno sporočilo']) expect(classifyBlock(label)).toBe('boilerplate');
    expect(classifyBlock('Li tou: Pon an ap rete fèmen')).toBe('boilerplate');
    expect(classifyBlock('Vakio koa: Lalana vaovao any avaratra')).toBe('boilerplate');
    expect(classifyBlock('Harbour Weekly © 2029. Publisher: Harbour Media d.o.o.')).toBe('boilerplate');
  });
});
