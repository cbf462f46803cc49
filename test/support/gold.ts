// Gold spans written inline, as the spec reads:
//   "Mi tarjeta es [[CREDIT_CARD:4111 1111 1111 1111]] y el pedido ORD-61131."
// An optional subtype follows a slash: [[NATIONAL_ID/ES_DNI:12345678Z]].
import type { Entity, Finding } from '../../src/core';
import { isEntity } from '../../src/core';

export interface GoldSpan {
  entity: Entity;
  subtype?: string;
  start: number;
  end: number;
  value: string;
}

export interface GoldText {
  text: string;
  spans: GoldSpan[];
}

const MARK = /\[\[([A-Z_]+)(?:\/([A-Z0-9_]+))?:([^\]]*(?:\][^\]][^\]]*)*)\]\]/g;

export function parseGold(marked: string): GoldText {
  let text = '';
  const spans: GoldSpan[] = [];
  let cursor = 0;
  for (const m of marked.matchAll(MARK)) {
    const [whole, entity, subtype, value] = m;
    if (!isEntity(entity)) throw new Error(`unknown entity ${entity} in gold text: ${marked.slice(0, 80)}`);
    text += marked.slice(cursor, m.index);
    spans.push({ entity, subtype, start: text.length, end: text.length + value.length, value });
    text += value;
    cursor = (m.index ?? 0) + whole.length;
  }
  text += marked.slice(cursor);
  return { text, spans };
}

/** Renders findings inline in the same notation, for readable failure messages. */
export function markFindings(text: string, findings: readonly Pick<Finding, 'entity' | 'rule' | 'subtype' | 'start' | 'end'>[]): string {
  let out = '';
  let cursor = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < cursor) continue;
    const label = (f.entity ?? f.rule ?? '?') + (f.subtype ? `/${f.subtype}` : '');
    out += text.slice(cursor, f.start) + `[[${label}:${text.slice(f.start, f.end)}]]`;
    cursor = f.end;
  }
  return out + text.slice(cursor);
}
