/**
 * A form that creates an entity: values, the shared schema's verdict before sending, the API's
 * field errors after (a duplicate id shows at the name it came from), and a fresh form once saved.
 */
import { useState } from 'react';
import { useWrite } from '../../api/mutations.ts';
import { apiFieldErrors, type FieldErrors } from './field-errors.ts';

export interface CreateFormConfig<V, R> {
  readonly ws: string;
  readonly initial: V;
  readonly toInput: (values: V) => Record<string, unknown>;
  readonly validate: (input: Record<string, unknown>) => FieldErrors;
  readonly write: (input: Record<string, unknown>) => Promise<R>;
  readonly success?: string;
  readonly aliases?: Readonly<Record<string, string>>;
  readonly onCreated?: (created: R) => void;
}

export function useCreateForm<V, R>(config: CreateFormConfig<V, R>) {
  const [values, setValues] = useState(config.initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const mutation = useWrite<Record<string, unknown>, R>(config.ws, config.write, {
    ...(config.success === undefined ? {} : { success: config.success }),
  });
  return {
    values,
    errors,
    saving: mutation.isPending,
    setField: <K extends keyof V>(key: K, value: V[K]) => {
      setValues((current) => ({ ...current, [key]: value }));
      if (errors[key as string] !== undefined) {
        setErrors(Object.fromEntries(Object.entries(errors).filter(([k]) => k !== key)));
      }
    },
    reset: () => {
      setValues(config.initial);
      setErrors({});
    },
    submit: () => {
      const input = config.toInput(values);
      const problems = config.validate(input);
      setErrors(problems);
      if (Object.keys(problems).length > 0) return;
      mutation.mutate(input, {
        onSuccess: (created) => {
          setValues(config.initial);
          config.onCreated?.(created);
        },
        onError: (error) => setErrors(apiFieldErrors(error, config.aliases)),
      });
    },
  };
}
