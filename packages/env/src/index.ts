export { EnvError, parseEnv, loadEnv } from "./parse-env.ts";
export { loadDotEnv } from "./load-dot-env.ts";
