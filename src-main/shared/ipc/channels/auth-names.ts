/** Staff sign-in (issue 19): main hashes and checks PINs, throttles wrong ones and holds the session. */
export const AUTH_CHANNELS = ['auth:hash-secret', 'auth:sign-in', 'auth:sign-out', 'auth:lock', 'auth:session'] as const;
