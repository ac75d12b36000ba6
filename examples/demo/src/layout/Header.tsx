import { NavLink } from 'react-router';
import { SessionStatus } from './SessionStatus';

/** The pages of the demo, in the order the header lists them. */
export const PAGES = [
  { to: '/requests', label: 'Requests' },
  { to: '/artwork', label: 'Artwork' },
  { to: '/prospects', label: 'Prospects' },
  { to: '/links', label: 'Short links' },
  { to: '/account', label: 'Account' },
  { to: '/signup', label: 'Sign up' },
  { to: '/dashboard', label: 'Dashboard' },
  { to: '/control', label: 'Control panel' },
] as const;

/** The site header: the demo's name, its pages, and who is signed in. */
export function Header() {
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <NavLink to="/" className="site-header__name">
          api-error-kit demo
        </NavLink>
        <nav aria-label="Main">
          <ul className="site-nav">
            {PAGES.map(({ to, label }) => (
              <li key={to}>
                <NavLink to={to}>{label}</NavLink>
              </li>
            ))}
            <SessionStatus />
          </ul>
        </nav>
      </div>
    </header>
  );
}
