// lab_ui.mjs uses gogil through the JupyterLab page built in build/, in
// headless Chromium, the way a person does: open a notebook, see the Go
// kernel in the toolbar, run all cells from the Run menu, read what the
// page rendered, stop an endless cell with the toolbar's stop button, and
// ask for completions with Tab.
//
// Usage: node lab_ui.mjs CHROMIUM BASE_URL TOKEN NOTEBOOK SCREENSHOT_DIR
//
// NOTEBOOK is a path under the server's root whose code cells the caller
// wrote. Like lab/lab_client.mjs it prints one JSON object per line on
// stdout, one per step, with what the page showed (or "error" when the step
// threw), and {"step": "end"} last; conformance/labapp_test.go judges them.
// Screenshots land in SCREENSHOT_DIR. Diagnostics go to stderr.

import path from 'node:path';
import { chromium } from 'playwright-core';

// waitLimit bounds every wait on the page: a deadline against a hung page
// or kernel, not a speed check. The machine is small and shared.
const waitLimit = 90_000;

const [chromiumPath, baseUrl, token, notebook, screenshotDir] = process.argv.slice(2);
if (!screenshotDir) {
  console.error('usage: node lab_ui.mjs CHROMIUM BASE_URL TOKEN NOTEBOOK SCREENSHOT_DIR');
  process.exit(2);
}

function report(step, fields) {
  process.stdout.write(JSON.stringify({ step, ...fields }) + '\n');
}

// step runs one step and reports what it returned, or the error it threw.
// It returns whether the step ran to its end.
async function step(name, body) {
  try {
    report(name, (await body()) ?? {});
    return true;
  } catch (err) {
    report(name, { error: String(err?.stack ?? err) });
    return false;
  }
}

// cellsOf reads every code cell of the open notebook as the page shows it:
// the editor's language mode, the prompt, and each output's MIME type,
// text and HTML.
function cellsOf(page) {
  return page.$$eval('.jp-NotebookPanel .jp-CodeCell', (cells) =>
    cells.map((cell) => {
      const mode = cell.querySelector('.CodeMirror')?.CodeMirror?.getOption('mode');
      return {
        mode: typeof mode === 'string' ? mode : (mode?.name ?? ''),
        prompt: cell.querySelector('.jp-InputPrompt')?.textContent.trim() ?? '',
        outputs: Array.from(cell.querySelectorAll('.jp-OutputArea-output')).map((out) => ({
          mime: out.getAttribute('data-mime-type') ?? '',
          text: out.innerText,
          html: out.innerHTML,
        })),
      };
    }),
  );
}

// menu clicks a top menu, then one of its items, both by their labels.
async function menu(page, top, item) {
  await page.locator('.lm-MenuBar-itemLabel', { hasText: new RegExp(`^${top}$`) }).click();
  await page.locator('.lm-Menu-itemLabel', { hasText: new RegExp(`^${item}$`) }).click();
}

// typeNewCell selects the last cell, adds a cell below it with the
// toolbar's + button, clicks into the new cell's editor and types code.
async function typeNewCell(page, code) {
  const cells = page.locator('.jp-NotebookPanel .jp-CodeCell');
  const before = await cells.count();
  await cells.last().locator('.jp-InputPrompt').click();
  await page.locator('.jp-NotebookPanel-toolbar [data-command="notebook:insert-cell-below"]').click();
  await page.waitForFunction(
    (n) => document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell').length > n,
    before,
    { timeout: waitLimit },
  );
  await cells.last().locator('.CodeMirror').click();
  await page.keyboard.type(code);
}

// kernelIdle waits for the notebook toolbar's execution indicator to say
// the kernel is idle.
function kernelIdle(page) {
  return page.waitForSelector('.jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator[data-status="idle"]', {
    timeout: waitLimit,
  });
}

async function shoot(page, name) {
  await page.screenshot({ path: path.join(screenshotDir, name + '.png') });
}

