import { describe, expect, it } from 'vitest';
import { classifyName, displayName, isDeskCredit, isSpecialToLine, nameWithRole, outletInRole, peopleBeforeRoles, personBeforeRole, publisherOfCollectiveByline } from './names';

describe('classifyName', () => {
  it.each([
    // People, including names no given-name lexicon holds and names with particles or accents.
    ['Jane Doe', 'person'],
    ['Kavya Raghunath', 'person'],
    ['Oluwaseun Adeyemi-Cole', 'person'],
    ['Ana de la Cruz', 'person'],
    ['J. R. Roe', 'person'],
    ['Seán Ó Briain', 'person'],
    ['Sunday Okafor', 'person'],
    // A surname that is also a newspaper's word, after a given name.
    ['Emily Post', 'person'],
    ['Martin Star', 'person'],
  ])('%s is a person', (name, kind) => {
    expect(classifyName(name)).toBe(kind);
  });

  it.each([
    'Reuters', // one-word credits are agencies and sites
    'Harbour Images', // picture agencies and desks
    'Fenwick Echo Pictures',
    'AFP',
    'FOXBusiness',
    'Republic World', // nameplate words
    'Express News Service',
    'Lagos Evening Tribune',
    'Northwind Broadcasting',
    'The Hindu', // "The ..." names no person
    'The Gazette',
    'Jakarta Post', // a place before a surname-like nameplate word
    'Sydney Morning Herald',
    'Voice of America', // a joining word inside capitalised words
    'Nikkei Asia', // a continent closing the name
    'Associated Press', // a known organisation in compromise's lexicon
    'Al Jazeera',
    'kyivpost.example.com', // a web domain
    'Tarnwick Civic Notes', // the nameplate words of blogs and newsletters
    'Karoo Current',
  ])('%s is an outlet', (name) => {
    expect(classifyName(name)).toBe('outlet');
  });

  it('tells roles, places and non-names apart', () => {
    expect(classifyName('Staff Writer')).toBe('role');
    expect(classifyName('Business reporter')).toBe('role');
    expect(classifyName('Associated Press Writer')).toBe('role');
    expect(classifyName('New Delhi')).toBe('place');
    expect(classifyName('London')).toBe('place');
    expect(classifyName('Bong County')).toBe('place');
    expect(classifyName('Kisumu District')).toBe('place');
    expect(classifyName('Commonwealth of the Bahamas')).toBe('place');
    expect(classifyName('Supreme Court')).toBe('outlet');
    expect(classifyName('Public Law Division')).toBe('outlet');
    expect(classifyName('Margaret Court')).toBe('person');
    expect(classifyName('https://social.example/janedoe')).toBe('none');
    expect(classifyName('@janedoe')).toBe('none');
    expect(classifyName('the end of the day')).toBe('none');
  });

  it('does not take a sentence with "of" for an outlet', () => {
    expect(classifyName('The cause of the fire is under investigation')).not.toBe('outlet');
    expect(classifyName('Voice of America')).toBe('outlet');
  });

  it('finds the person before a role written without a comma', () => {
    expect(personBeforeRole('Jane Roe Contributing columnist')).toBe('Jane Roe');
    expect(personBeforeRole('Jane Roe Wales correspondent')).toBe('Jane Roe');
    expect(personBeforeRole('Senior Business Reporter')).toBeNull();
    expect(personBeforeRole('Associated Press Writer')).toBeNull();
    expect(outletInRole('2 days ago Jane Roe Wales correspondent')).toBeNull();
  });

  it('finds the outlet a role names', () => {
    expect(outletInRole('Associated Press Writer')).toBe('Associated Press');
    expect(outletInRole('Gazette Staff Writer')).toBe('Gazette');
    expect(outletInRole('Staff Writer')).toBeNull();
    expect(outletInRole('Senior Political Correspondent')).toBeNull();
    expect(outletInRole('Local Democracy Reporter')).toBeNull();
  });

  it('takes institutions that sign stories for organisations, and Filipino particles for parts of a name', () => {
    expect(classifyName('Campus Communications')).toBe('outlet');
    expect(classifyName('Brackenfield District Council')).toBe('outlet');
    expect(classifyName('Institute of Coastal Studies')).toBe('outlet');
    expect(classifyName('Rosalind Mae delos Reyes')).toBe('person');
    expect(classifyName('Joanna dela Paz')).toBe('person');
  });

  it('keeps a three-word name whole before a role of beat words', () => {
    expect(personBeforeRole('Lim Mei Hua Senior Health Correspondent')).toBe('Lim Mei Hua');
    expect(personBeforeRole('Jane Roe Wales correspondent')).toBe('Jane Roe');
  });

  it('takes "X Wire" for an outlet\'s own name, not for its staff', () => {
    expect(publisherOfCollectiveByline('The Lakeshore Wire')).toBeNull();
    expect(publisherOfCollectiveByline('Lakeshore Gazette wire services')).toBe('Lakeshore Gazette');
  });

  it('finds the publication of a collective byline, not of a section desk', () => {
    expect(publisherOfCollectiveByline('WorldTribune Staff')).toBe('WorldTribune');
    expect(publisherOfCollectiveByline('Harbour Gazette News Desk')).toBe('Harbour Gazette');
    expect(publisherOfCollectiveByline('Web Desk')).toBeNull();
    expect(publisherOfCollectiveByline('Sports Desk')).toBeNull();
    expect(publisherOfCollectiveByline('Jane Doe')).toBeNull();
  });

  it('writes capitalised names in ordinary case, and leaves mixed case alone', () => {
    expect(displayName('KAREEM HADDAD')).toBe('Kareem Haddad');
    expect(displayName("SEAN O'NEILL-BARRY")).toBe("Sean O'Neill-Barry");
    expect(displayName('AILSA MCCRORIE')).toBe('Ailsa McCrorie');
    expect(displayName('MACK MACY')).toBe('Mack Macy');
    expect(displayName('JOANA DA SILVA SOUTO')).toBe('Joana da Silva Souto');
    expect(displayName('SITI AMINAH BINTI YUSOF')).toBe('Siti Aminah binti Yusof');
    expect(displayName('DE WAAL PIETERS')).toBe('De Waal Pieters');
    expect(publisherOfCollectiveByline('Courier Regional Desk')).toBe('Courier');
    expect(publisherOfCollectiveByline('Harbour Ledger Digital Team')).toBe('Harbour Ledger');
    expect(publisherOfCollectiveByline('Editorial Team')).toBeNull();
    expect(displayName('Jane McDonald')).toBe('Jane McDonald');
  });
});

