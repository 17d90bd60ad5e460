/** Entry point: start mirroring the database into the store, then render the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { db } from '../db/database';
import { startSync } from '../store/sync';
import { App } from './App';
import './app.css';

startSync(db);

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element.');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
