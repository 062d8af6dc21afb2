import { defineConfig, devices } from '@playwright/test';

// MOCK=1 runs against e2e/mock-server.mjs (serving dist/); otherwise against BASE_URL (the real backend).
const mock = process.env.MOCK === '1';
const mockPort = Number(process.env.MOCK_PORT ?? 4173);
const baseURL = process.env.BASE_URL ?? (mock ? `http://localhost:${mockPort}` : 'http://localhost:8080');

const chromium = {
  ...devices['Desktop Chrome'],
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  },
};

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: [['list']],
  use: { baseURL, trace: 'retain-on-failure', locale: 'en-US', timezoneId: 'UTC' },
  projects: [
    { name: 'e2e', testIgnore: /screenshots\.spec\.ts/, use: chromium },
    { name: 'screenshots', testMatch: /screenshots\.spec\.ts/, use: chromium },
  ],
  webServer: mock
    ? { command: 'node e2e/mock-server.mjs', url: `http://localhost:${mockPort}/api/v1/system/info`, env: { PORT: String(mockPort) }, reuseExistingServer: !process.env.CI }
    : undefined,
});
