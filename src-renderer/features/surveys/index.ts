export { SurveysPage } from './SurveysPage';
export { SurveyDetailPage } from './SurveyDetailPage';
export { KioskPage } from './KioskPage';
export { SurveyDashboardCard } from './SurveyDashboardCard';
