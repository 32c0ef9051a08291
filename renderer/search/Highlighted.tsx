import { segment, rangesToMarks } from '../text/segments';

/** Text with [start, end) ranges wrapped in <mark>. */
export function Highlighted({ text, ranges }: { text: string; ranges: readonly (readonly [number, number])[] }) {
  return (
    <>
      {segment(0, text.length, rangesToMarks(ranges, 'hit')).map((s) =>
        s.marks.length ? <mark key={s.start}>{text.slice(s.start, s.end)}</mark> : <span key={s.start}>{text.slice(s.start, s.end)}</span>,
      )}
    </>
  );
}
