/** A preset rating scale: its name, ordered verdict labels and ClaimReview bounds. */
export interface ScalePreset {
  name: string;
  slug: string;
  description: string;
  worstRating: number;
  bestRating: number;
  labels: readonly { slug: string; name: string; ratingValue: number; description: string }[];
}

/**
 * The desk's own default for a fresh install: six ordered verdicts (1 … 6), all in neutral words.
 * Installs from before they were renamed keep their scale; data migrations rename it
 * (20261202043000_neutral_default_scale_name) and its first verdict, once "Pants on Fire"
 * (20261202100000_neutral_worst_verdict).
 */
export const DEFAULT_SCALE = {
  name: "Six-level scale (False to True)",
  slug: "six-level",
  description: "Six ordered verdicts from the most false (1) to True (6).",
  worstRating: 1,
  bestRating: 6,
  labels: [
    {
      slug: "wholly-false",
      name: "Wholly false",
      ratingValue: 1,
      description: "Not accurate in any part, and far from the facts.",
    },
    { slug: "false", name: "False", ratingValue: 2, description: "Not accurate." },
    {
      slug: "mostly-false",
      name: "Mostly False",
      ratingValue: 3,
      description: "Contains an element of truth but ignores critical facts.",
    },
    {
      slug: "half-true",
      name: "Half True",
      ratingValue: 4,
      description: "Partially accurate but leaves out important details.",
    },
    {
      slug: "mostly-true",
      name: "Mostly True",
      ratingValue: 5,
      description: "Accurate but needs clarification or additional information.",
    },
    {
      slug: "true",
      name: "True",
      ratingValue: 6,
      description: "Accurate and nothing significant is missing.",
    },
  ],
} as const satisfies ScalePreset;

/**
 * PolitiFact's Truth-O-Meter, a named preset: `import liar` rates PolitiFact's checks on it (their
 * scale in their words), and the desk maps it onto its own scale by position. Never the default.
 */
export const POLITIFACT_SCALE = {
  name: "PolitiFact Truth-O-Meter",
  slug: "politifact-truth-o-meter",
  description:
    "PolitiFact's six verdicts, Pants on Fire (1) to True (6); used for imported PolitiFact checks.",
  worstRating: 1,
  bestRating: 6,
  labels: [
    {
      slug: "pants-on-fire",
      name: "Pants on Fire",
      ratingValue: 1,
      description: "Not accurate and makes a ridiculous claim.",
    },
    ...DEFAULT_SCALE.labels.slice(1),
  ],
} as const satisfies ScalePreset;

/** LIAR dataset label -> PolitiFact preset label slug ("barely-true" is PolitiFact's old "Mostly False"). */
export const LIAR_LABEL_TO_SLUG: Record<string, string> = {
  "pants-fire": "pants-on-fire",
  false: "false",
  "barely-true": "mostly-false",
  "half-true": "half-true",
  "mostly-true": "mostly-true",
  true: "true",
};
