import type { SerializeFrom } from "@remix-run/node";
import type { loader } from "~/routes/claims.$id.tsx";

/** What the claim page's loader gives its parts. */
export type ClaimPageData = SerializeFrom<typeof loader>;
export type ClaimData = ClaimPageData["claim"];
export type RatingData = ClaimData["ratings"][number];
export type Me = ClaimPageData["me"];
