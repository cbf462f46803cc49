// Pure: the 1-based line of each `## ENTITY` heading in docs/entities.md.
export function entityAnchors(markdown: string): Record<string, number> {
  const out: Record<string, number> = {};
  markdown.split(/\r?\n/).forEach((line, i) => {
    const m = /^##\s+([A-Z_]+|[a-z]+\/[a-z-]+)\s*$/.exec(line);
    if (m) out[m[1]] = i + 1;
  });
  return out;
}
