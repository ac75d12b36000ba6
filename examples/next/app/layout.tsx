import type { ReactNode } from 'react';

export const metadata = { title: 'api-error-kit with Next.js' };

// The root layout uses nothing of the kit: routes outside the (kit) group load none of it.
export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <nav aria-label="Pages">
          <a href="/">Home</a> · <a href="/library">Library</a> · <a href="/report">Report</a> · <a href="/signup">Sign up</a> · <a href="/plain">About</a>
        </nav>
        <main>{children}</main>
      </body>
    </html>
  );
}
