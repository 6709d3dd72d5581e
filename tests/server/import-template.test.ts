import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATE_EXAMPLE, buildTemplateWorkbook } from '../../server/export/template-workbook';
import type { PlanBundle } from '../../server/storage/plan-bundle';
import { canonicalJson } from '../../server/import/canonical';
import { prepareImport } from '../../server/import/prepare-import';

const emptyExample: PlanBundle = { ...TEMPLATE_EXAMPLE, actions: { ...TEMPLATE_EXAMPLE.actions, actions: [] } };

async function importTemplate(bytes: Uint8Array) {
  return prepareImport([{ name: 'import-template.xlsx', bytes }], { planId: 'example', now: '2024-02-01T09:00:00Z', loadStored: async () => emptyExample });
}

describe('the import template', () => {
  it('imports its own example rows with no problems', async () => {
    const bytes = new Uint8Array(await buildTemplateWorkbook().xlsx.writeBuffer());
    const { problems, plans } = await importTemplate(bytes);
    expect(problems).toEqual([]);
    expect(plans[0]?.next.actions.actions.map((a) => canonicalJson(a))).toEqual(TEMPLATE_EXAMPLE.actions.actions.map((a) => canonicalJson(a)));
  });

  it('describes every column on its own sheet', async () => {
    const sheet = buildTemplateWorkbook().getWorksheet('Columns');
    const headings: string[] = [];
    sheet?.eachRow((row, number) => {
      if (number > 1) headings.push(String(row.getCell(1).value));
    });
    expect(headings).toEqual(['Area', 'Area title', 'Action id', 'Action', 'Lead', 'Deadline', 'Progress', 'BRAG', 'Lead name', 'Rated on', 'Measures']);
  });

  it('the committed copy in docs/ is current enough to import', async () => {
    const bytes = new Uint8Array(readFileSync(resolve(import.meta.dirname, '../../docs/import-template.xlsx')));
    const { problems, plans } = await importTemplate(bytes);
    expect(problems).toEqual([]);
    expect(plans[0]?.next.actions.actions).toHaveLength(TEMPLATE_EXAMPLE.actions.actions.length);
  });
});
