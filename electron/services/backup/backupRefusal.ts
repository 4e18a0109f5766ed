/** A backup, restore or copy refused or stopped for a reason the manager can read as it is. */
export class BackupRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupRefusal';
  }
}
