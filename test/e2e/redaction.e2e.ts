// What an agent does: type a reply with a card number, see the squiggle, read the hover, open
// the quick-fix menu with Ctrl+., mask the card, undo it, and redact everything with a preview.
// Screenshots go to media/screenshots/ for the README.
import * as assert from 'node:assert/strict';
import {
  closeWorkbench, createFile, goTo, openFile, openQuickFix, openWorkbench, press,
  readWorkspaceFile, runCommand, saveFile, screenshot, typeText, waitForNoSquiggle, waitForSquiggle,
} from './helpers';
import type { Workbench } from './helpers';
import type { Locator } from 'playwright-core';

/**
 * Moves the mouse over a squiggle and returns the hover's text. (The squiggle decoration sits
 * under the text layer, so Playwright's element hover is refused; the mouse goes by position.)
 */
async function hoverAt(wb: Workbench, target: Locator): Promise<string> {
  const box = await target.first().boundingBox();
  assert.ok(box, 'the squiggle is on screen');
  await wb.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  const hover = wb.page.locator('.monaco-hover:not(.hidden) .monaco-hover-content').first();
  await hover.waitFor({ timeout: 15_000 });
  await wb.page.waitForTimeout(300); // both hover parts (diagnostic + Reply Guard) render
  return (await hover.innerText()).trim();
}

const CARD = '4111 1111 1111 1111';

/** In the open Ctrl+. menu, arrows down to the item and presses Enter, as an agent would. */
async function chooseWithKeyboard(wb: Workbench, label: RegExp): Promise<void> {
  const focused = wb.page.locator('.action-widget .monaco-list-row.action.focused');
  for (let i = 0; i < 12; i++) {
    if (label.test((await focused.first().getAttribute('aria-label')) ?? '')) {
      await wb.page.keyboard.press('Enter');
      await wb.page.locator('.action-widget').waitFor({ state: 'hidden', timeout: 15_000 });
      return;
    }
    await wb.page.keyboard.press('ArrowDown');
  }
  assert.fail(`no quick fix matching ${label}`);
}

describe('Reply Guard in the editor', function () {
  this.timeout(120_000);
  let wb: Workbench;
  before(async () => {
    wb = await openWorkbench({ viewport: { width: 1280, height: 800 } });
  });
  after(async () => {
    await closeWorkbench(wb);
  });

  it('underlines a typed card number, masks it from the Ctrl+. menu, and undoes in one step', async () => {
    createFile('replies/e2e-tarjeta.md', 'Hola:\n\nGracias por escribirnos.\n\n');
    await openFile(wb, 'replies/e2e-tarjeta.md');
    await goTo(wb, 4, 1);
    await typeText(wb, `El reembolso va a la tarjeta ${CARD}.`);
    const squiggle = await waitForSquiggle(wb, { severity: 'warning' });
    await screenshot(wb, 'squiggle-card');

    const hover = await hoverAt(wb, squiggle);
    assert.match(hover, /\*{4} \*{4} \*{4} 1111/);
    assert.ok(!hover.includes(CARD), 'the hover never shows the whole number');
    await screenshot(wb, 'hover-card');
    await press(wb, 'Escape');

    // Onto the number ("El reembolso va a la tarjeta " is 29 characters). Not F8: it may jump
    // to another file's problem in the demo workspace.
    await goTo(wb, 4, 32);
    const labels = await openQuickFix(wb);
    assert.ok(labels.some((l) => /Mask card number/.test(l)), `menu: ${JSON.stringify(labels)}`);
    assert.ok(labels.some((l) => /Redact all personal data/.test(l)), `menu: ${JSON.stringify(labels)}`);
    await screenshot(wb, 'quick-fix-menu');
    await chooseWithKeyboard(wb, /Mask card number/);
    await waitForNoSquiggle(wb, { severity: 'warning' });
    await saveFile(wb);
    assert.match(readWorkspaceFile('replies/e2e-tarjeta.md'), /a la tarjeta \*{4} \*{4} \*{4} 1111\./);

    await press(wb, 'Control+Z');
    await saveFile(wb);
    assert.ok(readWorkspaceFile('replies/e2e-tarjeta.md').includes(`a la tarjeta ${CARD}.`), 'one undo restores the number');
    await waitForSquiggle(wb, { severity: 'warning' });
  });

  it('redacts everything after a preview', async () => {
    createFile('replies/e2e-all.md', `Hi,\n\nWe refunded the card ${CARD}. Write to jane@example.com if anything is missing.\n`);
    await openFile(wb, 'replies/e2e-all.md');
    await waitForSquiggle(wb, { count: 2 });
    await runCommand(wb, 'Reply Guard: Redact All in This Reply…');
    const diff = wb.page.locator('.monaco-diff-editor').first();
    await diff.locator('.editor.modified .view-lines', { hasText: 'j***@example.com' }).waitFor({ timeout: 15_000 });
    const apply = wb.page.locator('.editor-actions .action-label[aria-label^="Apply Redactions"]').first();
    await apply.waitFor({ timeout: 15_000 });
    await wb.page.waitForTimeout(500); // let the diff decorations settle for the screenshot
    await screenshot(wb, 'redact-all-preview');
    await apply.click();
    await wb.page.locator('.monaco-diff-editor').first().waitFor({ state: 'detached', timeout: 15_000 });
    await saveFile(wb);
    assert.equal(readWorkspaceFile('replies/e2e-all.md'), 'Hi,\n\nWe refunded the card **** **** **** 1111. Write to j***@example.com if anything is missing.\n');
  });
});
