// Panel entry (work in progress)
import { render } from 'preact';
const root = document.getElementById('app');
if (root) render(<p>Journey Check</p>, root);
