// Tandem's browser tests: real Chromium from Debian (never a downloaded
// browser) against the real binary with a fresh demo authority. Emails are
// written to a folder so the tests can follow the links in them.
const path = require('path');
const os = require('os');
const fs = require('fs');
const { defineConfig } = require('@playwright/test');

const port = process.env.TANDEM_BROWSER_PORT || '8190';
// The config is read again in each worker: the folder is made once and
// handed down through the environment.
if (!process.env.TANDEM_TEST_DATA_DIR) {
  process.env.TANDEM_TEST_DATA_DIR = fs.mkdtempSync(path.join(os.tmpdir(), 'tandem-browser-'));
}
const dataDir = process.env.TANDEM_TEST_DATA_DIR;
process.env.TANDEM_TEST_MAIL_DIR = path.join(dataDir, 'mail');
const binary =
  process.env.TANDEM_BIN || path.join(__dirname, '..', 'target', 'debug', 'tandem');

module.exports = defineConfig({
  testDir: './tests',
  timeout: 120_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `"${binary}" serve --data-dir "${dataDir}" --port ${port} --public-url http://localhost:${port} --mail-dir "${process.env.TANDEM_TEST_MAIL_DIR}"`,
    url: `http://localhost:${port}/healthz`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
