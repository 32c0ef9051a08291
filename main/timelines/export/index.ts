/** One entry point for every export format: content, a file name and a MIME type. */
import type { ExportFormat, ExportResult, Timeline } from '../../../shared/timeline';
import { timelineToCsv } from './csv';
import { timelineToHtml } from './html';
import { timelineToMarkdown } from './markdown';
import { timelineJsString } from './timelinejs';

export { timelineToCsv, csvToEvents, parseCsv } from './csv';
export { timelineToHtml } from './html';
export { timelineToMarkdown } from './markdown';
export { toTimelineJs, timelineJsString } from './timelinejs';
export { validateTimelineJs } from './validate-timelinejs';

export function exportTimeline(timeline: Timeline, format: ExportFormat): ExportResult {
  switch (format) {
    case 'timelinejs':
      return { filename: `${timeline.id}.timelinejs.json`, mimeType: 'application/json', content: timelineJsString(timeline) };
    case 'csv':
      return { filename: `${timeline.id}.csv`, mimeType: 'text/csv', content: timelineToCsv(timeline) };
    case 'md':
      return { filename: `${timeline.id}.md`, mimeType: 'text/markdown', content: timelineToMarkdown(timeline) };
    case 'html':
      return { filename: `${timeline.id}.html`, mimeType: 'text/html', content: timelineToHtml(timeline) };
  }
}
