export { MemoComposer } from './MemoComposer';
