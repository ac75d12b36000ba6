// One demo server's parts, wired together: its own control state, sessions, stats and data, so
// two servers in one test run never share anything.
import { createControl } from './control.mjs';
import { createRouter } from './router.mjs';
import { createArtworkRoutes } from './routes/artwork.mjs';
import { createAuthRoutes } from './routes/auth.mjs';
import { createMedianestRoutes } from './routes/medianest.mjs';
import { createProspectsRoutes } from './routes/prospects.mjs';
import { createSaasRoutes } from './routes/saas.mjs';
import { createShortenerRoutes } from './routes/shortener.mjs';
import { createSessions } from './sessions.mjs';
import { createStats } from './stats.mjs';

/** Builds the shared state and the route table of one server. */
export function createApp() {
  const modules = [];
  const app = { sessions: createSessions(), stats: createStats(), delays: new Set() };

  app.control = createControl({
    expireSessions: () => app.sessions.expireAll(),
    restoreQuota: () => modules.forEach((module) => module.restoreQuota?.()),
    reset({ sessions }) {
      // Requests held by slow mode go on at once: "back to normal" includes them.
      for (const waiter of [...app.delays]) waiter.release();
      modules.forEach((module) => module.reset());
      app.stats.reset();
      if (sessions) app.sessions.clear();
      return { sessionsCleared: sessions };
    },
  });

  modules.push(
    createAuthRoutes(app),
    createMedianestRoutes(app),
    createArtworkRoutes(app),
    createProspectsRoutes(app),
    createShortenerRoutes(app),
    createSaasRoutes(app),
  );
  app.routes = modules.flatMap((module) => module.routes);
  app.router = createRouter(app.routes);
  return app;
}
