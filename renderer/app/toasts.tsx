/** Transient messages (role=status) and errors (role=alert), with an optional action such as "Undo". */
import { createContext, useCallback, useContext, useMemo, useRef, useState, type ReactNode } from 'react';

export interface ToastInput {
  message: string;
  kind?: 'info' | 'error';
  /** Extra lines, e.g. one per file that could not be imported. Errors with details stay until dismissed. */
  details?: string[];
  action?: { label: string; run: () => void };
  /** ms; 0 keeps it until dismissed. Default: 6 s for info, sticky for errors. */
  timeout?: number;
}
interface Toast extends ToastInput {
  id: number;
}

interface ToastApi {
  notify(toast: ToastInput): number;
  dismiss(id: number): void;
}

const ToastContext = createContext<ToastApi | null>(null);

export function useToasts(): ToastApi {
  const ctx = useContext(ToastContext);
  if (!ctx) throw new Error('useToasts outside <ToastProvider>');
  return ctx;
}

export function ToastProvider({ children }: { children: ReactNode }) {
  const [toasts, setToasts] = useState<Toast[]>([]);
  const nextId = useRef(1);
  const dismiss = useCallback((id: number) => setToasts((list) => list.filter((t) => t.id !== id)), []);
  const notify = useCallback(
    (input: ToastInput) => {
      const id = nextId.current++;
      setToasts((list) => [...list.slice(-4), { ...input, id }]);
      const timeout = input.timeout ?? (input.kind === 'error' ? 0 : 6000);
      if (timeout > 0) setTimeout(() => dismiss(id), timeout);
      return id;
    },
    [dismiss],
  );
  const api = useMemo(() => ({ notify, dismiss }), [notify, dismiss]);
  const infos = toasts.filter((t) => t.kind !== 'error');
  const errors = toasts.filter((t) => t.kind === 'error');
  return (
    <ToastContext.Provider value={api}>
      {children}
      <div className="toasts">
        <div role="status" aria-live="polite" className="toast-stack">
          {infos.map((t) => (
            <ToastView key={t.id} toast={t} dismiss={dismiss} />
          ))}
        </div>
        <div role="alert" className="toast-stack">
          {errors.map((t) => (
            <ToastView key={t.id} toast={t} dismiss={dismiss} />
          ))}
        </div>
      </div>
    </ToastContext.Provider>
  );
}

function ToastView({ toast, dismiss }: { toast: Toast; dismiss: (id: number) => void }) {
  return (
    <div className={`toast toast-${toast.kind ?? 'info'}`}>
      <div className="toast-body">
        <p>{toast.message}</p>
        {toast.details && toast.details.length > 0 && (
          <ul className="toast-details">
            {toast.details.map((d, i) => (
              <li key={i}>{d}</li>
            ))}
          </ul>
        )}
      </div>
      {toast.action && (
        <button
          type="button"
          onClick={() => {
            toast.action!.run();
            dismiss(toast.id);
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" className="icon-button" aria-label="Dismiss message" onClick={() => dismiss(toast.id)}>
        ×
      </button>
    </div>
  );
}
