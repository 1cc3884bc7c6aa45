// Tries the compile operation in Swagger UI the way a person does, in Debian's Chromium:
// open /swagger-ui.html, expand "POST /v1/taskdefs/compile", press "Try it out", pick a worked example,
// press "Execute", and read the rendered response: the task definition and the execution role policy.
//
//   node swagger-ui.mjs <baseUrl> <screenshot.png>
//
// Saves <screenshot.png> (request and task definition) and <screenshot>-policy.png (the policy); on a
// failure, <screenshot.png> shows the page as it was. Exit code 0 when every check passes; 1 with the
// reason otherwise. CHROMIUM overrides /usr/bin/chromium.
import { chromium } from 'playwright-core';

const [baseUrl, screenshotPath] = process.argv.slice(2);
if (!baseUrl || !screenshotPath) {
  console.error('usage: node swagger-ui.mjs <baseUrl> <screenshot.png>');
  process.exit(64);
}

const policyScreenshotPath = screenshotPath.replace(/(\.png)?$/, '-policy.png');
const EXAMPLE = 'json-key'; // src/main/resources/examples/02-json-key.yaml
const EXPECTED = [
  '"taskDefinition"',
  '"containerDefinitions"',
  '"valueFrom"',
  'appauthexample-AbCdEf:username1::',
  '"executionRolePolicy"',
  'secretsmanager:GetSecretValue',
];
const STEP_TIMEOUT_MS = 30_000;

// Never hang a build: the whole run is bounded too.
setTimeout(() => {
  console.error('swagger-ui: gave up after 180 s');
  process.exit(1);
}, 180_000).unref();

const step = (what) => console.log(`swagger-ui: ${what}`);

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  headless: true,
  chromiumSandbox: false,
  timeout: STEP_TIMEOUT_MS,
  args: ['--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync'],
});
let failure = null;
const page = await browser.newPage({ viewport: { width: 1400, height: 1800 } });
page.setDefaultTimeout(STEP_TIMEOUT_MS);
try {
  step(`open ${baseUrl}/swagger-ui.html`);
  await page.goto(`${baseUrl}/swagger-ui.html`);

  step('expand POST /v1/taskdefs/compile');
  const operation = page.locator('.opblock-post').filter({
    has: page.locator('.opblock-summary-path', { hasText: /^\/v1\/taskdefs\/compile$/ }),
  });
  await operation.locator('.opblock-summary').first().click();

  step('press "Try it out"');
  await operation.getByRole('button', { name: 'Try it out' }).click();

  step(`choose the worked example "${EXAMPLE}"`);
  const exampleSelect = operation.locator('.opblock-section-request-body select').filter({
    has: page.locator(`option[value="${EXAMPLE}"]`),
  });
  await exampleSelect.selectOption(EXAMPLE);
  const body = await operation.locator('textarea.body-param__text').inputValue();
  if (!body.includes('username1')) {
    throw new Error(`the request body is not the "${EXAMPLE}" example:\n${body}`);
  }

  step('press "Execute"');
  await operation.getByRole('button', { name: 'Execute' }).click();

  step('read the response');
  const response = operation.locator('.live-responses-table .response').first();
  const status = (await response.locator('.response-col_status').innerText()).trim();
  if (status !== '200') {
    throw new Error(`expected status 200, Swagger UI shows ${status}`);
  }
  const rendered = await response.locator('.response-col_description .highlight-code').innerText();
  const missing = EXPECTED.filter((text) => !rendered.includes(text));
  if (missing.length > 0) {
    throw new Error(`the rendered response lacks ${missing.join(', ')}:\n${rendered.slice(0, 2000)}`);
  }
  // The screenshots show what the person sees: the executed request with the task definition, then the
  // response body scrolled down to the execution role policy.
  await operation.getByRole('button', { name: 'Clear' }).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: screenshotPath });
  await response.locator('.response-col_description .highlight-code pre').evaluate((pre) => {
    const at = pre.textContent.indexOf('"executionRolePolicy"');
    pre.scrollTop = (pre.scrollHeight * at) / pre.textContent.length;
  });
  await page.screenshot({ path: policyScreenshotPath });
  step(`status ${status}; the response shows ${EXPECTED.join(', ')}`);
} catch (e) {
  failure = e;
} finally {
  if (failure) {
    await page.screenshot({ path: screenshotPath }).catch((e) => console.error(`screenshot failed: ${e}`));
  }
  await browser.close();
}
if (failure) {
  console.error(`swagger-ui: FAILED: ${failure.message}`);
  process.exit(1);
}
step(`screenshots ${screenshotPath} ${policyScreenshotPath}`);
