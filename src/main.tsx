import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './styles/tokens.css';
import './app/app.css';
import { App } from './app/App';
import { syncDocumentWithStore } from './app/document-sync';

syncDocumentWithStore();

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
