// What every journey shares: an accessibility check on each page, the
// emails Tandem wrote, and filling in a request by mouse or by keyboard.
const fs = require('fs');
const path = require('path');
const { expect } = require('@playwright/test');
const AxeBuilder = require('@axe-core/playwright').default;

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** No WCAG 2.2 AA violations on the page as it is now. */
async function accessible(page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
  expect(summary, `axe on ${page.url()}`).toEqual([]);
}

/** Decodes a quoted-printable or base64 body from an .eml file. */
function decode(eml) {
  const [head, ...rest] = eml.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  if (/Content-Transfer-Encoding:\s*base64/i.test(head)) {
    return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  }
  if (/Content-Transfer-Encoding:\s*quoted-printable/i.test(head)) {
    const joined = body.replace(/=\r?\n/g, '');
    const bytes = [];
    for (let i = 0; i < joined.length; i++) {
      if (joined[i] === '=' && /^[0-9A-F]{2}$/i.test(joined.slice(i + 1, i + 3))) {
        bytes.push(parseInt(joined.slice(i + 1, i + 3), 16));
        i += 2;
      } else {
        bytes.push(...Buffer.from(joined[i], 'utf8'));
      }
    }
    return Buffer.from(bytes).toString('utf8');
  }
  return body;
}

/** The text of the newest email to `to` that contains `needle`, waiting for the sender. */
async function emailTo(to, needle) {
  const dir = process.env.TANDEM_TEST_MAIL_DIR;
  for (let attempt = 0; attempt < 60; attempt++) {
    if (fs.existsSync(dir)) {
      const found = fs
        .readdirSync(dir)
        .filter((f) => f.endsWith('.eml'))
        .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'))
        .filter((eml) => eml.toLowerCase().includes(`to: ${to}`.toLowerCase()))
        .map(decode)
        .filter((text) => text.includes(needle));
      if (found.length > 0) return found[found.length - 1];
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`no email to ${to} containing ${needle}`);
}

/** Presses Tab until `selector` has the focus, as a keyboard user would. */
async function tabTo(page, selector) {
  for (let presses = 0; presses < 80; presses++) {
    const there = await page.evaluate(
      (s) => document.activeElement && document.activeElement.matches(s),
      selector,
    );
    if (there) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${selector} with the Tab key on ${page.url()}`);
}

/**
 * Ways to answer a page: with the mouse and typing (`mouse`), or with the
 * keyboard alone (`keyboard`).
 */
function answerer(page, keyboard) {
  return {
    async type(id, text) {
      if (keyboard) {
        await tabTo(page, `#${id}`);
        await page.keyboard.press('Control+A');
        await page.keyboard.type(text);
      } else {
        await page.locator(`#${id}`).fill(text);
      }
    },
    async choose(name, value) {
      const target = page.locator(`input[name="${name}"][value="${value}"]`);
      if (keyboard) {
        await tabTo(page, `input[name="${name}"]`);
        for (let i = 0; i < 10 && !(await target.isChecked()); i++) {
          await page.keyboard.press('ArrowDown');
        }
        await expect(target).toBeChecked();
      } else {
        await target.check();
      }
    },
    async tick(name, value) {
      const target = page.locator(`input[name="${name}"][value="${value}"]`);
      if (keyboard) {
        const id = await target.getAttribute('id');
        await tabTo(page, `#${id}`);
        await page.keyboard.press('Space');
        await expect(target).toBeChecked();
      } else {
        await target.check();
      }
    },
    async select(id, label) {
      if (keyboard) {
        await tabTo(page, `#${id}`);
        const wanted = await page
          .locator(`#${id} option`, { hasText: label })
          .first()
          .getAttribute('value');
        for (let i = 0; i < 40; i++) {
          if ((await page.locator(`#${id}`).inputValue()) === wanted) break;
          await page.keyboard.press('ArrowDown');
        }
        await expect(page.locator(`#${id}`)).toHaveValue(wanted);
      } else {
        await page.locator(`#${id}`).selectOption({ label });
      }
    },
    /** Presses the page's main button (Continue, Send, Start now). */
    async go(selector = 'main form button.govuk-button:not([name])') {
      if (keyboard) {
        await tabTo(page, selector);
        await page.keyboard.press('Enter');
      } else {
        await page.locator(selector).first().click();
      }
      await page.waitForLoadState('domcontentloaded');
    },
  };
}

module.exports = { accessible, emailTo, tabTo, answerer };
