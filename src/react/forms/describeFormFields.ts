import type { FieldDescriptions } from './draftStorage';

/** What a form's named controls are, read from the page: each one's input type and autocomplete tokens. */
export function describeFormFields(form: HTMLFormElement | null | undefined): FieldDescriptions {
  // No prototype: a control named `__proto__` is a name like any other.
  const described: Record<string, { type?: string; autocomplete?: string }> = Object.create(null) as Record<string, never>;
  if (!form) return described;
  for (const element of Array.from(form.elements)) {
    const name = element.getAttribute('name');
    if (!name) continue;
    const type = element.getAttribute('type') ?? undefined;
    const autocomplete = element.getAttribute('autocomplete') ?? undefined;
    // A name shared by several controls (radio buttons) is secret if any of them is.
    const known = described[name];
    if (known?.type === 'password' || known?.autocomplete) continue;
    described[name] = { ...(type && { type: type.toLowerCase() }), ...(autocomplete && { autocomplete }) };
  }
  return described;
}