describe('personBeforeRole', () => {
  it('finds the person before a role and its beat words', () => {
    expect(personBeforeRole('Jane Doe Transport correspondent')).toBe('Jane Doe');
    expect(personBeforeRole('John Roe Middle East editor')).toBe('John Roe');
    expect(personBeforeRole('Staff Writer')).toBeNull();
    expect(personBeforeRole('Associated Press Writer')).toBeNull();
  });
});

describe('forces, units and teams', () => {
  it('takes a police force, a media unit and a team for organisations, not people', () => {
    expect(classifyName('Westmoor Valley Police')).toBe('outlet');
    expect(classifyName('Media Unit')).toBe('outlet');
    expect(classifyName('Lantern Team')).toBe('outlet');
  });

  it('tells a desk or team credit, which names no author, from a staff credit', () => {
    expect(isDeskCredit('Lantern Team')).toBe(true);
    expect(isDeskCredit('Coastline Newsroom')).toBe(true);
    expect(isDeskCredit('Coastline Staff')).toBe(false);
  });
});

describe('nameplates in other European languages', () => {
  it.each(['Gazeta do Planalto', 'Gazzetta di Morlano', 'Noordkust Dagblad', 'Wochenblatt Talheim', 'Diário da Serra Alta'])('%s is an outlet', (name) => {
    expect(classifyName(name)).toBe('outlet');
  });
});

describe('a town as a surname', () => {
  it('keeps a given name and a town-like surname a person, a name closed by a country an outlet', () => {
    expect(classifyName('Rosalind Pennington')).toBe('person');
    expect(classifyName('Walter Preston')).toBe('person');
    expect(classifyName('Nikkei Asia')).toBe('outlet');
  });
});

describe('nameplates of other languages', () => {
  it('takes a name with a European newspaper noun for an outlet, unless a given name opens it', () => {
    expect(classifyName('Lyngvik Kuriren')).toBe('outlet');
    expect(classifyName('Der Bote vom Sauertal')).toBe('outlet');
    expect(classifyName('Anna Posten')).toBe('person');
  });
});

describe('headings in capitals', () => {
  it('takes no heading with "to", "the" or "for" inside for a person', () => {
    expect(classifyName('REASONS FOR THE DECISION')).not.toBe('person');
    expect(classifyName('BACKGROUND TO THE CASE')).not.toBe('person');
    expect(classifyName('ANA DE LA CRUZ')).toBe('person');
  });
});

