#!/usr/bin/env node
// The `dossier` command. Sources are TypeScript; tsx compiles them on the fly so that
// `npx dossier` works right after `npm ci`, without a build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('./main.ts');
process.exitCode = await main(process.argv.slice(2));
