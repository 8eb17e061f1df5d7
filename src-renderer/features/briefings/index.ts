export { BriefingsPage } from './BriefingsPage';
