// A whole request, page by page, checking accessibility on every page.
const path = require('path');
const { expect } = require('@playwright/test');
const { accessible, answerer } = require('./helpers');

const PDF = path.join(__dirname, 'fixtures', 'report.pdf');

/**
 * Asks for an assessment from the start page to the confirmation.
 * options: { who: 'parent'|'school', email, lang, keyboard, withErrors, upload, axe }
 * Returns the case reference.
 */
async function applyOnline(page, options) {
  const a = answerer(page, options.keyboard);
  // axe runs inside the page, so it cannot run with JavaScript turned off;
  // the same pages are checked in the journeys with JavaScript on.
  const visit = async () => {
    if (options.axe !== false) await accessible(page);
  };

  await page.goto(options.lang ? `/apply?lang=${options.lang}` : '/apply');
  if (options.lang === 'ar') {
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  }
  await visit();
  await a.go('button.govuk-button--start');
  await expect(page).toHaveURL(/\/apply\/tasks$/);
  await visit();
  if (options.keyboard) {
    const { tabTo } = require('./helpers');
    await tabTo(page, 'a[href="/apply/who"]');
    await page.keyboard.press('Enter');
  } else {
    await page.locator('a[href="/apply/who"]').click();
  }

  // Who is asking.
  await expect(page).toHaveURL(/\/apply\/who$/);
  await visit();
  await a.choose('requester', options.who);
  await a.go();

  if (options.who === 'school') {
    await expect(page).toHaveURL(/\/apply\/your-details$/);
    await visit();
    await a.type('requester_name', 'Pat Okafor');
    await a.type('requester_email', 'senco@brook-primary.example');
    await a.type('requester_setting', 'Brook Primary School');
    await a.tick('parent_agreed', 'yes');
    await a.go();
  }

  // The child's name: sent empty first, two errors to fix.
  await expect(page).toHaveURL(/\/apply\/child-name$/);
  await visit();
  if (options.withErrors) {
    await a.go();
    await expect(page.locator('.govuk-error-summary')).toBeVisible();
    await expect(page.locator('.govuk-error-summary__list li')).toHaveCount(2);
    await visit();
  }
  await a.type('child_first_name', 'Mira');
  await a.type('child_last_name', 'Castell');
  await a.go();

  // Date of birth: a future year first, then a real one.
  await expect(page).toHaveURL(/\/apply\/child-date-of-birth$/);
  await visit();
  await a.type('dob_day', '14');
  await a.type('dob_month', '9');
  if (options.withErrors) {
    await a.type('dob_year', '2099');
    await a.go();
    await expect(page.locator('#dob_day-error')).toBeVisible();
    await expect(page.locator('#dob_year')).toHaveValue('2099');
    await visit();
  }
  await a.type('dob_year', '2016');
  await a.go();

  await expect(page).toHaveURL(/\/apply\/child-address$/);
  await visit();
  await a.type('address_line_1', '12 Orchard Row');
  await a.type('address_town', 'Northbrook');
  await a.type('address_postcode', 'NB4 7QT');
  await a.go();

  await expect(page).toHaveURL(/\/apply\/child-setting$/);
  await visit();
  const firstSchool = await page.locator('#setting option').nth(1).textContent();
  await a.select('setting', firstSchool.trim());
  await a.go();

  await expect(page).toHaveURL(/\/apply\/parents$/);
  await visit();
  await a.type('parent_1_name', 'Lena Castell');
  await a.type('parent_1_relationship', 'mother');
  await a.choose('parent_1_responsibility', 'yes');
  await a.go();

  await expect(page).toHaveURL(/\/apply\/contact$/);
  await visit();
  await a.choose('contact_channel', 'email');
  await a.type('contact_email', options.email);
  await a.go();

  await expect(page).toHaveURL(/\/apply\/language$/);
  await visit();
  await a.choose('language', options.lang || 'en');
  await a.choose('interpreter', 'no');
  await a.go();

  await expect(page).toHaveURL(/\/apply\/needs$/);
  await visit();
  await a.type('needs', 'Mira finds it hard to speak in class and <b>gets upset</b> at break times.');
  await a.go();

  await expect(page).toHaveURL(/\/apply\/support$/);
  await visit();
  await a.choose('sen_support', 'yes');
  await a.tick('professionals', 'speech');
  await a.go();

  await expect(page).toHaveURL(/\/apply\/consent$/);
  await visit();
  await a.tick('share_with', 'school');
  await a.tick('consent', 'yes');
  await a.go();

  await expect(page).toHaveURL(/\/apply\/evidence$/);
  await visit();
  if (options.upload) {
    await page.locator('#file').setInputFiles(PDF);
    await page.locator('form[action="/apply/evidence/upload"] button').click();
    await expect(page.locator('.tandem-files')).toContainText('report.pdf');
    await visit();
  }
  await a.go('form[action="/apply/evidence"] button:not([name])');

  await expect(page).toHaveURL(/\/apply\/check$/);
  await visit();
  await expect(page.locator('.tandem-answers')).toContainText('Mira Castell');
  await expect(page.locator('.tandem-answers')).toContainText('<b>gets upset</b>');
  await a.go('#send');

  await expect(page).toHaveURL(/\/apply\/sent$/);
  await visit();
  const reference = (await page.locator('.tandem-reference').textContent()).trim();
  expect(reference).toMatch(/^NBC-\d{4}-\d{5}$/);
  return reference;
}

module.exports = { applyOnline };
