import { randomBytes, scrypt, timingSafeEqual } from "node:crypto";

// scrypt (memory-hard, in Node's standard library: no native add-on to build), at OWASP's
// guidance N=2^15, r=8, p=3 (the other option, N=2^17 with p=1, needs 128 MiB a hash: several
// sign-ins at once in a 1-CPU pod with a memory limit would be a risk). 32 MiB and about three
// times the ~60 ms of p=1 per hash. The stored form records the parameters
// (scrypt$N$r$p$salt$key), so older hashes still verify and are replaced at the next sign-in.
export const PASSWORD_PARAMS = { N: 2 ** 15, r: 8, p: 3 } as const;
const KEYLEN = 32;
/** scrypt needs about 128 * N * r bytes; room for the parameters accepted below. */
const MAXMEM = 160 * 1024 * 1024;
/** Stored parameters beyond these are refused rather than computed (128 MiB at most). */
const MAX_N = 2 ** 17;
const MAX_R = 16;
const MAX_P = 16;

function derive(password: string, salt: Buffer, n: number, r: number, p: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    scrypt(password.normalize("NFKC"), salt, KEYLEN, { N: n, r, p, maxmem: MAXMEM }, (err, key) =>
      err ? reject(err) : resolve(key),
    );
  });
}

export async function hashPassword(password: string): Promise<string> {
  const { N, r, p } = PASSWORD_PARAMS;
  const salt = randomBytes(16);
  const key = await derive(password, salt, N, r, p);
  return `scrypt$${N}$${r}$${p}$${salt.toString("base64url")}$${key.toString("base64url")}`;
}

function parse(stored: string) {
  const [scheme, n, r, p, salt, hash] = stored.split("$");
  if (scheme !== "scrypt" || !n || !r || !p || !salt || !hash) return null;
  const params = { N: Number(n), r: Number(r), p: Number(p) };
  if (
    !Number.isInteger(params.N) ||
    params.N < 2 ||
    params.N > MAX_N ||
    (params.N & (params.N - 1)) !== 0 ||
    !Number.isInteger(params.r) ||
    params.r < 1 ||
    params.r > MAX_R ||
    !Number.isInteger(params.p) ||
    params.p < 1 ||
    params.p > MAX_P
  )
    return null;
  return { ...params, salt: Buffer.from(salt, "base64url"), hash: Buffer.from(hash, "base64url") };
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parse(stored);
  if (!parsed) return false;
  const key = await derive(password, parsed.salt, parsed.N, parsed.r, parsed.p);
  return key.length === parsed.hash.length && timingSafeEqual(key, parsed.hash);
}

/** A stored hash made with other parameters than today's: replace it after a successful sign-in. */
export function needsRehash(stored: string): boolean {
  const parsed = parse(stored);
  return (
    !parsed ||
    parsed.N !== PASSWORD_PARAMS.N ||
    parsed.r !== PASSWORD_PARAMS.r ||
    parsed.p !== PASSWORD_PARAMS.p
  );
}
