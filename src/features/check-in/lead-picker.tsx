import { useId, useState } from 'react';
import type { LeadGroup } from '../../domain/leads';

export interface LeadPickerProps {
  leads: readonly LeadGroup[];
  selected: readonly string[];
  onChange: (keys: string[]) => void;
}

/** Chosen leads as removable tags, and a select to add another. */
export function LeadPicker({ leads, selected, onChange }: LeadPickerProps) {
  const selectId = useId();
  const [pending, setPending] = useState('');
  const available = leads.filter((lead) => !selected.includes(lead.key));
  const nameOf = (key: string) => leads.find((l) => l.key === key)?.displayName ?? key;

  return (
    <div className="app-lead-picker">
      {selected.length > 0 && (
        <ul className="app-lead-picker__chosen" aria-label="Chosen leads">
          {selected.map((key) => (
            <li key={key} className="app-lead-picker__chip">
              <span>{nameOf(key)}</span>
              <button
                type="button"
                className="app-lead-picker__remove"
                onClick={() => onChange(selected.filter((k) => k !== key))}
                aria-label={`Remove ${nameOf(key)}`}
              >
                <span aria-hidden="true">✕</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {available.length > 0 && (
        <form
          className="app-lead-picker__add"
          onSubmit={(event) => {
            event.preventDefault();
            if (pending) onChange([...selected, pending]);
            setPending('');
          }}
        >
          <div className="app-form-group">
            <label htmlFor={selectId} className="app-label">
              {selected.length === 0 ? 'Lead' : 'Add another lead'}
            </label>
            <select id={selectId} className="app-select" value={pending} onChange={(e) => setPending(e.target.value)}>
              <option value="">Choose a lead</option>
              {available.map((lead) => (
                <option key={lead.key} value={lead.key}>
                  {lead.displayName}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="app-button" disabled={!pending}>
            {selected.length === 0 ? 'Show their actions' : 'Add'}
          </button>
        </form>
      )}
    </div>
  );
}
