/**
 * The time zone of a US dateline's state. American papers and stations write the state after the city in AP style
 * ("JOPLIN, Mo.", "TULSA, Okla. (KTUL) -", "BOISE, Idaho") or as a postal code ("WICHITA, KS"); some sites print
 * their times in UTC ("Published: Apr. 3, 2024 at 3:14 AM UTC"), so the state says which day that was there.
 * Each state has the IANA zone where most of its people live (Indiana, Kentucky, Tennessee, Idaho, the Dakotas,
 * Nebraska, Kansas, Texas, Florida and Oregon have a second zone in a corner of the state).
 */
const EASTERN = 'America/New_York';
const CENTRAL = 'America/Chicago';
const MOUNTAIN = 'America/Denver';
const PACIFIC = 'America/Los_Angeles';

/** [full name, AP abbreviation, postal code, zone] for the 50 states and the District of Columbia. */
const STATES: [string, string | null, string, string][] = [
  ['Alabama', 'Ala.', 'AL', CENTRAL], ['Alaska', null, 'AK', 'America/Anchorage'], ['Arizona', 'Ariz.', 'AZ', 'America/Phoenix'],
  ['Arkansas', 'Ark.', 'AR', CENTRAL], ['California', 'Calif.', 'CA', PACIFIC], ['Colorado', 'Colo.', 'CO', MOUNTAIN],
  ['Connecticut', 'Conn.', 'CT', EASTERN], ['Delaware', 'Del.', 'DE', EASTERN], ['District of Columbia', 'D.C.', 'DC', EASTERN],
  ['Florida', 'Fla.', 'FL', EASTERN], ['Georgia', 'Ga.', 'GA', EASTERN], ['Hawaii', null, 'HI', 'Pacific/Honolulu'],
  ['Idaho', null, 'ID', 'America/Boise'], ['Illinois', 'Ill.', 'IL', CENTRAL], ['Indiana', 'Ind.', 'IN', 'America/Indiana/Indianapolis'],
  ['Iowa', null, 'IA', CENTRAL], ['Kansas', 'Kan.', 'KS', CENTRAL], ['Kentucky', 'Ky.', 'KY', 'America/Kentucky/Louisville'],
  ['Louisiana', 'La.', 'LA', CENTRAL], ['Maine', null, 'ME', EASTERN], ['Maryland', 'Md.', 'MD', EASTERN],
  ['Massachusetts', 'Mass.', 'MA', EASTERN], ['Michigan', 'Mich.', 'MI', 'America/Detroit'], ['Minnesota', 'Minn.', 'MN', CENTRAL],
  ['Mississippi', 'Miss.', 'MS', CENTRAL], ['Missouri', 'Mo.', 'MO', CENTRAL], ['Montana', 'Mont.', 'MT', MOUNTAIN],
  ['Nebraska', 'Neb.', 'NE', CENTRAL], ['Nevada', 'Nev.', 'NV', PACIFIC], ['New Hampshire', 'N.H.', 'NH', EASTERN],
  ['New Jersey', 'N.J.', 'NJ', EASTERN], ['New Mexico', 'N.M.', 'NM', MOUNTAIN], ['New York', 'N.Y.', 'NY', EASTERN],
  ['North Carolina', 'N.C.', 'NC', EASTERN], ['North Dakota', 'N.D.', 'ND', CENTRAL], ['Ohio', null, 'OH', EASTERN],
  ['Oklahoma', 'Okla.', 'OK', CENTRAL], ['Oregon', 'Ore.', 'OR', PACIFIC], ['Pennsylvania', 'Pa.', 'PA', EASTERN],
  ['Rhode Island', 'R.I.', 'RI', EASTERN], ['South Carolina', 'S.C.', 'SC', EASTERN], ['South Dakota', 'S.D.', 'SD', CENTRAL],
  ['Tennessee', 'Tenn.', 'TN', CENTRAL], ['Texas', null, 'TX', CENTRAL], ['Utah', null, 'UT', MOUNTAIN],
  ['Vermont', 'Vt.', 'VT', EASTERN], ['Virginia', 'Va.', 'VA', EASTERN], ['Washington', 'Wash.', 'WA', PACIFIC],
  ['West Virginia', 'W.Va.', 'WV', EASTERN], ['Wisconsin', 'Wis.', 'WI', CENTRAL], ['Wyoming', 'Wyo.', 'WY', MOUNTAIN],
];

const ZONE_BY_NAME = new Map<string, string>();
for (const [name, ap, postal, zone] of STATES) {
  ZONE_BY_NAME.set(name.toLowerCase(), zone);
  if (ap) ZONE_BY_NAME.set(ap.toLowerCase(), zone);
  // A postal code only in capitals: "IN", "OR", "ME" are words in ordinary case.
  ZONE_BY_NAME.set(postal, zone);
}

/**
 * The zone of the state a dateline's place names after its city ("JOPLIN, Mo." -> America/Chicago), or null when it
 * names none (a city alone, a country: "NAIROBI, Kenya").
 */
export function zoneOfUsDateline(place: string): string | null {
  const comma = place.indexOf(',');
  if (comma < 0) return null;
  const region = place.slice(comma + 1).trim();
  if (/^\p{Lu}{2}$/u.test(region)) return ZONE_BY_NAME.get(region) ?? null;
  return ZONE_BY_NAME.get(region.toLowerCase().replace(/\s+/g, ' ')) ?? null;
}
