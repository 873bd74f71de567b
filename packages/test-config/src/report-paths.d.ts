export declare const VITEST_REPORT_FILE: string;
export declare const PLAYWRIGHT_REPORT_FILE: string;
export declare const PLAYWRIGHT_CANARY_REPORT_FILE: string;
export declare const CANARY_ENV: string;
