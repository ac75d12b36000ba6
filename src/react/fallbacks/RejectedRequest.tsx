'use client';
import type { FallbackProps } from '../FallbackProps';
import { ValidationSummary } from './ValidationSummary';

/** A validation error that reached a boundary: the summary, unlinked, since no form fields are on the page to link to. */
export function RejectedRequest(props: FallbackProps) {
  return <ValidationSummary {...props} linkFields={false} />;
}
