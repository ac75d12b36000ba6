import { fileURLToPath } from 'node:url';

/** @type {import('next').NextConfig} */
const nextConfig = {
  // The API's address is read on the server at request time (DEMO_API_URL), never bundled.
  poweredByHeader: false,
  // This folder is the app's root, even inside the kit's repository (which has a lockfile too).
  turbopack: { root: fileURLToPath(new URL('.', import.meta.url)) },
};

export default nextConfig;
