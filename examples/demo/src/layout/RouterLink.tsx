import type { LinkProps } from 'api-error-kit';
import { Link } from 'react-router';

/** The kit's links (sign in, back to a list) as React Router links, so they navigate without a reload. */
export function RouterLink({ href, className, children }: LinkProps) {
  return (
    <Link to={href} className={className}>
      {children}
    </Link>
  );
}
