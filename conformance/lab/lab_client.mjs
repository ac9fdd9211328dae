// lab_client.mjs drives a gogil kernel through @jupyterlab/services, the
// library JupyterLab's notebook uses to talk to a Jupyter server: the same
// REST calls, the same websocket, the same message building and parsing.
//
// Usage: node lab_client.mjs BASE_URL TOKEN
//
// It prints one JSON object per line on stdout. Each names a step and holds
// what the kernel answered there (or "error" when the step threw); it
// judges nothing itself: conformance/lab_test.go checks the answers, so a
// failure reads as a Go test failure with the kernel's actual reply. The
// last line is {"step": "end"}. Diagnostics go to stderr.

import { createRequire } from 'node:module';
import WebSocket from 'ws';
import {
  KernelAPI,
  KernelManager,
  KernelSpecManager,
  ServerConnection,
  SessionAPI,
  SessionManager,
} from '@jupyterlab/services';

// waitLimit bounds every wait on the kernel. It is a deadline against a
// hung kernel, not a speed check: the machine may be slow and busy.
const waitLimit = 60_000;

// The library logs its connection state with console.log and console.debug,
// which Node writes to stdout; keep stdout for the JSON lines.
console.log = console.info = console.debug = (...args) => console.error(...args);

// The library leaves some promises of its own unhandled (a kernel_info it
// sent when the websocket opened, cancelled by a restart); Node would end
// the process on the first. Report each instead, so the steps after it
// still run and the test shows what happened.
process.on('unhandledRejection', (err) => {
  report('unhandled', { error: String(err?.stack ?? err) });
});

const [baseUrl, token] = process.argv.slice(2);
if (!baseUrl || token === undefined) {
  console.error('usage: node lab_client.mjs BASE_URL TOKEN');
  process.exit(2);
}

function report(step, fields) {
  process.stdout.write(JSON.stringify({ step, ...fields }) + '\n');
}

// within rejects when promise has not settled after waitLimit.
function within(what, promise) {
  let timer;
  const limit = new Promise((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`${what}: no answer within ${waitLimit / 1000} s`)),
      waitLimit,
    );
  });
  return Promise.race([promise, limit]).finally(() => clearTimeout(timer));
}

// step runs one step and reports what it returned, or the error it threw.
// A step that throws does not stop the later ones, except where the caller
// needs its result.
async function step(name, body) {
  try {
    const fields = await body();
    report(name, fields ?? {});
    return fields;
  } catch (err) {
    report(name, { error: String(err?.stack ?? err) });
    return undefined;
  }
}

// execute runs one cell as a notebook does and gathers what it produced.
// onInput, if given, is called once the kernel has announced the cell with
// execute_input, that is once the cell is really running.
async function execute(kernel, code, onInput) {
  const cell = {
    code,
    stdout: '',
    stderr: '',
    results: [],
    displays: [],
    errors: [],
  };
  const future = kernel.requestExecute({ code, stop_on_error: true });
  future.onIOPub = (msg) => {
    const c = msg.content;
    switch (msg.header.msg_type) {
      case 'execute_input':
        cell.input_count = c.execution_count;
        if (onInput) {
          onInput();
        }
        break;
      case 'stream':
        cell[c.name] += c.text;
        break;
      case 'execute_result':
        cell.results.push(c.data);
        break;
      case 'display_data':
        cell.displays.push(c.data);
        break;
      case 'error':
        cell.errors.push({ ename: c.ename, evalue: c.evalue });
        break;
    }
  };
  const reply = await within(`executing ${JSON.stringify(code)}`, future.done);
  cell.status = reply.content.status;
  cell.execution_count = reply.content.execution_count;
  return cell;
}

async function executeAll(kernel, codes) {
  const cells = [];
  for (const code of codes) {
    cells.push(await execute(kernel, code));
  }
  return { cells };
}

