export { loadDotEnv } from "./load-dot-env.ts";
export { EnvError, loadEnv, parseEnv } from "./parse-env.ts";
