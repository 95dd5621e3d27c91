/** valibot schemas derived from the spec tables (never written field by field). */
export { paramSchema } from './paramSchema';
export { endpointSchema } from './endpointSchema';
