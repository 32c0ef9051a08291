/**
 * The read-only library scenario of read-only.test.ts, run in its own process (as another user
 * when the test runs as root, since root may write anywhere): opens LIBRARY, checks that this
 * process really cannot write it, uses tags, timelines, search and analysis, reopens it, and prints
 * a JSON report on stdout.
 *   node --import tsx read-only-library.ts LIBRARY
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { createDossierService } from '../service';

const root = process.argv[2]!;
const log: string[] = [];
const libraryWritable = await fs.writeFile(path.join(root, 'probe.txt'), 'x').then(
  () => true,
  (error: NodeJS.ErrnoException) => error.code,
);

let service = await createDossierService({ root, watch: false, log: (line) => log.push(line) });
await service.ready();
await service.analysed();
const { problems } = await service.problems({});
const { items } = await service.listArticles({ sort: 'date-asc' });
const article = items.find((a) => a.path.endsWith('.txt') && a.title.includes('China'))!;
await service.tagArticles({ ids: [article.id], add: ['archive/checked'] });
const timeline = await service.createTimeline({ name: 'From the archive' });
const queue = await service.candidatesForArticle({ articleId: article.id, timelineId: timeline.id });
await service.addEvents({ timelineId: timeline.id, events: queue.items.map((i) => i.draft), keys: queue.items.flatMap((i) => i.keys) });
const entities = (await service.getAnalysis({ id: article.id })).entities.length;
await service.close();

service = await createDossierService({ root, watch: false, log: (line) => log.push(line) });
await service.ready();
const after = {
  articles: (await service.libraryInfo({})).articleCount,
  tags: (await service.getArticle({ id: article.id })).tags,
  timelines: (await service.listTimelines({})).timelines.map((t) => [t.name, t.eventCount]),
  tagged: (await service.search({ query: 'tag:archive' })).total,
};
await service.close();
process.stdout.write(JSON.stringify({ libraryWritable, log, problems, articles: items.length, article: article.id, entities, after }) + '\n');
