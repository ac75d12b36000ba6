import { createApiQueryClient } from 'api-error-kit/react-query';
import { kit } from './kit';
import { SESSION_KEY } from './session';

/** The app's one QueryClient: the kit's retry policy, boundaries and reporting. */
export const queryClient = createApiQueryClient({
  kit,
  onError: (error, source) => {
    console.info(`[api] ${error.code}`, error.correlationId ?? '');
    // A session that ended shows up first in some panel; the header then stops saying "Signed in as".
    if (error.category === 'unauthenticated' && source.key?.[0] !== SESSION_KEY[0]) {
      void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    }
  },
});
