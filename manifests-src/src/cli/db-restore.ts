import { resolve } from 'node:path';
import { repositoryPaths } from '../lib/paths';
import { HelpRequested, RESTORE_USAGE, UsageError, type RestoreRequest } from '../recovery/restore-command';
import { runRestore } from '../recovery/run-restore';

function nextSteps(request: RestoreRequest): string {
  const dir = `dist/${request.env}/database`;
  if (request.kind === 'switch')
    return `${request.env} now serves from ${request.serving}: ${dir}/Pooler.*, dist/${request.env}/api/ and a new ScheduledBackup ${request.serving}-daily.
next: commit, open a pull request, merge; Argo CD syncs (emergency: kubectl apply -f ${dir}/ -f dist/${request.env}/api/).`;
  return `declared ${request.cluster.name}, restored from ${request.cluster.source} to ${JSON.stringify(request.cluster.target)}: ${dir}/Cluster.${request.cluster.name}.yaml
next: commit, open a pull request, merge; Argo CD syncs (emergency: kubectl apply -f ${dir}/Cluster.${request.cluster.name}.yaml -f ${dir}/NetworkPolicy.${request.cluster.name}.yaml).
when it is ready: npm run db:restore -- --env ${request.env} --switch ${request.cluster.name}`;
}

const paths = repositoryPaths(resolve(import.meta.dirname, '../../..'));
try {
  console.log(nextSteps(runRestore(paths, process.argv.slice(2), new Date())));
} catch (error) {
  if (error instanceof HelpRequested) console.log(RESTORE_USAGE);
  else {
    const usage =
      error instanceof UsageError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS');
    console.error(`db:restore: ${(error as Error).message}${usage ? `\n\n${RESTORE_USAGE}` : ''}`);
    process.exitCode = usage ? 2 : 1;
  }
}