describe('editorial desks, saints\' towns and job titles of other languages', () => {
  it('reads the editorial desk as the outlet, never a person', () => {
    expect(classifyName('Redactie Stadsomroep Lindewaard')).toBe('outlet');
    expect(classifyName('Redazione')).toBe('role');
    expect(isDeskCredit('Redaktion Seetaler Bote')).toBe(true);
    expect(publisherOfCollectiveByline('Redactie Stadsomroep Lindewaard')).toBe('Stadsomroep Lindewaard');
    expect(publisherOfCollectiveByline('La rédaction Courrier du Val')).toBe('Courrier du Val');
    expect(classifyName('Reda Benali')).toBe('person');
  });

  it('reads a name opened by a saint as a town', () => {
    expect(classifyName('San Martín de los Olivos')).toBe('place');
    expect(classifyName('Santa Rosa del Monte')).toBe('place');
    expect(classifyName('Sandra Oyelaran')).toBe('person');
  });

  it.each(['Corresponsal', 'Enviada especial', 'Redakteurin', 'Giornalista', 'Repórter', 'Verslaggever'])('reads "%s" as a role', (role) => {
    expect(classifyName(role)).toBe('role');
  });

  it('splits people set one after another with their job titles', () => {
    expect(peopleBeforeRoles('Ingrid Solberg Contributing Editor Tomás Ferreira Staff Writer')).toEqual(['Ingrid Solberg', 'Tomás Ferreira']);
    expect(peopleBeforeRoles('Ingrid Solberg Contributing Editor')).toBeNull();
    expect(peopleBeforeRoles('Senior Editor Staff Writer')).toBeNull();
  });
});

describe('names in scripts without capitals (invented examples)', () => {
  it.each([
    ['ليلى منصور', 'person'],
    ['يوسف عبد الله الخطيب', 'person'],
    ['صحيفة الميناء اليوم', 'none'],
    ['وكالة الأنباء', 'none'],
    ['الخميس', 'none'],
  ])('%s is %s', (name, kind) => {
    expect(classifyName(name)).toBe(kind);
  });
});

describe('outlets with a channel number', () => {
  it('takes a name with a number for an outlet, never a person', () => {
    expect(classifyName('Galil 12')).toBe('outlet');
    expect(classifyName('Kanal 9')).toBe('outlet');
    expect(classifyName('Dana Levi')).toBe('person');
    expect(classifyName('Oct. 26')).not.toBe('outlet');
    expect(classifyName('March 3')).not.toBe('outlet');
  });
});

describe('roles held in a place, and surnames in capitals with a particle (text30 kinds, invented examples)', () => {
  it('takes "correspondent in PLACE" in several languages for a role, and a capitals run after a given name for the surname', () => {
    expect(classifyName('correspondant à Agadir')).toBe('role');
    expect(classifyName('corresponsal en Lima')).toBe('role');
    expect(classifyName('correspondent in Harbourton')).toBe('role');
    expect(displayName('Youssef EL AMRANI')).toBe('Youssef El Amrani');
    expect(displayName('Camille ROUSSEL')).toBe('Camille Roussel');
  });
});

describe('handles and roles (text35 and web35 kinds, invented examples)', () => {
  it('takes a user\'s handle for no outlet, and reads a name with the role after a comma', () => {
    expect(classifyName('Ana_Roe')).not.toBe('outlet');
    expect(classifyName('Reuters')).toBe('outlet');
    expect(nameWithRole('Aya Roe, envoyée spéciale à Bouaké')).toBe('Aya Roe');
    expect(nameWithRole('Jane Roe, special correspondent')).toBe('Jane Roe');
    expect(nameWithRole('Westport, the county town')).toBeNull();
  });
});

describe('freelances\' and county correspondents\' credits (text37 and web37 kinds, invented examples)', () => {
  it('takes "Special to the X" for a credit line, no headline', () => {
    expect(isSpecialToLine('Special to the Harbour Gazette')).toBe(true);
    expect(isSpecialToLine('Exclusive to The Courier')).toBe(true);
    expect(classifyName('Special to the Gazette')).toBe('role');
    expect(isSpecialToLine('Special to the people who waited all winter, the ferry finally sails.')).toBe(false);
    expect(isSpecialToLine('Special teams give Tigers the edge')).toBe(false);
  });

  it('keeps a writer\'s third name before a county correspondent\'s role', () => {
    expect(personBeforeRole('Jane Aoko Roe Kisumu County Correspondent')).toBe('Jane Aoko Roe');
    expect(personBeforeRole('Jane Roe Galle District Reporter')).toBe('Jane Roe');
  });
});
