/** A running demo API server. */
export interface DemoServer {
  url: string;
  port: number;
  close(): Promise<void>;
}

/** Starts the demo API server on loopback (port 0: any free port). */
export function startDemoServer(options?: { port?: number; host?: string }): Promise<DemoServer>;
