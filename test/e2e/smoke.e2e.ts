// Proves the e2e harness: the workbench loads with Reply Guard installed, a demo reply opens,
// typing and saving reach the file on disk, and a screenshot is taken.
import * as assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { closeWorkbench, editorText, goTo, openFile, openWorkbench, readWorkspaceFile, saveFile, screenshot, typeText } from './helpers';
import type { Workbench } from './helpers';

describe('e2e harness smoke', function () {
  let wb: Workbench;
  before(async () => { wb = await openWorkbench(); });
  after(async () => { await closeWorkbench(wb); });

  it('opens a demo reply and takes a screenshot of the workbench', async () => {
    await openFile(wb, 'replies/es-ES-reembolso-tarjeta.md');
    assert.match(await editorText(wb), /Hola Lucía:/);
    const file = await screenshot(wb, 'demo-reply-open');
    assert.ok(statSync(file).size > 10_000, 'the screenshot has content');
  });

  it('types into the editor and saves to disk', async () => {
    await openFile(wb, 'replies/en-US-clean.md');
    await goTo(wb, 7, 1);
    await typeText(wb, 'Thanks for your patience, ñandú 😀.\n');
    await saveFile(wb);
    const lines = readWorkspaceFile('replies/en-US-clean.md').split('\n');
    assert.equal(lines[6], 'Thanks for your patience, ñandú 😀.');
    assert.equal(lines[7], 'Hi there,');
  });
});
