import { get, isRecord } from '../internal/read';

// Fields a framework adds in development or debug mode (seeds 000 and 002, Laravel, Spring Boot,
// Symfony, Rails): a body that carries one is debug output, and so is its message.
const DEBUG_FIELD = /^(?:stack|stacktrace|stack_trace|trace|traceback|backtrace|exception|exception_class|debug|originalmessage|original_message)$/i;

function hasDebugField(value: unknown): boolean {
  if (!isRecord(value)) return false;
  const keys = Object.keys(value).slice(0, 100);
  // A source file with its line number is a frame, whatever the other keys are called.
  return keys.some((key) => DEBUG_FIELD.test(key)) || (keys.includes('file') && keys.includes('line'));
}

/** True when a body (or its `error`, `details` or `context`) carries debug fields: none of its sentences is shown then. */
export function carriesDebugOutput(body: unknown): boolean {
  const error = get(body, 'error');
  return [body, error, get(body, 'details'), get(error, 'details'), get(error, 'context')].some(hasDebugField);
}
