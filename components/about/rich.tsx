import type { ReactNode } from 'react';

/**
 * The tags the catalogue's rich messages use (messages/*.json): emphasis, code, and `<en>` for
 * words quoted from English sources, which stay in English in every language (marked as such, so
 * that a screen reader reads them as English).
 */
export const RICH = {
  strong: (chunks: ReactNode) => <strong>{chunks}</strong>,
  em: (chunks: ReactNode) => <em>{chunks}</em>,
  code: (chunks: ReactNode) => <code>{chunks}</code>,
  en: (chunks: ReactNode) => <span lang="en">{chunks}</span>,
};
