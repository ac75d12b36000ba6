/** The built demo app served on loopback, with the API proxied. */
export interface ServedApp {
  url: string;
  close(): Promise<void>;
}

/** Serves the built app from `root` and proxies /api and /__control to `apiUrl`. */
export function serveBuiltApp(options: { root: string; apiUrl: string; port?: number; host?: string }): Promise<ServedApp>;
