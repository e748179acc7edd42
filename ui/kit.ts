/**
 * The UI-kit components the panel uses, imported by path: the package index pulls in every
 * component and, with them, every component's CSS module (≈ 20 kB of CSS the panel never used;
 * #13 point 5). The package's `exports` map offers only its index, hence the relative paths.
 */
export { Button } from '../node_modules/@create-figma-plugin/ui/lib/components/button/button.js';
export { Checkbox } from '../node_modules/@create-figma-plugin/ui/lib/components/checkbox/checkbox.js';
export { SegmentedControl } from '../node_modules/@create-figma-plugin/ui/lib/components/segmented-control/segmented-control.js';
export { Textbox } from '../node_modules/@create-figma-plugin/ui/lib/components/textbox/textbox/textbox.js';
export { TextboxMultiline } from '../node_modules/@create-figma-plugin/ui/lib/components/textbox/textbox-multiline/textbox-multiline.js';
export { Toggle } from '../node_modules/@create-figma-plugin/ui/lib/components/toggle/toggle.js';
