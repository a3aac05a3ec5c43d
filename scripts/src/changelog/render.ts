import { commitsBetween, sourceCommitOf } from './history';
import { IMAGE_SOURCES, shortDigest, type EnvName, type ImagesFile } from './images-file';

export interface ChangelogOptions {
  readonly repo: string;
  /** Path of the images file relative to the repository. */
  readonly imagesFile: string;
  readonly images: ImagesFile;
  readonly from: EnvName;
  readonly to: EnvName;
}

/** Markdown: for each image, the digest change and the commits it brings to the target environment. */
export function renderChangelog(options: ChangelogOptions): string {
  const { images, from, to } = options;
  const names = Object.keys(images[from]).sort();
  const sections = names.map((name) =>
    imageSection(options, name, images[from][name] ?? '', images[to][name]),
  );
  return [`## What this brings to ${to} (from ${from})`, '', ...sections].join('\n');
}

function imageSection(
  options: ChangelogOptions,
  name: string,
  next: string,
  current: string | undefined,
): string {
  const heading = `### ${name}`;
  if (current === next) return `${heading}\n\nUnchanged (\`${shortDigest(next)}\`).\n`;
  const digests = `\`${current ? shortDigest(current) : 'none'}\` → \`${shortDigest(next)}\``;
  const nextSource = sourceCommitOf(options.repo, options.imagesFile, next);
  const currentSource = current ? sourceCommitOf(options.repo, options.imagesFile, current) : undefined;
  if (!nextSource || !currentSource) {
    return `${heading}\n\n${digests}. The commits cannot be listed: no deploy commit records where ${!nextSource ? 'the new' : 'the current'} image came from.\n`;
  }
  const folder = IMAGE_SOURCES[name] ?? '.';
  const commits = commitsBetween(options.repo, currentSource, nextSource, folder);
  const list =
    commits.length === 0
      ? '- (no commit under `' + folder + '/`: a rebuild of the same code)'
      : commits.map((c) => `- ${c.commit} ${c.subject} (${c.author})`).join('\n');
  return `${heading}\n\n${digests}, source ${currentSource.slice(0, 7)}..${nextSource.slice(0, 7)}\n\n${list}\n`;
}
