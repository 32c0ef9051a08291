import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ApiProvider } from './app/api-context';
import { createClient } from './client';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('Dossier: #root element missing from index.html');

createRoot(root).render(
  <StrictMode>
    <ApiProvider client={createClient()}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
