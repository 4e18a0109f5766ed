/** Thrown when a signing key or certificate cannot be used; its message is for the manager. */
export class SigningIdentityError extends Error {}
