import type en from './en';

/** The message tree: English is the reference shape, Bangla must match it key for key. */
export type Messages = typeof en;
