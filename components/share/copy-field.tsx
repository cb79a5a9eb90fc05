'use client';
import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** A labelled read-only text with a Copy button (the clipboard, or the text selected where the clipboard is refused). */
export function CopyField({ label, value, rows = 1 }: { label: string; value: string; rows?: number }) {
  const t = useTranslations('Share');
  const id = useId();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(value);
      setCopied(true);
      setTimeout(() => setCopied(false), 2000);
    } catch {
      (document.getElementById(id) as HTMLTextAreaElement | null)?.select();
    }
  };
  return (
    <div className="copy-field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} readOnly value={value} rows={rows} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" onClick={copy}>
        {copied ? t('copied') : t('copy')}
      </button>
      <span className="visually-hidden" aria-live="polite">
        {copied ? t('copiedNotice', { label }) : ''}
      </span>
    </div>
  );
}
