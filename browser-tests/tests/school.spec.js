// A school asks on a family's behalf, with the parent's agreement.
const { test, expect } = require('@playwright/test');
const { emailTo } = require('./helpers');
const { applyOnline } = require('./journey');

test('a school applies on a family\'s behalf', async ({ page }) => {
  const family = `family.${Date.now()}@example.org`;
  const reference = await applyOnline(page, { who: 'school', email: family, upload: false });
  const toFamily = await emailTo(family, reference);
  expect(toFamily).toContain('Mira Castell');
  const toSchool = await emailTo('senco@brook-primary.example', reference);
  expect(toSchool).toContain('We have told the family');
});
