/**
 * What opening the database at start-up found, for the screens that say so (an update, a failed
 * backup): `useContext(StartupDatabaseContext)`.
 */
import { createContext } from 'react';

export interface StartupDatabase {
  /** The version the records were upgraded from at this start, or null when no upgrade ran. */
  upgradedFrom: number | null;
  /** Why the backup before the upgrade could not be made, or null. */
  backupProblem: string | null;
}

export const StartupDatabaseContext = createContext<StartupDatabase>({
  upgradedFrom: null,
  backupProblem: null,
});
