// The pack JSON Schema (schemas/pack.schema.json, also contributed to the editor) compiled
// once with ajv.
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import packSchema from '../../../schemas/pack.schema.json';

export { packSchema };

let compiled: ValidateFunction | undefined;

export function packValidator(): ValidateFunction {
  // allErrors: a team lead fixes every problem of a file in one pass, not one per run;
  // verbose: errors carry their schema, for "did you mean" suggestions.
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(packSchema);
  return compiled;
}

export type SchemaError = ErrorObject;
