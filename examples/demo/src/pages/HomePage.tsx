import { Link } from 'react-router';
import { PAGES } from '../layout/Header';

/** The start page: what the demo shows, and a link to each page. */
export function HomePage() {
  return (
    <>
      <h1>Media requests demo</h1>
      <p className="lead">
        Every page here talks to a real demo API that speaks five different error formats. Sign in, then use the control panel to switch the
        server into a failure (an expired session, Plex offline, a used-up quota, a rate limit) and see which fallback each page shows.
      </p>
      <ul className="page-list">
        {PAGES.map(({ to, label }) => (
          <li key={to}>
            <Link to={to}>{label}</Link>
          </li>
        ))}
        <li>
          <Link to="/login">Sign in</Link>
        </li>
      </ul>
    </>
  );
}
