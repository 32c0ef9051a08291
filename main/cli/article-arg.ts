/** An article named on the command line by its Dossier id or by its path in the library. */
import { ArticleIdSchema } from '../../shared/contract';
import type { DossierService } from '../api';
import { CliError } from './open-library';

export async function resolveArticle(service: DossierService, arg: string): Promise<string> {
  const wanted = arg.replace(/\\/g, '/').replace(/^\.\//, '');
  if (ArticleIdSchema.safeParse(wanted).success) {
    const found = await service.getArticle({ id: wanted }).then(
      () => true,
      () => false,
    );
    if (found) return wanted;
  }
  for (let offset = 0; ; offset += 1000) {
    const page = await service.listArticles({ sort: 'date-desc', offset, limit: 1000 });
    const hit = page.items.find((a) => a.path === wanted);
    if (hit) return hit.id;
    if (offset + page.items.length >= page.total) break;
  }
  throw new CliError(`no article "${arg}" in this library (give its id, or its path inside the library, as \`dossier search\` shows)`);
}
