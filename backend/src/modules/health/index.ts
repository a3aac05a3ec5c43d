// Liveness, readiness, metrics and the legacy /health.
export { healthRoutes } from './health.routes';
export { HealthRepository } from './health.repository';
