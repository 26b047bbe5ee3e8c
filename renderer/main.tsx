import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { followEvents, queryClient } from './api/queries';
import './i18n';
import { OpeningGate } from './shell/OpeningScreen';
import './styles.css';

followEvents();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <OpeningGate>
        <App />
      </OpeningGate>
    </QueryClientProvider>
  </StrictMode>,
);
