import { required, type Validator } from 'react-admin';

/** Required, and not only spaces (the server trims, so blanks count as missing). */
export const requiredText = (message?: string): Validator[] => [
  required(message),
  (value: unknown) => (typeof value === 'string' && value.trim() === '' ? (message ?? 'ra.validation.required') : undefined),
];

/** Trimmed text, or null when blank (optional inputs of a command). */
export const optionalText = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);

/** Trimmed text of a required input (the form has checked it). */
export const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');
