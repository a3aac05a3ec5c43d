import { IMAGE_SOURCES, shortDigest, type EnvName, type Images } from '../lib/images';
import { commitsBetween, sourceCommitOf } from './history';

export interface ChangelogOptions {
  readonly repo: string;
  /** Path of the images file relative to the repository. */
  readonly imagesFile: string;
  readonly images: Images;
  readonly from: EnvName;
  readonly to: EnvName;
}

/** Markdown: for each image, the digest change and the commits it brings to the target environment. */
export function renderChangelog(options: ChangelogOptions): string {
  const { images, from } = options;
  const names = Object.keys(images[from]).sort();
  const sections = names.map((name) => `### ${name}\n\n${imageChangelog(options, name)}`);
  return [`## What this brings to ${options.to} (from ${from})`, '', ...sections].join('\n');
}

/** Markdown body (no heading) for one image: unchanged, or its digest change and the commits it brings. */
export function imageChangelog(options: ChangelogOptions, name: string): string {
  const next = options.images[options.from][name] ?? '';
  const current = options.images[options.to][name];
  if (current === next) return `Unchanged (\`${shortDigest(next)}\`).\n`;
  const digests = `\`${current ? shortDigest(current) : 'none'}\` → \`${shortDigest(next)}\``;
  const nextSource = sourceCommitOf(options.repo, options.imagesFile, next);
  const currentSource = current ? sourceCommitOf(options.repo, options.imagesFile, current) : undefined;
  if (!nextSource || !currentSource) {
    return `${digests}. The commits cannot be listed: no deploy commit records where ${!nextSource ? 'the new' : 'the current'} image came from.\n`;
  }
  const folder = IMAGE_SOURCES[name] ?? '.';
  const commits = commitsBetween(options.repo, currentSource, nextSource, folder);
  const list =
    commits.length === 0
      ? '- (no commit under `' + folder + '/`: a rebuild of the same code)'
      : commits.map((c) => `- ${c.commit} ${c.subject} (${c.author})`).join('\n');
  return `${digests}, source ${currentSource.slice(0, 7)}..${nextSource.slice(0, 7)}\n\n${list}\n`;
}
