/**
 * A second Dossier process for the multi-process tests: opens the tag store of a data folder and
 * makes COUNT tag changes, printing one line per acknowledged change.
 *   node --import tsx tag-writer.ts DATA_DIR PREFIX COUNT ID...
 */
import { TagStore } from '../tags';

const [dataDir, prefix, count, ...ids] = process.argv.slice(2);
const store = await TagStore.open(dataDir!);
for (let i = 0; i < Number(count); i++) {
  const id = ids[i % ids.length]!;
  const tag = `${prefix}/${i}`;
  await store.apply({ ids: [id], add: [tag] });
  process.stdout.write(`${id} ${tag}\n`);
}
