import { Center, Loader } from '@mantine/core';

/** Shown while a module's code loads on first visit. */
export function PageLoading() {
  return (
    <Center h="60vh">
      <Loader aria-label="Loading" />
    </Center>
  );
}
