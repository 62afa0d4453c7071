import { useState } from 'react';

interface Props {
  label: string;
  value: string;
  lang: 'zh-CN' | 'en';
  multiline?: boolean;
  maxLength?: number;
  invalid?: boolean;
  /** Called once the author leaves the field (or presses Enter in a one-line field): one edit, one undo step. */
  onCommit(value: string): void;
}

/** A text field of the details: typing is local, leaving it makes the edit. */
export function TextField({ label, value, lang, multiline, maxLength, invalid, onCommit }: Props) {
  const [text, setText] = useState(value);
  // An undo or redo changes the value under the field: it shows the new value.
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setText(value);
  }
  const commit = () => {
    if (text !== value) onCommit(text);
  };
  const common = {
    lang,
    value: text,
    maxLength,
    'aria-invalid': (invalid ?? !text.trim()) ? true : undefined,
    onBlur: commit,
  };
  return (
    <label className="editor-field">
      {label}
      {multiline ? (
        <textarea {...common} rows={3} onChange={(e) => setText(e.target.value)} />
      ) : (
        <input
          {...common}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') commit();
          }}
        />
      )}
    </label>
  );
}
