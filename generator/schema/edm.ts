/** The Edm primitive types snipgen knows. Every language's literal printer maps each of them. */
export const EDM_PRIMITIVES = [
  'Edm.String',
  'Edm.Boolean',
  'Edm.Byte',
  'Edm.SByte',
  'Edm.Int16',
  'Edm.Int32',
  'Edm.Int64',
  'Edm.Single',
  'Edm.Double',
  'Edm.Decimal',
  'Edm.Guid',
  'Edm.Date',
  'Edm.DateTimeOffset',
  'Edm.TimeOfDay',
  'Edm.Duration',
  'Edm.Binary',
  'Edm.Stream',
  'Edm.Untyped',
] as const;

export type EdmPrimitive = (typeof EDM_PRIMITIVES)[number];

export function isEdmPrimitive(name: string): name is EdmPrimitive {
  return (EDM_PRIMITIVES as readonly string[]).includes(name);
}
