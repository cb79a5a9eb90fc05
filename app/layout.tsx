import type { ReactNode } from 'react';

/**
 * The root layout passes its children through: each language's pages have their own document
 * (app/[locale]/layout.tsx, with `<html lang>`), and the 404 page for a path outside them has its
 * own (app/not-found.tsx). next-intl documents this layout for a root not-found page.
 */
export default function RootLayout({ children }: { children: ReactNode }) {
  return children;
}
