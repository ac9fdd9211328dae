// The browser entry point: a JupyterLab application made of JupyterLab's
// own plugins, only those a notebook needs.
// Chunks, fonts and images load from beside bundle.js, wherever the server
// serves it: webpack's default public path, "auto", finds that place.

// The plugins' CSS, listed by webpack.config.js at build time.
import 'gogil-lab-style';
import { JupyterLab } from '@jupyterlab/application';

const pluginModules = [
  require('@jupyterlab/application-extension'),
  require('@jupyterlab/apputils-extension'),
  require('@jupyterlab/codemirror-extension'),
  require('@jupyterlab/completer-extension'),
  require('@jupyterlab/docmanager-extension'),
  require('@jupyterlab/filebrowser-extension'),
  require('@jupyterlab/mainmenu-extension'),
  require('@jupyterlab/notebook-extension'),
  require('@jupyterlab/rendermime-extension'),
  // Keyboard shortcuts (Shift+Enter, Tab for completion) come from the
  // plugins' settings schemas through this one.
  require('@jupyterlab/shortcuts-extension'),
  require('@jupyterlab/statusbar-extension'),
  require('@jupyterlab/theme-light-extension'),
  require('@jupyterlab/translation-extension'),
  require('@jupyterlab/ui-components-extension'),
];

// Plugins left out: most serve the console and the file editor, which this
// app does not have; the news announcements would ask the server for a
// feed it does not serve.
const leftOut = new Set([
  '@jupyterlab/apputils-extension:announcements',
  '@jupyterlab/codemirror-extension:commands',
  '@jupyterlab/codemirror-extension:editor-syntax-status',
  '@jupyterlab/completer-extension:consoles',
  '@jupyterlab/completer-extension:files',
  '@jupyterlab/statusbar-extension:kernel-status',
  '@jupyterlab/statusbar-extension:line-col-status',
]);

// A module exports its plugins as its default export: one plugin or a list.
function pluginsOf(module) {
  const exported = module.default ?? module;
  return Array.isArray(exported) ? exported : [exported];
}

async function main() {
  const lab = new JupyterLab();
  lab.registerPlugins(pluginModules.flatMap(pluginsOf).filter((p) => !leftOut.has(p.id)));
  await lab.start();
  await lab.restored;
  // lab_ui.mjs waits for this before driving the page.
  document.body.dataset.gogilLabReady = 'true';
}

window.addEventListener('load', () => {
  main().catch((err) => {
    console.error('the lab app failed to start', err);
    document.body.dataset.gogilLabError = String(err?.stack ?? err);
  });
});
