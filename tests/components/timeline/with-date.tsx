import { type ReactNode, useState } from 'react';

interface WithDateProps {
  initial: string;
  /** Told of every change (a spy), before the new date is shown. */
  onChange: (date: string) => void;
  children: (value: string, change: (date: string) => void) => ReactNode;
}

/** Holds the chosen date in state, as the map page does, for a date control under test. */
export function WithDate({ initial, onChange, children }: WithDateProps) {
  const [value, setValue] = useState(initial);
  const change = (date: string) => {
    onChange(date);
    setValue(date);
  };
  return <>{children(value, change)}</>;
}
