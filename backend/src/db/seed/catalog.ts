import { beauty } from './categories/beauty';
import { beverages } from './categories/beverages';
import { books } from './categories/books';
import { electronics } from './categories/electronics';
import { fashion } from './categories/fashion';
import { groceries } from './categories/groceries';
import { homeAppliances } from './categories/home-appliances';
import { homeKitchen } from './categories/home-kitchen';
import { mobilePhones } from './categories/mobile-phones';
import { sports } from './categories/sports';
import type { SeedCategory } from './types';

/** The shop's aisles, in display order. The first eight are today's categories. */
export const seedCategories: readonly SeedCategory[] = [
  electronics,
  mobilePhones,
  fashion,
  groceries,
  beverages,
  homeAppliances,
  sports,
  books,
  beauty,
  homeKitchen,
];
