import type { Sequelize } from 'sequelize';
import { pingDatabase } from '../../lib/db';

/** Whether the database answers. */
export class HealthRepository {
  constructor(private readonly sequelize: Sequelize) {}

  /** True when `SELECT 1` answers within `timeoutMs`. */
  databaseUp(timeoutMs: number): Promise<boolean> {
    return pingDatabase(this.sequelize, timeoutMs);
  }
}
