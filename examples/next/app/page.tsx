import Link from 'next/link';

// Links that navigate in the browser (no page load): a server component's redirect() or
// notFound() then reaches the page's boundaries, which pass them on to Next.js.
export default function Home() {
  return (
    <>
      <h1>api-error-kit with the Next.js App Router</h1>
      <p>Each page below fetches from the API on the server; when that fails, you see what the failure means.</p>
      <ul aria-label="Pages">
        <li>
          <Link href="/library">Library</Link>
        </li>
        <li>
          <Link href="/report">Report</Link>
        </li>
        <li>
          <Link href="/signup">Sign up</Link>
        </li>
        <li>
          <Link href="/moved">The library’s old address</Link>
        </li>
        <li>
          <Link href="/gone">A request that is gone</Link>
        </li>
      </ul>
    </>
  );
}
