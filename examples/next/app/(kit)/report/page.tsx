import { serverApi } from '../../../lib/serverApi';

interface Usage {
  feature: string;
  used: number;
  limit: number;
}

// A server component that does not catch: its failure reaches error.tsx as Next.js's digest
// (the generic panel), and that panel's "Try again" fetches this page again.
export default async function ReportPage() {
  const { data: usage } = await serverApi<{ data: Usage }>('/api/saas/usage');
  return (
    <>
      <h1>Report</h1>
      <p>
        {usage.used} of {usage.limit} {usage.feature.replace(/_/g, ' ')} used
      </p>
    </>
  );
}
