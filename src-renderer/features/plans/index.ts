// What other features use of the plans module: the field that tags a record with a plan's theme.
export { PlanTagField, type PlanTagFieldProps } from './PlanTagField';
