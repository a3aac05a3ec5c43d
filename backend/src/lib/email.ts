import { z } from 'zod';

/** The one schema every boundary uses for e-mail addresses; outputs them trimmed and lowercased. */
export const Email = z.string().trim().toLowerCase().max(254).email();
