import { createContext, useContext } from "react";

/**
 * The request's CSP nonce (apps/web/http/security-headers.ts), provided by entry.server.tsx.
 * In the browser there is none: the scripts are already on the page.
 */
export const NonceContext = createContext<string | undefined>(undefined);

export const useNonce = () => useContext(NonceContext);
