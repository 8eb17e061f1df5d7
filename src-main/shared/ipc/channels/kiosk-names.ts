/** Survey kiosk mode (issue 19): main keeps it on across restarts until a staff member signs in. */
export const KIOSK_CHANNELS = ['kiosk:get-state', 'kiosk:start', 'kiosk:leave'] as const;
