/** Entry point: open the database, then hand the page to the router. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router/dom';
import { DatabaseContext } from './app/databaseContext';
import { createAppRouter } from './app/router';
import { AppDatabase } from './db/database';
import './styles/index.css';

const container = document.getElementById('root');
if (container === null) throw new Error('index.html must contain <div id="root">.');

const database = new AppDatabase();
const router = createAppRouter();

createRoot(container).render(
  <StrictMode>
    <DatabaseContext value={database}>
      <RouterProvider router={router} />
    </DatabaseContext>
  </StrictMode>,
);
