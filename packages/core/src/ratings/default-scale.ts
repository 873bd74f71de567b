/** PolitiFact-style 6-level scale: the default for a fresh install (Pants on Fire = 1 … True = 6). */
export const DEFAULT_SCALE = {
  name: "Truth-O-Meter (6 levels)",
  slug: "six-level",
  description: "Six ordered verdicts from Pants on Fire (1) to True (6).",
  worstRating: 1,
  bestRating: 6,
  labels: [
    {
      slug: "pants-on-fire",
      name: "Pants on Fire",
      ratingValue: 1,
      description: "Not accurate and makes a ridiculous claim.",
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
} as const;

/** LIAR dataset label -> default scale label slug ("barely-true" is PolitiFact's old "Mostly False"). */
export const LIAR_LABEL_TO_SLUG: Record<string, string> = {
  "pants-fire": "pants-on-fire",
  false: "false",
  "barely-true": "mostly-false",
  "half-true": "half-true",
  "mostly-true": "mostly-true",
  true: "true",
};
