/**
 * An error whose message is written for the manager and may be shown as it is.
 * Any other error is logged and replaced by a generic message.
 */
export class UserFacingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserFacingError';
  }
}
