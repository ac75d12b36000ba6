import { ApiErrorBoundary } from 'api-error-kit';
import { PlanSummary } from '../panels/PlanSummary';
import { UsageSummary } from '../panels/UsageSummary';

/** The SaaS account: its plan and this month's usage, each able to fail on its own. */
export function AccountPage() {
  return (
    <>
      <h1>Your account</h1>
      <section aria-labelledby="plan-heading" className="panel">
        <h2 id="plan-heading">Plan</h2>
        <ApiErrorBoundary headingLevel={2}>
          <PlanSummary />
        </ApiErrorBoundary>
      </section>
      <section aria-labelledby="usage-heading" className="panel">
        <h2 id="usage-heading">Usage this month</h2>
        <ApiErrorBoundary headingLevel={2}>
          <UsageSummary />
        </ApiErrorBoundary>
      </section>
    </>
  );
}
