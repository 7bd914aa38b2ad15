/** YAML output for `facts`, in its own module so the YAML library loads only when asked for. */
export { stringify } from 'yaml';
