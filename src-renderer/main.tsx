import '@fontsource/sarabun/400.css';
import '@fontsource/sarabun/500.css';
import '@fontsource/sarabun/600.css';
import '@fontsource/sarabun/700.css';
import '@mantine/core/styles.css';
import '@mantine/notifications/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { StartingScreen } from './app/StartingScreen';

const element = document.getElementById('root');
if (!element) throw new Error('index.html has no #root');
const root = createRoot(element);
// Two stages: the words "opening" paint from a few kilobytes, while the app (Mantine, the
// database, the shell) loads behind them. The modules' pages load later still, when opened.
root.render(<StartingScreen />);
void import('./app/App').then(({ App }) =>
  root.render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
