// The back office under /api/v1/admin, composed from the modules that own each domain.
export { adminRoutes } from './admin.routes';
