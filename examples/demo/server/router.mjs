// Route matching: exact segments and ":name" parameters, HEAD served as GET, and enough
// knowledge of the table to answer OPTIONS and 405 with an Allow header.
import { artwork } from './dialects/artwork.mjs';
import { medianest } from './dialects/medianest.mjs';
import { prospects } from './dialects/prospects.mjs';
import { saas } from './dialects/saas.mjs';
import { shortener } from './dialects/shortener.mjs';

const PREFIX_DIALECTS = [
  ['/api/medianest/', medianest],
  ['/api/artwork/', artwork],
  ['/api/prospects', prospects],
  ['/api/shortener/', shortener],
];

/** The dialect an unrouted /api path is answered in: its API's, else the SaaS/login one. */
export function dialectForPath(path) {
  return PREFIX_DIALECTS.find(([prefix]) => path.startsWith(prefix))?.[1] ?? saas;
}

function matchPath(pattern, path) {
  const want = pattern.split('/');
  const got = path.split('/');
  if (want.length !== got.length) return undefined;
  const params = {};
  for (let i = 0; i < want.length; i++) {
    if (want[i].startsWith(':') && got[i] !== '') {
      try {
        params[want[i].slice(1)] = decodeURIComponent(got[i]);
      } catch {
        return undefined;
      }
    } else if (want[i] !== got[i]) return undefined;
  }
  return params;
}

/** A router over route objects `{ method, path, ... }`. */
export function createRouter(routes) {
  return {
    /** `{ route, params }`, or `{ allow }` when the path exists for other methods, or `{}`. */
    match(method, path) {
      const wanted = method === 'HEAD' ? 'GET' : method;
      const allow = new Set();
      for (const route of routes) {
        const params = matchPath(route.path, path);
        if (!params) continue;
        if (route.method === wanted) return { route, params };
        allow.add(route.method);
      }
      if (allow.size === 0) return {};
      if (allow.has('GET')) allow.add('HEAD');
      return { allow: [...allow, 'OPTIONS'] };
    },
  };
}
