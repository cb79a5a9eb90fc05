/** Douglas–Peucker tolerances, in degrees (0.001° ≈ 73 m east–west and 111 m north–south here). */
export const TOLERANCES = {
  city: 0.002,
  severodonetsk: 0.002,
  /** Re-simplifying Lysychansk after its river-side cut: well under LYSYCHANSK_RIVER_CLEARANCE_KM. */
  cityClip: 0.0003,
  river: 0.0008,
  region: 0.01,
} as const;
