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
  });

  it('leaves zod’s global registry untouched', () => {
    expect(z.globalRegistry.has(jsonSchemaTargets[0]!.schema)).toBe(false);
  });
});
