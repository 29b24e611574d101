import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { jsonSchemaTargets } from '../../src/json-schemas';
import { jsonSchemaExtras } from '../../src/validation/fields';

describe('jsonSchemaTargets', () => {
  it('converts every record type to a JSON Schema with the patterns of its coded fields', () => {
    const names = jsonSchemaTargets.map((t) => t.name);
    expect(names).toEqual([
      'household',
      'member',
      'county',
      'township',
      'village',
      'industry-plan',
      'zone',
      'planting',
      'reduction-patch',
      'ledger-entry',
      'monitoring-record',
      'monitoring-event',
      'policy',
    ]);
    for (const target of jsonSchemaTargets) {
      const json = z.toJSONSchema(target.schema, { io: 'input', unrepresentable: 'any', metadata: jsonSchemaExtras });
      expect(json.type).toBe('object');
    }
    const household = z.toJSONSchema(jsonSchemaTargets[0]!.schema, { io: 'input', metadata: jsonSchemaExtras }) as unknown as {
      properties: { villageCode: { pattern: string } };
    };
    expect(household.properties.villageCode.pattern).toBe('^\\d{12}$');
    const monitoring = z.toJSONSchema(jsonSchemaTargets.find((t) => t.name === 'monitoring-record')!.schema, {
      io: 'input',
      metadata: jsonSchemaExtras,
    }) as unknown as { properties: { riskIdentifiedMonth: { pattern: string } }; required: string[] };
    expect(monitoring.properties.riskIdentifiedMonth.pattern).toBe('^\\d{4}-(0[1-9]|1[0-2])$');
    expect(monitoring.required).not.toContain('measures');
  });

  it('leaves zod’s global registry untouched', () => {
    expect(z.globalRegistry.has(jsonSchemaTargets[0]!.schema)).toBe(false);
  });
});
