/** A leaked database URL with credentials. */
export const LEAKED_DSN: string;
/** A query echoed back in an error. */
export const LEAKED_SQL: string;
/** A JWT carrying an admin claim. */
export const LEAKED_JWT: string;
/** A server-side source path. */
export const LEAKED_FILE: string;
/** A Node stack trace naming internal hosts and files. */
export const LEAKED_STACK: string;
