/**
 * Group plurals registered as people: "Latinos", "Republicans", "Muslims", "Democrats" are
 * promoted to person entities when they head a speaker phrase ("Latinos say …"), and a later
 * "he"/"she" took them as antecedent. A single-word name with a group-plural ending is no
 * antecedent of a singular pronoun. Endings chosen so surnames ending in -s stay ("Sanders",
 * "Evans", "Adams"). Shape from PolNeAR train wrong speakers (issue 15, session 31, helper s31d).
 */
const GROUP_PLURAL = /^\p{Lu}\p{Ll}+(?:icans|ians|ists|inos|olics|lims|crats|ites)$/u;

export function isGroupPlural(name: string): boolean {
  return GROUP_PLURAL.test(name);
}
