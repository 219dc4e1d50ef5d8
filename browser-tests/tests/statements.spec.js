// The pages anyone may read, in every language, pass axe too.
const { test, expect } = require('@playwright/test');
const { accessible } = require('./helpers');

for (const lang of ['en', 'pl', 'so', 'ar']) {
  test(`the statements, sign-up and a missing page in ${lang}`, async ({ page }) => {
    for (const path of ['/accessibility', '/privacy', '/account/sign-up', '/account/reset', '/sign-in', '/no-such-page']) {
      await page.goto(`${path}?lang=${lang}`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await accessible(page);
    }
  });
}
