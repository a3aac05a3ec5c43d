/** One product as the seed data describes it. Prices are whole Taka here, for readability. */
export interface SeedProduct {
  readonly name: string;
  readonly nameBn?: string;
  readonly description: string;
  /** Price in Taka; stored as paisa. */
  readonly taka: number;
  readonly stock: number;
  /** Units sold so far: drives the `popular` sort. */
  readonly sold: number;
  /** How long ago it was listed. */
  readonly daysAgo: number;
  /** @default the name, slugified */
  readonly slug?: string;
}

export interface SeedCategory {
  readonly slug: string;
  /** The English name, also the legacy API's category name. */
  readonly name: string;
  readonly nameBn: string;
  readonly products: readonly SeedProduct[];
}

/** Today's fifteen products keep ids 1..15 so existing clients' links keep working. */
export interface LegacySeedProduct extends SeedProduct {
  readonly categorySlug: string;
}
