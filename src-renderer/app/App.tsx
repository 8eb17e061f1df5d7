import { MantineProvider } from '@mantine/core';
import { ModalsProvider } from '@mantine/modals';
import { Notifications } from '@mantine/notifications';
import { Bootstrap } from './Bootstrap';
import { theme } from './theme';

export function App() {
  return (
    <MantineProvider theme={theme} defaultColorScheme="light">
      <ModalsProvider>
        <Notifications position="bottom-right" limit={3} autoClose={3500} />
        <Bootstrap />
      </ModalsProvider>
    </MantineProvider>
  );
}
