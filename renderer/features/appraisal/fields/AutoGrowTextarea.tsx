/**
 * A textarea that grows with what is typed (CSS `field-sizing: content`) up to a comfortable
 * height, then scrolls. The text is kept exactly: no trimming, no length cut. A keystroke
 * renders this field only (useTypedText).
 */
import type { TextareaHTMLAttributes } from 'react';
import { useTypedText } from './useTypedText';

type AutoGrowTextareaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'value' | 'onChange'> & {
  value: string;
  onValueChange: (value: string) => void;
  /** Tell `onValueChange` in a transition: for a draft's text (see useTypedText). */
  deferChange?: boolean;
};

export function AutoGrowTextarea({
  value,
  onValueChange,
  deferChange = false,
  className,
  ...rest
}: AutoGrowTextareaProps) {
  const [text, type] = useTypedText(value, onValueChange, deferChange);
  return (
    <textarea
      {...rest}
      className={['input', 'textarea-auto', className].filter(Boolean).join(' ')}
      value={text}
      spellCheck
      onChange={(event) => type(event.target.value)}
    />
  );
}
