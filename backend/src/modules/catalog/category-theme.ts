/** How a category looks in generated product images: two gradient colours and an icon. */
export interface CategoryTheme {
  readonly from: string;
  readonly to: string;
  /** SVG markup drawn in a 100x100 box, white on the gradient. */
  readonly icon: string;
}

const ICONS = {
  laptop:
    '<rect x="18" y="22" width="64" height="42" rx="4"/><rect x="8" y="68" width="84" height="8" rx="3"/>',
  phone:
    '<rect x="32" y="10" width="36" height="76" rx="7"/><circle cx="50" cy="78" r="3" fill-opacity="0.6"/>',
  shirt: '<path d="M34 14 L16 26 L24 42 L32 38 L32 86 L68 86 L68 38 L76 42 L84 26 L66 14 Q50 26 34 14 Z"/>',
  basket:
    '<path d="M12 40 L88 40 L78 84 L22 84 Z"/><path d="M30 40 L44 16 M70 40 L56 16" stroke="#fff" stroke-width="6" fill="none"/>',
  cup: '<path d="M20 30 L72 30 L66 82 L26 82 Z"/><path d="M72 40 Q90 40 88 56 Q86 68 69 66" stroke="#fff" stroke-width="6" fill="none"/>',
  appliance:
    '<rect x="26" y="8" width="48" height="84" rx="5"/><rect x="32" y="40" width="36" height="3" fill-opacity="0.5"/>',
  ball: '<circle cx="50" cy="50" r="38"/><path d="M50 30 L62 40 L58 55 L42 55 L38 40 Z" fill-opacity="0.45"/>',
  book: '<path d="M14 20 Q32 12 50 22 L50 86 Q32 76 14 84 Z"/><path d="M86 20 Q68 12 50 22 L50 86 Q68 76 86 84 Z" fill-opacity="0.8"/>',
  bottle:
    '<rect x="40" y="8" width="20" height="14" rx="3"/><path d="M34 24 L66 24 L70 40 L70 88 L30 88 L30 40 Z"/>',
  pot: '<path d="M14 40 L86 40 L80 80 Q50 90 20 80 Z"/><rect x="40" y="26" width="20" height="10" rx="4"/>',
} as const;

const THEMES: Record<string, CategoryTheme> = {
  electronics: { from: '#1e3a8a', to: '#3b82f6', icon: ICONS.laptop },
  'mobile-phones': { from: '#312e81', to: '#8b5cf6', icon: ICONS.phone },
  fashion: { from: '#9d174d', to: '#f472b6', icon: ICONS.shirt },
  groceries: { from: '#166534', to: '#4ade80', icon: ICONS.basket },
  beverages: { from: '#92400e', to: '#f59e0b', icon: ICONS.cup },
  'home-appliances': { from: '#334155', to: '#94a3b8', icon: ICONS.appliance },
  sports: { from: '#065f46', to: '#10b981', icon: ICONS.ball },
  books: { from: '#7c2d12', to: '#fb923c', icon: ICONS.book },
  beauty: { from: '#86198f', to: '#e879f9', icon: ICONS.bottle },
  'home-kitchen': { from: '#b91c1c', to: '#fca5a5', icon: ICONS.pot },
};

/** A category without a theme of its own gets a hue derived from its slug, so it is still stable. */
export function categoryTheme(slug: string): CategoryTheme {
  const theme = THEMES[slug];
  if (theme) return theme;
  let hash = 0;
  for (const char of slug) hash = (hash * 31 + char.charCodeAt(0)) >>> 0;
  const hue = hash % 360;
  return { from: `hsl(${hue} 60% 30%)`, to: `hsl(${(hue + 40) % 360} 70% 60%)`, icon: ICONS.basket };
}
