/**
 * A textarea that grows with what is typed (CSS `field-sizing: content`) up to a comfortable
 * height, then scrolls. The text is kept exactly: no trimming, no length cut.
 */
import type { TextareaHTMLAttributes } from 'react';

type AutoGrowTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onValueChange: (value: string) => void;
};

export function AutoGrowTextarea({ value, onValueChange, className, ...rest }: AutoGrowTextareaProps) {
  return (
    <textarea
      {...rest}
      className={['input', 'textarea-auto', className].filter(Boolean).join(' ')}
      value={value}
      spellCheck
      onChange={(event) => onValueChange(event.target.value)}
    />
  );
}
