import { categoryTheme } from './category-theme';

export const IMAGE_SIZE = 600;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Up to two lines of at most `width` characters; a longer name ends with an ellipsis. */
export function wrapName(name: string, width = 22): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(line);
  if (lines.length <= 2) return lines;
  return [lines[0]!, `${lines[1]!.slice(0, width - 1)}…`];
}

/** Initials of the first two words, e.g. "Samsung Galaxy A54" → "SG". */
export function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^[\p{L}\p{N}]/u.test(word))
    .slice(0, 2)
    .map((word) => [...word][0]!.toUpperCase())
    .join('');
}

/**
 * A product picture drawn from its name and category: the category's gradient and icon,
 * the initials large and the name below. Deterministic, so it can be cached forever.
 */
export function renderProductImage(name: string, categorySlug: string): string {
  const theme = categoryTheme(categorySlug);
  const id = `g-${categorySlug}`;
  const lines = wrapName(name)
    .map((line, index) => `<text x="300" y="${492 + index * 44}" font-size="36">${escapeXml(line)}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_SIZE}" height="${IMAGE_SIZE}" viewBox="0 0 600 600" role="img" aria-label="${escapeXml(name)}">
<defs><linearGradient id="${id}" x1="0" y1="0" x2="1" y2="1"><stop offset="0" stop-color="${theme.from}"/><stop offset="1" stop-color="${theme.to}"/></linearGradient></defs>
<rect width="600" height="600" fill="url(#${id})"/>
<circle cx="520" cy="80" r="150" fill="#fff" fill-opacity="0.08"/><circle cx="60" cy="560" r="120" fill="#fff" fill-opacity="0.06"/>
<g transform="translate(220 70) scale(1.6)" fill="#fff" fill-opacity="0.92">${theme.icon}</g>
<g fill="#fff" font-family="system-ui, 'Noto Sans Bengali', sans-serif" text-anchor="middle" font-weight="600">
<text x="300" y="400" font-size="96" fill-opacity="0.95">${escapeXml(initials(name))}</text>${lines}</g>
</svg>
`;
}
