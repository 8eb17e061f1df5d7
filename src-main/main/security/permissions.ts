/**
 * The renderer needs no camera, microphone, notifications, geolocation or anything else a
 * web page may ask for: every permission request and check is denied.
 */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (granted: boolean) => void,
): void {
  callback(false);
}

export function denyPermissionCheck(): boolean {
  return false;
}
