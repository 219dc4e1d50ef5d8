// A parent asks online, then signs in and follows the case.
const { test, expect } = require('@playwright/test');
const { accessible, emailTo } = require('./helpers');
const { applyOnline } = require('./journey');

test('a parent applies from the start page to the confirmation, fixing errors and adding a PDF, then follows the case', async ({ page }) => {
  const email = `lena.castell.${Date.now()}@example.org`;
  const reference = await applyOnline(page, {
    who: 'parent',
    email,
    withErrors: true,
    upload: true,
  });
  await expect(page.locator('main')).toContainText(email);

  // The confirmation email carries the answers and a link to set up an account.
  const mail = await emailTo(email, reference);
  expect(mail).toContain('Mira finds it hard to speak in class');
  const link = mail.match(/https?:\/\/\S+\/account\/new-password\/\S+/)[0];

  await page.goto(new URL(link).pathname);
  await accessible(page);
  await page.locator('#password').fill('orchard lantern harbour');
  await page.locator('#password_again').fill('orchard lantern harbour');
  await page.locator('main form button').click();
  await expect(page.locator('h1')).toHaveText('Choose a new password');
  await accessible(page);

  await page.goto('/sign-in');
  await accessible(page);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('orchard lantern harbour');
  await page.locator('main form button').first().click();
  await expect(page).toHaveURL(/\/cases$/);
  await accessible(page);
  await page.getByRole('link', { name: 'Mira Castell' }).click();

  // The tracker: what is happening now and the six-week date.
  await expect(page.locator('.tandem-now')).toContainText('We are deciding whether to assess');
  await expect(page.locator('.tandem-steps')).toContainText('We will decide whether to assess by');
  await expect(page.locator('.tandem-family-documents')).toContainText('report.pdf');
  await accessible(page);

  // A message to the coordinator, and "all about me".
  await page.getByRole('link', { name: 'Messages with your coordinator' }).click();
  await accessible(page);
  await page.locator('#message').fill('Can we meet after school on a Tuesday?');
  await page.locator('main form button').click();
  await expect(page.locator('.tandem-thread')).toContainText('Can we meet after school');
  await accessible(page);
  await page.goto(`/cases/${reference}/views`);
  await accessible(page);
  await page.locator('#admired').fill('She is kind and loves drawing animals.');
  await page.locator('main form button').click();
  await expect(page.locator('.govuk-notification-banner')).toContainText('Your answers are saved');
  await accessible(page);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same request works with JavaScript turned off', async ({ page }) => {
    const reference = await applyOnline(page, {
      who: 'parent',
      email: `nojs.${Date.now()}@example.org`,
      withErrors: true,
      upload: true,
      axe: false,
    });
    // Without JavaScript the error summary is still there and linked.
    await expect(page.locator('.govuk-panel__title')).toBeVisible();
    expect(reference).toMatch(/^NBC-/);
  });
});

test('the same request in Arabic, right to left', async ({ page }) => {
  const email = `arabic.${Date.now()}@example.org`;
  const reference = await applyOnline(page, { who: 'parent', email, lang: 'ar', withErrors: true, upload: true });
  await expect(page.locator('html')).toHaveAttribute('lang', 'ar');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  // The email is in the family's language too.
  const mail = await emailTo(email, reference);
  expect(mail).toMatch(/[\u0600-\u06FF]/);

  // The account, the sign-in and the tracker, all in Arabic.
  const link = mail.match(/https?:\/\/\S+\/account\/new-password\/\S+/)[0];
  await page.goto(new URL(link).pathname);
  await page.locator('#password').fill('sandstone harbour lantern');
  await page.locator('#password_again').fill('sandstone harbour lantern');
  await page.locator('main form button').click();
  await page.goto('/sign-in');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await accessible(page);
  await page.locator('#email').fill(email);
  await page.locator('#password').fill('sandstone harbour lantern');
  await page.locator('main form button').first().click();
  await page.getByRole('link', { name: 'Mira Castell' }).click();
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('.tandem-steps')).toContainText(/[\u0600-\u06FF]/);
  await accessible(page);
});

test('a parent can finish the request with the keyboard alone', async ({ page }) => {
  const reference = await applyOnline(page, {
    who: 'parent',
    email: `keys.${Date.now()}@example.org`,
    keyboard: true,
    withErrors: true,
  });
  expect(reference).toMatch(/^NBC-/);
});
