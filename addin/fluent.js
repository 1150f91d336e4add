/* Fluent UI for the pane and the window: registers Fluent's web components
 * (fluent-spinner, fluent-badge, ...) and sets its light or dark theme, whose
 * design tokens (--colorNeutralBackground1, --fontFamilyBase, ...) the pages'
 * CSS uses. Both come from addin/vendor/ (installer/vendor_web.py), not a CDN.
 */
import { setTheme } from "/addin/vendor/fluentui-web-components/web-components-all.min.js";
import { webDarkTheme, webLightTheme } from "/addin/vendor/fluentui-tokens/themes.js";

window.deskmateTheme = (dark) => {
  setTheme(dark ? webDarkTheme : webLightTheme);
  document.documentElement.dataset.theme = dark ? "dark" : "light";
};
window.deskmateTheme(window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches);
