import { NotFound, type FallbackComponent, type FallbackOverrides } from 'api-error-kit';
import { data, Link } from 'react-router';

/** Any path the demo does not have: a 404 route error, which the kit explains like an API's 404. */
export function notFoundLoader(): never {
  throw data({ message: 'There is no page at this address.' }, { status: 404 });
}

/** The kit's NotFound with a link to where the user can go instead. */
export function notFoundLinkingTo(to: string, text: string): FallbackOverrides {
  const NotFoundWithLink: FallbackComponent = (props) => (
    <NotFound
      {...props}
      action={
        <Link to={to} className="aek-button">
          {text}
        </Link>
      }
    />
  );
  return { 'not-found': NotFoundWithLink };
}

/** For the catch-all route: back to the start page. */
export const PAGE_NOT_FOUND = notFoundLinkingTo('/', 'Go to the start page');
