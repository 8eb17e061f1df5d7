// The agencies directory, read by press (release recipients) and complaints (who must reply).
export { useAgencies } from './use-agencies';
