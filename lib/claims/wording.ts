/**
 * The figures and phrases the claim checks share: how numbers are rounded and printed, and how a
 * place's position and precision are named in the method lines.
 */
import { positionOf } from '../geometry/position-of';
import type { Length } from '../claim-schemas';
import type { CheckedPlace, PlaceFeature } from '../types';

/** Rounds a stored measurement to three decimals (a metre, for kilometres). */
export const roundToThousandths = (n: number): number => Math.round(n * 1000) / 1000;

/** Both ends of a range, rounded as roundToThousandths does. */
export const roundRangeToThousandths = ([low, high]: [number, number]): [number, number] => [roundToThousandths(low), roundToThousandths(high)];

/** One decimal for the words; values that would print as "-0.0" print as "0.0". */
export const formatTenths = (n: number): string => (Math.abs(n) < 0.05 ? 0 : n).toFixed(1);

/** A figure as the badge shows it, to a tenth (formatTenths), kept as a number for each language to print. */
export const toTenths = (n: number): number => Number(formatTenths(n));

/** A range as the badge shows it: both ends to a tenth. */
export const rangeToTenths = ([low, high]: [number, number]): [number, number] => [toTenths(low), toTenths(high)];

/** A place as a check's finding names it: its id and its names in both languages. */
export function checkedPlace(feature: PlaceFeature): CheckedPlace {
  return { id: feature.id, name: feature.properties.name, name_uk: feature.properties.name_uk };
}

/** A bearing in whole degrees: "276°". */
export const wholeDegrees = (n: number): string => `${Math.round(n) % 360}°`;

/** A bearing to a tenth of a degree where that matters (202.5°), else whole, within 0–360. */
export const degreesToTenth = (n: number): string => `${Number((((n % 360) + 360) % 360).toFixed(1))}°`;

/** "Lysychansk’s". */
export const possessive = (name: string): string => `${name}’s`;

/** "3.0–7.0 km", or "5.0 km" where both ends print the same. */
export function rangeWords([low, high]: [number, number], unit: string): string {
  return formatTenths(low) === formatTenths(high) ? `${formatTenths(low)} ${unit}` : `${formatTenths(low)}–${formatTenths(high)} ${unit}`;
}

/** A precision radius: "2 km", "1.5 km" or "500 m". */
export function radiusWords(km: number): string {
  return km >= 1 ? `${Number(km.toFixed(1))} km` : `${Math.round(km * 1000)} m`;
}

/** A length as the claim gives it: "6 mi". */
export function lengthWords(length: Length): string {
  return `${length.value} ${length.unit}`;
}

/** "exact" or "approximate, ±2 km". */
export function precisionWords(feature: PlaceFeature): string {
  const precision = feature.properties.precision;
  return precision.type === 'approximate' ? `approximate, ±${radiusWords(precision.radius_m / 1000)}` : 'exact';
}

/** "Lysychansk oil refinery’s point [38.34978, 48.89581] (approximate, ±3 km)". */
export function describePosition(feature: PlaceFeature): string {
  const position = positionOf(feature);
  const where = position.centre_from === 'label_point' ? 'label point' : position.centre_from === 'point' ? 'point' : 'centre of mass';
  const coordinates = position.centre.map((n) => Number(n.toFixed(6))).join(', ');
  return `${possessive(feature.properties.name)} ${where} [${coordinates}] (${precisionWords(feature)})`;
}
