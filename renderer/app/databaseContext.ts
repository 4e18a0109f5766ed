/** Hands the one open database to components, so tests and the app can each supply their own. */
import { createContext, useContext } from 'react';
import type { AppDatabase } from '../db/database';

export const DatabaseContext = createContext<AppDatabase | null>(null);

export function useDatabase(): AppDatabase {
  const db = useContext(DatabaseContext);
  if (db === null) throw new Error('useDatabase must be used inside <DatabaseContext>.');
  return db;
}
