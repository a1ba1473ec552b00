import { type ComponentPropsWithoutRef, type ReactNode, useId } from 'react';

// Form fields as plain elements, styled like Mantine's TextInput and NativeSelect (controls.css: .field, .input,
// .select). For pages every visitor may open first (the public finder), where Mantine's input components would
// cost more JavaScript than the whole page; internal forms keep using Mantine.

interface FieldProps {
  label: ReactNode;
  /** A hint below the label, read out with the field. */
  description?: ReactNode;
  /** Shown below the field, read out with it; marks the field invalid. */
  error?: ReactNode;
  /** Classes for the field's frame (label, hint, control, error), e.g. for its width in a row. */
  className?: string;
}

function useFieldIds(id: string | undefined, description: ReactNode, error: ReactNode) {
  const generated = useId();
  const controlId = id ?? generated;
  const descriptionId = description ? `${controlId}-description` : undefined;
  const errorId = error ? `${controlId}-error` : undefined;
  return {
    controlId,
    descriptionId,
    errorId,
    describedBy: [descriptionId, errorId].filter(Boolean).join(' ') || undefined,
  };
}

function FieldFrame({
  label,
  description,
  error,
  className,
  ids,
  children,
}: FieldProps & { ids: ReturnType<typeof useFieldIds>; children: ReactNode }) {
  return (
    <div className={className ? `field ${className}` : 'field'}>
      <label className="field-label" htmlFor={ids.controlId}>
        {label}
      </label>
      {description && (
        <p className="field-description" id={ids.descriptionId}>
          {description}
        </p>
      )}
      {children}
      {error && (
        <p className="field-error" id={ids.errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

type TextFieldProps = FieldProps & Omit<ComponentPropsWithoutRef<'input'>, 'className'>;

/** A labelled `<input>` (text, search, date …) with optional hint and error, both tied to it. */
export function TextField({ label, description, error, className, id, ...input }: TextFieldProps) {
  const ids = useFieldIds(id, description, error);
  return (
    <FieldFrame label={label} description={description} error={error} className={className} ids={ids}>
      <input
        {...input}
        id={ids.controlId}
        className="input"
        aria-invalid={error ? true : undefined}
        aria-describedby={ids.describedBy}
      />
    </FieldFrame>
  );
}

export interface SelectOption {
  value: string;
  label: string;
}

type SelectFieldProps = FieldProps &
  Omit<ComponentPropsWithoutRef<'select'>, 'className' | 'children'> & { options: readonly SelectOption[] };

/** A labelled native `<select>` (no combobox script): light, and familiar on every phone. */
export function SelectField({
  label,
  description,
  error,
  className,
  id,
  options,
  ...select
}: SelectFieldProps) {
  const ids = useFieldIds(id, description, error);
  return (
    <FieldFrame label={label} description={description} error={error} className={className} ids={ids}>
      <div className="select">
        <select
          {...select}
          id={ids.controlId}
          className="input"
          aria-invalid={error ? true : undefined}
          aria-describedby={ids.describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      </div>
    </FieldFrame>
  );
}
