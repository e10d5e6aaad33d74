// First: the web host's token is taken from the address before the router reads it.
import './api/client';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { languageChecker } from './language/checker';
import { LockGate } from './lock/LockGate';
import { FamilyModeGate } from './feedback/FamilyModeGate';
import './styles/tokens.css';
import './styles/app.css';

// The wording checks get ready in their worker once the first screen is drawn, before anyone types.
const prepare = () => languageChecker.prepare();
if ('requestIdleCallback' in window) window.requestIdleCallback(prepare, { timeout: 2_000 });
else setTimeout(prepare, 500);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <LockGate>
        <FamilyModeGate>
          <App />
        </FamilyModeGate>
      </LockGate>
    </StrictMode>,
  );
}
