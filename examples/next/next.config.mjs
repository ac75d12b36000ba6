/** @type {import('next').NextConfig} */
const nextConfig = {
  // The API's address is read on the server at request time (DEMO_API_URL), never bundled.
  poweredByHeader: false,
};

export default nextConfig;
