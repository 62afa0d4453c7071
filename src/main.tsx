import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// The shipped CJK web font (unicode-range parts, fetched only as glyphs are used; font-display: swap).
import '@fontsource/noto-sans-sc/400.css';
import '@fontsource/noto-sans-sc/700.css';
import './styles/tokens.css';
import './app/app.css';
import { App } from './app/App';
import { useApp } from './store/app-store';
import { syncDocumentWithStore } from './app/document-sync';

syncDocumentWithStore();
// Probe for browser tests and benchmarks (read the state, call actions as a person's clicks would).
window.__taigu = { store: useApp };

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