async function main() {
  const browser = await chromium.launch({
    executablePath: chromiumPath,
    // Without the networking flags Chromium keeps trying to reach outside
    // hosts, which this machine's closed network refuses.
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const pageErrors = [];
    page.on('pageerror', (err) => pageErrors.push(String(err)));
    page.on('console', (msg) => {
      if (msg.type() === 'error') {
        console.error('page console:', msg.text());
      }
    });

    // The token in the address logs the browser in; the server answers
    // with a cookie, as when a person opens the link `jupyter lab` prints.
    const url = `${baseUrl}/lab/tree/${notebook}?token=${encodeURIComponent(token)}`;
    const opened = await step('open', async () => {
      await page.goto(url, { timeout: waitLimit });
      await page.waitForFunction(
        () => document.body.dataset.gogilLabReady || document.body.dataset.gogilLabError,
        null,
        { timeout: waitLimit },
      );
      const appError = await page.evaluate(() => document.body.dataset.gogilLabError ?? '');
      if (appError) {
        return { app_error: appError };
      }
      await page.waitForSelector('.jp-NotebookPanel .jp-CodeCell', { timeout: waitLimit });
      await page.waitForFunction(
        () => document.querySelector('.jp-NotebookPanel-toolbar .jp-Toolbar-kernelName')?.textContent.trim() !== 'No Kernel',
        null,
        { timeout: waitLimit },
      );
      await kernelIdle(page);
      await shoot(page, 'open');
      return {
        title: await page.locator('.jp-MainAreaWidget .lm-TabBar-tabLabel, #jp-main-dock-panel .lm-TabBar-tabLabel').first().textContent(),
        kernel_name: (await page.locator('.jp-NotebookPanel-toolbar .jp-Toolbar-kernelName').textContent()).trim(),
        cells: (await cellsOf(page)).length,
      };
    });
    if (!opened) {
      await shoot(page, 'failed-open').catch(() => {});
      return 1;
    }

    await step('run_all', async () => {
      await menu(page, 'Run', 'Run All Cells');
      // A cell that ran shows its execution count in the prompt.
      await page.waitForFunction(
        () =>
          Array.from(document.querySelectorAll('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt')).every((p) =>
            /\[\d+\]/.test(p.textContent),
          ),
        null,
        { timeout: waitLimit },
      );
      await kernelIdle(page);
      await shoot(page, 'run_all');
      return { cells: await cellsOf(page) };
    });

    await step('interrupt', async () => {
      await typeNewCell(page, 'for {}');
      await page.keyboard.press('Shift+Enter');
      // The running cell's prompt shows [*] until it ends.
      const running = page.locator('.jp-NotebookPanel .jp-CodeCell .jp-InputPrompt', { hasText: '[*]' });
      await running.waitFor({ timeout: waitLimit });
      await page.waitForSelector('.jp-NotebookPanel-toolbar .jp-Notebook-ExecutionIndicator[data-status="busy"]', {
        timeout: waitLimit,
      });
      await page.locator('.jp-NotebookPanel-toolbar [data-command="kernelmenu:interrupt"]').click();
      await running.waitFor({ state: 'detached', timeout: waitLimit });
      await kernelIdle(page);
      await shoot(page, 'interrupt');
      const cells = await cellsOf(page);
      // Shift+Enter added an empty cell after the loop.
      return { loop_cell: cells[cells.length - 2] };
    });

    await step('complete', async () => {
      await typeNewCell(page, 'fmt.Prin');
      await page.keyboard.press('Tab');
      await page.waitForSelector('.jp-Completer .jp-Completer-item', { timeout: waitLimit });
      await shoot(page, 'complete');
      const items = await page.$$eval('.jp-Completer .jp-Completer-item', (items) =>
        items.map((item) => item.getAttribute('data-value') ?? item.textContent.trim()),
      );
      // Accept the first match, as Enter does, and read the cell back.
      await page.locator('.jp-Completer .jp-Completer-item', { hasText: 'Println' }).first().click();
      const source = await page.locator('.jp-NotebookPanel .jp-CodeCell').last().locator('.CodeMirror').evaluate(
        (cm) => cm.CodeMirror.getValue(),
      );
      return { items, source };
    });

    report('page_errors', { errors: pageErrors });
    return 0;
  } finally {
    await browser.close();
  }
}

main().then(
  (code) => {
    report('end', {});
    process.exit(code);
  },
  (err) => {
    console.error(err?.stack ?? err);
    report('fatal', { error: String(err?.stack ?? err) });
    process.exit(1);
  },
);
