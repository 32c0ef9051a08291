export { startServer, isLoopback, IMPORT_BODY_LIMIT, DEFAULT_BODY_LIMIT, type ServerOptions, type RunningServer } from './server';
export type { DoorService } from '../api/service-types';
export { dispatch, validateRequest, toApiError, isOpName, httpStatusOf, type DoorResult } from '../api/dispatch';
export { CONTENT_SECURITY_POLICY, securityHeaders, resolveStaticPath, readStaticFile, contentTypeOf } from './static-files';
