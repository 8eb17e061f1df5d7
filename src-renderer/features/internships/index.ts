export { InternshipsPage } from './InternshipsPage';
