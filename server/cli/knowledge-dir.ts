import { resolve } from 'node:path';

/** KB_DIR, or ./knowledge under the current folder (contract section 2). */
export const knowledgeDir = (env: NodeJS.ProcessEnv = process.env) => resolve(env.KB_DIR ?? './knowledge');
