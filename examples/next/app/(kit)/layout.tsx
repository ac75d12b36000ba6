import type { ReactNode } from 'react';
import 'api-error-kit/styles.css';
import { KitProvider } from './KitProvider';

// Only the routes in this group use the kit, so only they load its JavaScript and styles.
export default function KitLayout({ children }: { children: ReactNode }) {
  return <KitProvider>{children}</KitProvider>;
}
