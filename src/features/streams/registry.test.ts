import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseQuery } from '../../api/query';
import { RECORD_TYPE_LABELS, recordTypes } from '../../api/schemas/recordTypes';
import { retentionPoliciesSchema } from '../../api/schemas/retention';
import { streamContracts, streamNames } from '../../api/streams';
import { streamNav } from './nav';
import { streamDefinitions } from './registry';

/** The record schema's own keys: what the API returns for every record of the stream. */
function schemaKeys(schema: z.ZodType): string[] {
  expect(schema).toBeInstanceOf(z.ZodObject);
  return Object.keys((schema as z.ZodObject).shape);
}

function fieldSchema(schema: z.ZodType, name: string): z.ZodType | undefined {
  return ((schema as z.ZodObject).shape as Record<string, z.ZodType | undefined>)[name];
}

describe('one stream registry', () => {
  it('names the same streams in the contract, the definitions, the menu, record types and retention', () => {
    expect(Object.keys(streamDefinitions)).toEqual(streamNames);
    expect(streamNav.map((n) => n.stream)).toEqual(streamNames);
    expect(recordTypes).toEqual(streamNames);
    expect(Object.keys(RECORD_TYPE_LABELS)).toEqual(streamNames);
    expect(Object.keys(retentionPoliciesSchema.shape)).toEqual(streamNames);
  });

  describe.each(streamNames)('%s', (stream) => {
    const contract = streamContracts[stream];
    const definition = streamDefinitions[stream];
    const fields = new Set(contract.fields.map((f) => f.name));
    const keys = new Set(schemaKeys(contract.schema));

    it('searches only fields its records have, each with a label', () => {
      for (const field of contract.fields) {
        expect(keys, `field ${field.name}`).toContain(field.name);
        expect(field.label, `label of ${field.name}`).toBeTruthy();
      }
      expect(keys).toContain(contract.timeField);
    });

    it('shows a search example that names only its own fields', () => {
      const parsed = parseQuery(definition.searchExample, contract.fields);
      expect(parsed.ok, parsed.ok ? '' : parsed.error.message).toBe(true);
    });

    it('sorts, shows, pivots and follows only its fields', () => {
      for (const field of contract.sortable) expect(fields, `sortable ${field}`).toContain(field);
      for (const column of definition.columns)
        expect(fields, `column ${column.field}`).toContain(column.field);
      for (const pivot of definition.pivots) expect(fields, `pivot ${pivot.field}`).toContain(pivot.field);
      for (const key of definition.timelineKeys ?? [])
        expect(fields, `timeline ${key.field}`).toContain(key.field);
      expect(contract.sortable).toContain(contract.defaultSort.replace(/^-/, ''));
    });

    it('sorts by every keyword and number field but the record id and lists', () => {
      const isList = (name: string) => fieldSchema(contract.schema, name)?.safeParse([]).success === true;
      const expected = contract.fields
        .filter((f) => (f.type === 'keyword' || f.type === 'number') && f.name !== 'id' && !isList(f.name))
        .map((f) => f.name);
      const sortable: readonly string[] = contract.sortable;
      expect(expected.filter((name) => !sortable.includes(name))).toEqual([]);
      expect(new Set(sortable).size, 'each sort once').toBe(sortable.length);
    });

    it('heads a column with its field label unless it says otherwise, and shows each field once', () => {
      const columns = definition.columns.map((c) => c.field);
      expect(new Set(columns).size).toBe(columns.length);
      for (const column of definition.columns) expect(column.header).toBeTruthy();
      const labelled = definition.columns.filter(
        (c) => c.header === contract.fields.find((f) => f.name === c.field)?.label,
      );
      expect(labelled.length).toBeGreaterThan(definition.columns.length / 2);
    });

    it('declares outcome bands the query language accepts', () => {
      for (const band of contract.outcomes)
        expect(parseQuery(band.query, contract.fields).ok, band.key).toBe(true);
    });
  });
});
