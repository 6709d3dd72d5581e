import { useEffect, useState } from 'react';
import { plural } from '../../domain/words';
import { characterCount } from '../../domain/write-rules';

export interface CharacterCountProps {
  id: string;
  label: string;
  hint?: string;
  value: string;
  onChange: (value: string) => void;
  /** The limit, from src/domain/write-rules.ts (the server's own). */
  max: number;
  error: string | undefined;
  rows?: number;
}

const characters = (n: number) => plural(n, 'character', 'characters');

/** "You have 1,980 characters remaining" / "You have 12 characters too many", counted as the server counts (trimmed). */
export function countMessage(value: string, max: number): { text: string; over: boolean } {
  const left = max - characterCount(value.trim());
  return left >= 0 ? { text: `You have ${characters(left)} remaining`, over: false } : { text: `You have ${characters(-left)} too many`, over: true };
}

/**
 * GOV.UK's textarea with a character count: the count shows as the user types and is
 * announced to screen readers once they pause (not at every key); going over the
 * limit is allowed and shown in red, and the form refuses it on submit.
 */
export function CharacterCount({ id, label, hint, value, onChange, max, error, rows = 5 }: CharacterCountProps) {
  const message = countMessage(value, max);
  const [announced, setAnnounced] = useState(message.text);
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(message.text), 1000);
    return () => clearTimeout(timer);
  }, [message.text]);
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`, `${id}-info`].filter(Boolean).join(' ');
  return (
    <div className={`app-form-group app-update-field${error ? ' app-form-group--error' : ''}`}>
      <label className="app-label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <div id={`${id}-hint`} className="app-hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={`${id}-error`} className="app-error-message">
          <span className="app-visually-hidden">Error:</span> {error}
        </p>
      )}
      <textarea
        id={id}
        name={id}
        className={`app-textarea${error || message.over ? ' app-textarea--error' : ''}`}
        rows={rows}
        value={value}
        aria-describedby={describedBy}
        onChange={(event) => onChange(event.target.value)}
      />
      <div id={`${id}-info`} className="app-visually-hidden">
        You can enter up to {characters(max)}
      </div>
      <div className={message.over ? 'app-character-count app-character-count--over' : 'app-character-count'} aria-hidden="true">
        {message.text}
      </div>
      <div className="app-visually-hidden" aria-live="polite">
        {announced}
      </div>
    </div>
  );
}
