/** Staff sign-in (issue 19): the gate in front of the app, and PIN management for Settings. */
export { SignInGate } from './SignInGate';
export { SetSecretModal } from './SetSecretModal';
