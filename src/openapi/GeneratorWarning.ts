/** Something the generator noticed and did not stop for: listed on stderr and in the module's header. */
export interface GeneratorWarning {
  /** What kind of thing it is, so a caller can count or filter them. */
  readonly kind: 'invalid-document' | 'no-status' | 'conflicting-schemas' | 'mixed-formats' | 'no-operation-id' | 'unread-example' | 'external-ref';
  /** One sentence, naming the code or member it is about. */
  readonly message: string;
  /** Where in the document (a JSON pointer), when it is one place. */
  readonly pointer?: string;
}

/** A warning as one line: its sentence and its place. */
export function describeWarning(warning: GeneratorWarning): string {
  return warning.pointer === undefined ? warning.message : `${warning.message} (#${warning.pointer})`;
}
