// Builds the lab app: the bundle, plus the plugins' settings schemas and
// themes, which jupyterlab_server serves from the same folder. The folder
// is $GOGIL_LABAPP_BUILD (the Go test builds into its temp dir), else
// build/ here.
const path = require('path');
const { merge } = require('webpack-merge');
const { Build } = require('@jupyterlab/builder');
const base = require('@jupyterlab/builder/lib/webpack.config.base');

const pkg = require('./package.json');

const build = path.resolve(process.env.GOGIL_LABAPP_BUILD || path.join(__dirname, 'build'));

// Copies schemas and themes into the build and writes its style.js, which
// imports each plugin package's CSS.
const themes = Build.ensureAssets({
  output: build,
  packageNames: Object.keys(pkg.dependencies).filter((name) => name.endsWith('-extension')),
});

module.exports = [
  merge(base, {
    // Development mode skips minifying: four times faster to build, and
    // the page behaves the same.
    mode: 'development',
    devtool: false,
    entry: path.join(__dirname, 'index.js'),
    output: { path: build, filename: 'bundle.js' },
    resolve: {
      alias: { 'gogil-lab-style$': path.join(build, 'style.js') },
      // style.js lives in the build folder, which may be anywhere.
      modules: [path.join(__dirname, 'node_modules'), 'node_modules'],
    },
  }),
  // Each theme is a bundle of its own, loaded when the theme is chosen.
  ...themes.map((theme) => merge(theme, { mode: 'development', devtool: false })),
];
