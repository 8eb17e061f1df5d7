// What the survey pages read and write. Nothing here is read by other features.
export { DuplicateSerialError, SameKeyerError, type ResponseInput } from './survey-commands';
export { useResponseErasure } from './use-response-erasure';
export { useSurveyCommands } from './use-survey-commands';
export { useSurveyDashboard } from './use-survey-dashboard';
export { useResponseCounts, useResponses, useSurvey, useSurveys } from './use-survey-rows';
