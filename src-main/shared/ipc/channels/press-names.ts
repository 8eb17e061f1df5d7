/** Press service files: the photo bundle of a release, written into a folder the user picks. */
export const PRESS_CHANNELS = ['press:export-photo-bundle'] as const;
