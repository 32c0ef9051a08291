export { createDossierService } from './service';
export type { DossierService, DossierServiceOptions } from './service-types';
