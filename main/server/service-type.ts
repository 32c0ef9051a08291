/**
 * What a door needs from the API implementation (`main/api`, `createDossierService`): the
 * contract's operations plus events and shutdown. The service trusts its input; doors validate.
 */
import type { DossierApi, EventName, EventPayload } from '../../shared/contract';

export interface DossierService extends DossierApi {
  /** Subscribes to an event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  close(): Promise<void>;
}
