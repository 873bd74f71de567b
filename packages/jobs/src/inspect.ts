// What pg-boss 10's public API cannot answer (it lists no jobs by state and counts no failed
// ones), read from its job table. Everything else goes through the API (operations/queue-state.ts).

/** Runs one SQL statement with $1… parameters and returns its rows (e.g. Prisma's $queryRawUnsafe). */
export type Sql = <T>(text: string, ...values: unknown[]) => Promise<T[]>;

export interface JobRow {
  id: string;
  name: string;
  data: unknown;
  output: unknown;
  retryCount: number;
  startedOn: Date | null;
  completedOn: Date | null;
  createdOn: Date;
}

const JOB_COLUMNS = `id::text as id, name, data, output, retry_count as "retryCount",
  started_on as "startedOn", completed_on as "completedOn", created_on as "createdOn"`;

/** True when pg-boss has created its schema (a worker has started once). */
async function hasQueueSchema(sql: Sql): Promise<boolean> {
  const rows = await sql<{ ok: boolean }>(`select to_regclass('pgboss.job') is not null as ok`);
  return rows[0]?.ok === true;
}

/** Failed jobs per queue (pg-boss 10 has no call that counts them: getQueueSize stops below "failed"). */
export async function countFailedJobs(sql: Sql): Promise<Map<string, number>> {
  if (!(await hasQueueSchema(sql))) return new Map();
  const rows = await sql<{ name: string; n: number }>(
    `select name, count(*)::int as n from pgboss.job where state = 'failed' group by name`,
  );
  return new Map(rows.map((r) => [r.name, r.n]));
}

/** Failed jobs, newest first. */
export async function listFailedJobs(sql: Sql, page: { limit: number; offset: number }) {
  if (!(await hasQueueSchema(sql))) return { total: 0, rows: [] as JobRow[] };
  const [count] = await sql<{ n: number }>(
    `select count(*)::int as n from pgboss.job where state = 'failed'`,
  );
  const rows = await sql<JobRow>(
    `select ${JOB_COLUMNS} from pgboss.job where state = 'failed'
     order by completed_on desc nulls last, id desc limit $1 offset $2`,
    page.limit,
    page.offset,
  );
  return { total: count?.n ?? 0, rows };
}

/** Jobs being worked on now, oldest first. */
export async function listActiveJobs(sql: Sql, limit = 100): Promise<JobRow[]> {
  if (!(await hasQueueSchema(sql))) return [];
  return sql<JobRow>(
    `select ${JOB_COLUMNS} from pgboss.job where state = 'active' order by started_on limit $1`,
    limit,
  );
}

/** The error a failed job recorded (pg-boss keeps the thrown error in `output`). */
export function jobErrorMessage(output: unknown): string {
  if (!output) return "failed (no error recorded)";
  if (typeof output === "string") return output;
  const o = output as { message?: unknown; value?: unknown };
  if (typeof o.message === "string") return o.message;
  if (typeof o.value === "string") return o.value;
  return JSON.stringify(output).slice(0, 500);
}
