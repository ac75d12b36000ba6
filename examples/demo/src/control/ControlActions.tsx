import { useState } from 'react';
import { runControl } from './controlApi';

const ACTIONS: { label: string; action: string; options?: Record<string, unknown> }[] = [
  { label: 'Plex offline for 20 s', action: 'plex-offline', options: { seconds: 20 } },
  { label: 'Expire my session', action: 'expire-session' },
  { label: 'Exhaust the quota', action: 'exhaust-quota' },
  { label: 'Restore the quota', action: 'restore-quota' },
  { label: 'Rate-limit the next 3 calls', action: 'rate-limit', options: { calls: 3, retryAfterSeconds: 5 } },
  { label: "Answer with a proxy's HTML 502", action: 'proxy-502', options: { calls: 1 } },
  { label: 'Reset everything', action: 'reset' },
];

/** A button per failure the server can switch on, and a status line saying what was done. */
export function ControlActions({ onDone }: { onDone: () => void }) {
  const [status, setStatus] = useState('');
  const run = async (action: string, options?: Record<string, unknown>) => {
    try {
      await runControl(action, options);
      setStatus(`Done: ${action}`);
    } catch (error) {
      setStatus(`Failed: ${action} (${error instanceof Error ? error.message : String(error)})`);
    }
    onDone();
  };
  return (
    <>
      <ul className="control-actions">
        {ACTIONS.map(({ label, action, options }) => (
          <li key={action}>
            <button type="button" className="aek-button aek-button--secondary" onClick={() => void run(action, options)}>
              {label}
            </button>
          </li>
        ))}
      </ul>
      <p role="status" className="form__status">
        {status}
      </p>
    </>
  );
}
