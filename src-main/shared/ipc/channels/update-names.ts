/** Updates of the program itself (electron-updater), each step asked for by a person. */
export const UPDATE_CHANNELS = ['update:status', 'update:check', 'update:download', 'update:install'] as const;
