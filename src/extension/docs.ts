// Where a diagnostic code links to. The repository has no public URL yet, so the link opens
// docs/entities.md shipped inside the extension, at the entity's heading: VS Code's opener
// reads an `L<line>` fragment on a file link as "reveal this line".
import * as vscode from 'vscode';
import { entityAnchors } from './docs-anchors';

export const DOCS_PATH = ['docs', 'entities.md'];

let anchors: Record<string, number> = {};

/** Reads the heading lines once at activation; links lack the line until then. */
export async function loadDocsAnchors(extensionUri: vscode.Uri): Promise<void> {
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(extensionUri, ...DOCS_PATH));
    anchors = entityAnchors(new TextDecoder().decode(bytes));
  } catch {
    anchors = {};
  }
}

const links = new Map<string, vscode.Uri>();

export function docsLink(extensionUri: vscode.Uri, code: string): vscode.Uri {
  const key = `${extensionUri.toString()}#${code}`;
  let link = links.get(key);
  if (!link) {
    const uri = vscode.Uri.joinPath(extensionUri, ...DOCS_PATH);
    const line = anchors[code];
    link = line ? uri.with({ fragment: `L${line}` }) : uri;
    // Cached only once the heading lines are known.
    if (line) links.set(key, link);
  }
  return link;
}
