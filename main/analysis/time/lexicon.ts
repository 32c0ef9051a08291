/** Words of the temporal grammar (English news). */

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);

/** Abbreviations, accepted only when capitalised and followed by a day or year ("Feb. 3", "Sept 2008"). */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

export const WEEKDAYS_PLURAL: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8],
  ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15],
  ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30],
  ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100],
  ['dozen', 12],
]);

/** Vague quantities: "several years" -> PXY. */
export const VAGUE_QUANTITIES: ReadonlySet<string> = new Set(['several', 'few', 'many', 'some', 'multiple', 'numerous']);

export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4],
]);

export type UnitCode = 'S' | 'MIN' | 'H' | 'D' | 'W' | 'M' | 'Q' | 'Y' | 'DE' | 'CE' | 'WE';

export const UNITS: ReadonlyMap<string, UnitCode> = new Map<string, UnitCode>([
  ['second', 'S'], ['seconds', 'S'], ['minute', 'MIN'], ['minutes', 'MIN'], ['min', 'MIN'], ['mins', 'MIN'],
  ['hour', 'H'], ['hours', 'H'], ['hr', 'H'], ['hrs', 'H'], ['day', 'D'], ['days', 'D'], ['week', 'W'],
  ['weeks', 'W'], ['fortnight', 'W'], ['fortnights', 'W'], ['month', 'M'], ['months', 'M'], ['quarter', 'Q'], ['quarters', 'Q'],
  ['year', 'Y'], ['years', 'Y'], ['yr', 'Y'], ['yrs', 'Y'], ['decade', 'DE'], ['decades', 'DE'],
  ['century', 'CE'], ['centuries', 'CE'], ['weekend', 'WE'], ['weekends', 'WE'],
]);

export const PARTS_OF_DAY: ReadonlyMap<string, string> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'],
]);

export const SEASONS: ReadonlyMap<string, string> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['autumn', 'FA'], ['fall', 'FA'], ['winter', 'WI'],
]);

/** Adverbs of frequency that are SET timexes on their own. (The adjective "annual" is left out: MEANTIME
 *  annotators mostly do not mark it, and "his annual keynote" places nothing in time.) */
export const FREQUENCY_ADVERBS: ReadonlyMap<string, string> = new Map([
  ['hourly', 'PT1H'], ['daily', 'P1D'], ['nightly', 'XXXX-XX-XXTNI'], ['weekly', 'P1W'], ['fortnightly', 'P2W'],
  ['monthly', 'P1M'], ['quarterly', 'P3M'], ['annually', 'P1Y'], ['yearly', 'P1Y'],
  ['biannual', 'P6M'], ['biennial', 'P2Y'],
]);

/** Words after a year-like number that show it is a count, not a year ("2000 jobs"). */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  // people
  'people', 'persons', 'employees', 'workers', 'staff', 'passengers', 'troops', 'soldiers', 'users', 'customers',
  'members', 'students', 'children', 'residents', 'guests', 'deaths', 'cases', 'votes', 'jobs',
  // money and units of measure
  'dollars', 'euros', 'pounds', 'yuan', 'yen', 'shares', 'miles', 'km', 'kilometers', 'kilometres', 'meters', 'metres',
  'feet', 'tonnes', 'tons', 'kg', 'mph', 'ft', 'lb', 'lbs', 'hours', 'minutes', 'seconds', 'days',
  // things counted
  'units', 'cars', 'vehicles', 'homes', 'houses', 'copies', 'pages', 'words', 'points', 'games', 'orders',
]);
