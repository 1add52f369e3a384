/**
 * The yardstick for `npm run bench lighthouse`: the least a React 19 page built with this repo's
 * Vite can be (one heading and a paragraph, rendered on the client with createRoot). Broadsheet's
 * Lighthouse figures are read next to this page's, measured in the same run on the same machine.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <h1>Bare React 19</h1>
    <p>One heading and a paragraph, rendered by React 19 on the client, built by the same Vite.</p>
  </StrictMode>,
);
