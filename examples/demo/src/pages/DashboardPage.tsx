import { ApiErrorBoundary } from 'api-error-kit';
import type { ComponentType } from 'react';
import { PlexSummary, ProspectsSummary, RequestsSummary, ShortLinksSummary, UsageLine } from '../panels/dashboardSummaries';

const PANELS: { label: string; Summary: ComponentType }[] = [
  { label: 'Requests', Summary: RequestsSummary },
  { label: 'Plex', Summary: PlexSummary },
  { label: 'Prospects', Summary: ProspectsSummary },
  { label: 'Short links', Summary: ShortLinksSummary },
  { label: 'Usage', Summary: UsageLine },
];

/** Five panels from four APIs, each failing on its own; a failure they share is shown once. */
export function DashboardPage() {
  return (
    <>
      <h1>Dashboard</h1>
      <div className="dashboard">
        {PANELS.map(({ label, Summary }) => (
          <section key={label} aria-label={label} className="panel">
            {/* The title stays outside the boundary, so a failed panel still says which it is. */}
            <h2>{label}</h2>
            <ApiErrorBoundary autoFocus={false} headingLevel={2}>
              <Summary />
            </ApiErrorBoundary>
          </section>
        ))}
      </div>
    </>
  );
}
