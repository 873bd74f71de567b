// The lists a dashboard bar clicks through to, all in the review queue: one person's work
// (`?person=&work=`), the claims a verdict bar counted (`?speaker= | outlet= | tag=`, `verdict=`)
// or a timing bar counted (`?stage=`), with the dashboard's range (`from`, `to`: the days counted,
// both included; for verdicts, the day each was approved; for stages, the day each was left). The dashboard writes these links and the queue reads them; this file is
// the one place their format lives.

import { CLAIM_STATUSES } from "@claimdesk/core/workflow/labels";

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

export interface DayRange {
  from: string;
  to: string;
}

function readDay(params: URLSearchParams, name: string) {
  const v = params.get(name) ?? "";
  return DAY_RE.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined;
}

function readName(params: URLSearchParams, name: string) {
  const v = params.get(name)?.trim().slice(0, 300);
  return v ? v : undefined;
}

export const PERSON_WORKS = ["assigned", "rated", "approved"] as const;
export type PersonWork = (typeof PERSON_WORKS)[number];

/** One person's work in the review queue: their verdicts or approvals in the range, or open claims. */
export function personListHref(userId: string, work: PersonWork, range: DayRange) {
  const p = new URLSearchParams({ person: userId, work });
  if (work !== "assigned") {
    p.set("from", range.from);
    p.set("to", range.to);
  }
  return `/queue?${p.toString()}`;
}

export function readPersonFilter(params: URLSearchParams) {
  const userId = params.get("person")?.trim().slice(0, 64);
  const work = PERSON_WORKS.find((w) => w === params.get("work"));
  if (!userId || !work) return undefined;
  return { userId, work, from: readDay(params, "from"), to: readDay(params, "to") };
}

/** What a person-filtered list holds, in words: "Claims with verdicts written by Riley Reviewer, …". */
export function personHeading(
  filter: { work: PersonWork; from?: string; to?: string },
  name: string,
) {
  if (filter.work === "assigned") return `Open claims assigned to ${name}`;
  const range = rangeWords(filter);
  if (filter.work === "rated") return `Claims with verdicts written by ${name}${range}`;
  return `Claims with verdicts approved by ${name}${range}`;
}

export interface VerdictGroup {
  speaker?: string;
  outlet?: string;
  tag?: string;
  verdict?: string;
}

/** The claims a verdict bar counted: that group's current verdicts approved in the range. */
export function verdictListHref(group: VerdictGroup, range: DayRange) {
  const p = new URLSearchParams();
  for (const key of ["speaker", "outlet", "tag", "verdict"] as const) {
    const v = group[key];
    if (v != null) p.set(key, v);
  }
  p.set("from", range.from);
  p.set("to", range.to);
  return `/queue?${p.toString()}`;
}

export function readVerdictFilter(params: URLSearchParams) {
  const group: VerdictGroup = {
    speaker: readName(params, "speaker"),
    outlet: readName(params, "outlet"),
    tag: readName(params, "tag"),
    verdict: readName(params, "verdict"),
  };
  if (!group.speaker && !group.outlet && !group.tag && !group.verdict) return undefined;
  return { ...group, from: readDay(params, "from"), to: readDay(params, "to") };
}

/** "Claims by Pat Doe rated Mostly false, approved 2026-11-01 to 2026-12-01". */
export function verdictHeading(filter: VerdictGroup & { from?: string; to?: string }) {
  const who = [
    filter.speaker ? ` by ${filter.speaker}` : "",
    filter.outlet ? ` in ${filter.outlet}` : "",
    filter.tag ? ` tagged “${filter.tag}”` : "",
  ].join("");
  const rated = filter.verdict ? ` rated ${filter.verdict}` : " with a verdict";
  const range = rangeWords(filter);
  return `Claims${who}${rated}, approved${range ? range.slice(1) : " at any time"}`;
}

export const LIST_STAGES = CLAIM_STATUSES;
export type ListStage = (typeof LIST_STAGES)[number];

/**
 * The claims a timing bar counted: for `published`, those published in the range (new →
 * published per week); for another stage, those that left it in the range (wait in each stage).
 */
export function stageListHref(stage: ListStage, range: DayRange) {
  return `/queue?${new URLSearchParams({ stage, from: range.from, to: range.to }).toString()}`;
}

export function readStageFilter(params: URLSearchParams) {
  const stage = LIST_STAGES.find((s) => s === params.get("stage"));
  const from = readDay(params, "from");
  const to = readDay(params, "to");
  return stage && from && to ? { stage, from, to } : undefined;
}

/** "Claims published 2026-11-02 to 2026-11-08", "Claims that left In research, …". */
export function stageHeading(
  filter: { stage: ListStage; from: string; to: string },
  label: string,
) {
  const range = `${filter.from} to ${filter.to}`;
  if (filter.stage === "published") return `Claims published ${range}`;
  return `Claims that left ${label}, ${range}`;
}

function rangeWords(filter: { from?: string; to?: string }) {
  if (filter.from && filter.to) return `, ${filter.from} to ${filter.to}`;
  if (filter.from) return `, from ${filter.from}`;
  if (filter.to) return `, until ${filter.to}`;
  return "";
}
