/**
 * Choosing the care home's logo: a PNG or JPEG checked by its bytes (shared checkLogo), a
 * preview, and a way to remove it. The choice is kept by the form until the manager saves.
 */
import { useMemo, useRef, useState } from 'react';
import type { Logo } from '../../../shared/settings/homeSettings';
import { checkLogo } from '../../../shared/settings/logo';
import { FormField } from '../../components/FormField';
import { logoDataUrl } from './logoDataUrl';

interface LogoFieldProps {
  value: Logo | null;
  onChange: (logo: Logo | null) => void;
}

export function LogoField({ value, onChange }: LogoFieldProps) {
  const [error, setError] = useState<string | undefined>(undefined);
  const inputRef = useRef<HTMLInputElement>(null);
  const previewUrl = useMemo(() => (value === null ? null : logoDataUrl(value)), [value]);

  async function choose(file: File) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const check = checkLogo(bytes);
    if (!check.ok) {
      setError(check.message);
      return;
    }
    setError(undefined);
    onChange({ mediaType: check.mediaType, bytes, fileName: file.name });
  }

  return (
    <FormField
      id="logo"
      label="Logo"
      optional
      hint="A PNG or JPEG picture under 1 MB. It is printed at the top of every appraisal."
      error={error}
    >
      {(a11y) => (
        <>
          {value !== null && previewUrl !== null && (
            <figure className="logo-preview">
              <img className="logo-preview__image" src={previewUrl} alt="Your logo, as it will be printed" />
              <figcaption className="logo-preview__caption">
                <span className="logo-preview__name">{value.fileName}</span>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => {
                    onChange(null);
                    inputRef.current?.focus();
                  }}
                >
                  Remove logo
                </button>
              </figcaption>
            </figure>
          )}
          {/* The native input is hidden so its "No file chosen" text cannot contradict the
              preview; the label below is its visible button and shows its focus ring. */}
          <input
            {...a11y}
            ref={inputRef}
            type="file"
            accept="image/png,image/jpeg"
            className="visually-hidden file-input"
            onChange={(event) => {
              const file = event.target.files?.[0];
              // Cleared so choosing the same file again (after fixing it) is noticed.
              event.target.value = '';
              if (file !== undefined) void choose(file);
            }}
          />
          <label htmlFor={a11y.id} className="button button--secondary file-button">
            {value === null ? 'Choose a picture' : 'Choose a different picture'}
          </label>
        </>
      )}
    </FormField>
  );
}
