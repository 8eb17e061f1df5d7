/** Foundation channels: the app, this workstation, the OS shell. */
export const APP_CHANNELS = [
  'app:get-info',
  'device:get-identity',
  'device:rename',
  'device:renew-identity',
  'shell:open-external',
] as const;
