// Panel entry: Figma's base styles first, then ours; mount the app on the page Figma shows.
// No theme.css (24 kB): src/main.ts opens the panel with `themeColors: true`, so Figma adds a
// <style id="figma-style"> with every --figma-color-* variable and a figma-light / figma-dark
// class on <html> (https://developers.figma.com/docs/plugins/css-variables). Outside Figma the
// browser tests inject the UI kit's theme.css in its place (test/e2e/browser.ts).
import '@create-figma-plugin/ui/css/base.css';
import './styles.css';
import { render } from 'preact';
import { App } from './App';
import { createBridge } from './bridge';
import { reportRenderers } from './renderers';
import { followSystemTheme } from './theme';

followSystemTheme(document, window);
const root = document.getElementById('app');
if (root) render(<App bridge={createBridge()} renderers={reportRenderers} />, root);
