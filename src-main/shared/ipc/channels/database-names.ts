/** This workstation's own database files (PDPA erasure: rebuilt so erased values leave the disk). */
export const DATABASE_CHANNELS = ['database:purge-status', 'database:purge-want', 'database:purge-clear', 'database:purge-done'] as const;
