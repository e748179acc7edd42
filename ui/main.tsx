// Panel entry: Figma's base styles first, then ours; mount the app on the page Figma shows.
import '@create-figma-plugin/ui/css/base.css';
import '@create-figma-plugin/ui/css/theme.css';
import './styles.css';
import { render } from 'preact';
import { App } from './App';
import { createBridge } from './bridge';
import { reportRenderers } from './renderers';
import { followSystemTheme } from './theme';

followSystemTheme(document, window);
const root = document.getElementById('app');
if (root) render(<App bridge={createBridge()} renderers={reportRenderers} />, root);
