// What the digest page reads and writes.
export { collectDigestFacts } from './collect-digest';
export { useDigestCommands, useDigestOf, useRecentDigests } from './use-digests';
export { useBuildDigest } from './use-build-digest';
