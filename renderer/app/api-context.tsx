import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { EventName, EventPayload } from '../../shared/contract';
import type { DossierClient } from '../client';

const ApiContext = createContext<DossierClient | null>(null);

export function ApiProvider({ client, children }: { client: DossierClient; children: ReactNode }) {
  return <ApiContext.Provider value={client}>{children}</ApiContext.Provider>;
}

export function useApi(): DossierClient {
  const client = useContext(ApiContext);
  if (!client) throw new Error('useApi outside <ApiProvider>');
  return client;
}

/** Subscribe to a pushed event for the component's lifetime (the latest callback is always used). */
export function useEvent<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): void {
  const api = useApi();
  const ref = useRef(listener);
  ref.current = listener;
  useEffect(() => api.on(event, (payload) => ref.current(payload)), [api, event]);
}
