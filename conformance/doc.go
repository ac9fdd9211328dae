// Package conformance holds no code: its tests drive the gogil binary
// through the Jupyter project's own clients and front ends, so protocol
// regressions show up the way a person would meet them:
//
//   - Jupyter's kernel test suite (jupyter_kernel_test, test_gogil.py);
//   - jupyter nbconvert --execute, nbclient, gogil run and jupyter console;
//   - the classic Notebook server over REST and websockets, and its page in
//     headless Chromium (browser_test.go);
//   - JupyterLab's own kernel client library, @jupyterlab/services, against
//     jupyter_server (lab/, lab_test.go) — the library VS Code also uses
//     for kernels behind a Jupyter server;
//   - the JupyterLab 3.6 page itself, built from npm and served by Debian's
//     jupyterlab_server, in headless Chromium (labapp/, labapp_test.go);
//   - JupyterHub 3 with configurable-http-proxy serving three users at once
//     (hub_test.go, testdata/jupyterhub_config.py);
//   - jupyter_client starting the kernel on 0.0.0.0, a host address and
//     over ipc, as remote launchers do (transport_test.go).
//
// The Python and JavaScript tools come from Debian and npm (.ci/run installs
// them). The package knows only the binary and its kernelspec, never the
// kernel's packages.
package conformance
