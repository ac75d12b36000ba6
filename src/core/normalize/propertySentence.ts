import { toFieldPath } from './fieldPath';

// A validator's sentence that opens with the property it is about: class-validator's "email
// must be an email" (NestJS), Notion's "body.parent.database_id should be defined, instead was
// `undefined`.", "items.0.name is required".
const PROPERTY_FIRST = /^([A-Za-z_$][\w$]{0,63}(?:\.[\w$]{1,64}){0,7}) (?:must|should|is|are|has|have|contains)\b/;

/** The form field a validator's sentence names first, or undefined when it names none. */
export function propertyOfSentence(sentence: string): string | undefined {
  const property = PROPERTY_FIRST.exec(sentence.trim())?.[1];
  return property === undefined ? undefined : toFieldPath(property);
}
