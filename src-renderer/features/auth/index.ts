/** Staff sign-in (issue 19): the gate in front of the app, PIN management for Settings, and the kiosk's staff exit. */
export { SignInGate } from './SignInGate';
export { SetSecretModal } from './SetSecretModal';
export { SignInForm } from './SignInForm';
