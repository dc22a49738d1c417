"use client";
import { useState } from "react";

/** A read-only snippet with a copy button; the text can also be selected by hand. */
export function CopyField({ id, label, value, copyLabel, copiedLabel }: { id: string; label: string; value: string; copyLabel: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly rows={Math.min(6, value.split("\n").length + 1)} value={value} className="snippet" onFocus={(e) => e.currentTarget.select()} />
      <div className="inline-form">
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(value);
            setCopied(true);
          }}
        >
          {copyLabel}
          <span className="sr-only"> – {label}</span>
        </button>
        <span role="status">{copied ? copiedLabel : ""}</span>
      </div>
    </div>
  );
}