async function main() {
  const require = createRequire(import.meta.url);
  report('versions', {
    services: require('@jupyterlab/services/package.json').version,
    node: process.version,
  });

  // In Node, makeSettings would find global fetch and the ws package by
  // itself; passing them makes the transport explicit.
  const settings = ServerConnection.makeSettings({
    baseUrl,
    token,
    WebSocket,
    fetch,
    Request,
    Headers,
  });

  await step('kernelspecs', async () => {
    const specs = new KernelSpecManager({ serverSettings: settings });
    try {
      await within('listing kernelspecs', specs.ready);
      // The launcher and the notebook's header show the kernel's logo.
      let logo;
      const logoPath = specs.specs?.kernelspecs?.gogil?.resources?.['logo-64x64'];
      if (logoPath) {
        // The path already holds the server's base URL.
        const url = new URL(logoPath, settings.baseUrl).href;
        const response = await within('fetching the logo', ServerConnection.makeRequest(url, {}, settings));
        const bytes = new Uint8Array(await response.arrayBuffer());
        logo = {
          status: response.status,
          content_type: response.headers.get('Content-Type'),
          first_bytes: Array.from(bytes.slice(0, 4)),
        };
      }
      return { specs: specs.specs, logo };
    } finally {
      specs.dispose();
    }
  });

  // Opening a notebook in JupyterLab creates a session for its path, and
  // the server starts the session's kernel.
  const kernels = new KernelManager({ serverSettings: settings });
  const sessions = new SessionManager({ serverSettings: settings, kernelManager: kernels });
  let session;
  await step('session', async () => {
    session = await within(
      'starting a session',
      sessions.startNew({
        path: 'lab.ipynb',
        type: 'notebook',
        name: 'lab.ipynb',
        kernel: { name: 'gogil' },
      }),
    );
    return { model: session.model };
  });
  if (!session?.kernel) {
    report('end', {});
    return 1;
  }
  const kernel = session.kernel;

  await step('kernel_info', async () => {
    // The connection asks for kernel_info itself once its websocket is open;
    // JupyterLab shows the language from it.
    const info = await within('the connection\'s kernel_info', kernel.info);
    const reply = await within('requestKernelInfo', kernel.requestKernelInfo());
    return { connection_info: info, reply: reply?.content, status: kernel.status };
  });

  await step('execute', () =>
    executeAll(kernel, [
      'fmt.Println("hello from lab")',
      'x := 6 * 7',
      '6*7',
      'display.HTML("<b>" + strconv.Itoa(x) + "</b>")',
      'panic("boom")',
    ]),
  );

  await step('complete', async () => {
    const code = 'fmt.Prin';
    const reply = await within('requestComplete', kernel.requestComplete({ code, cursor_pos: code.length }));
    return { reply: reply.content };
  });

  await step('inspect', async () => {
    const code = 'fmt.Println';
    const reply = await within(
      'requestInspect',
      kernel.requestInspect({ code, cursor_pos: code.length, detail_level: 0 }),
    );
    return { reply: reply.content };
  });

  await step('is_complete', async () => {
    const answers = {};
    for (const code of ['x := 1', 'func f() {', 'x := )']) {
      const reply = await within('requestIsComplete', kernel.requestIsComplete({ code }));
      answers[code] = reply.content;
    }
    return { answers };
  });

  await step('history', async () => {
    const reply = await within(
      'requestHistory',
      kernel.requestHistory({ output: false, raw: true, hist_access_type: 'tail', n: 100 }),
    );
    return { reply: reply.content };
  });

  await step('interrupt', async () => {
    // JupyterLab's stop button calls kernel.interrupt(): a REST call the
    // server turns into an interrupt_request (gogil's interrupt_mode is
    // "message"). It is sent only once the cell is running.
    let interrupted;
    const looping = execute(kernel, 'for {}', () => {
      interrupted = kernel.interrupt();
    });
    const cell = await looping;
    if (interrupted) {
      await within('interrupt', interrupted);
    }
    const after = await execute(kernel, 'x + 1');
    return { cells: [cell, after], sent: interrupted !== undefined };
  });

  await step('restart', async () => {
    // JupyterLab's restart button: the kernel restarts under the same id
    // and the connection reconnects.
    const before = kernel.id;
    await within('restart', kernel.restart());
    const info = await within('kernel_info after the restart', kernel.info);
    const { cells } = await executeAll(kernel, ['x', 'y := 6 * 7; y']);
    return { same_id: kernel.id === before, language: info.language_info?.name, cells };
  });

  await step('shutdown', async () => {
    // Closing the notebook and shutting its kernel down.
    const id = kernel.id;
    await within('session shutdown', session.shutdown());
    const running = await within('listing kernels', KernelAPI.listRunning(settings));
    const left = await within('listing sessions', SessionAPI.listRunning(settings));
    return { kernel_id: id, kernels: running.map((k) => k.id), sessions: left.map((s) => s.id) };
  });

  sessions.dispose();
  kernels.dispose();
  report('end', {});
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(err?.stack ?? err);
    report('fatal', { error: String(err?.stack ?? err) });
    process.exit(1);
  },
);
