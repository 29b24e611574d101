import type { BenchTask } from '../index';
import { assessZoneTarget, planSummary, reductionProgress, zoneOutput, type IndustryPlan, type ReductionPatch, type Zone } from '../../src/index';

// A county plan: 200 zones of 5 plantings each, areas and values with decimals, one low-value crop
// per zone, some values from yield × price.
const zones: Zone[] = Array.from({ length: 200 }, (_, z) => ({
  id: `Z${z}`,
  name: `区块${z}`,
  kind: z % 4 === 0 ? 'bazi' : 'slope',
  areaMu: 600 + z / 10,
  plantings: [
    { crop: '玉米', industry: 'grain', areaMu: 250.5, outputValuePerMu: 1200, lowValue: true },
    { crop: '蔬菜', industry: 'vegetables', areaMu: 150.25, outputValuePerMu: 9000.5 },
    { crop: '辣椒', industry: 'chili', areaMu: 100, yieldKgPerMu: 1512.3, priceYuanPerKg: 4.25 },
    { crop: '茶', industry: 'tea', areaMu: 80.75, outputValuePerMu: 5600 },
    { crop: '食用菌', industry: 'edible-fungi', areaMu: 18.5 + z / 100, outputValuePerMu: 20_000 },
  ],
}));
const plan: IndustryPlan = { id: 'P', countyCode: '522601', year: 2020, zones };
const patches: ReductionPatch[] = Array.from({ length: 1000 }, (_, i) => ({
  id: `P${i}`,
  areaMu: 3 + (i % 97) / 10,
  crop: '玉米',
  status: i % 3 === 0 ? 'pending' : i % 3 === 1 ? 'converted' : 'verified',
}));

export const tasks: readonly BenchTask[] = [
  { name: 'industry: zoneOutput', unitsPerOp: zones.length, unit: 'zones', fn: () => zones.map(zoneOutput) },
  {
    name: 'industry: assessZoneTarget (with conversion)',
    unitsPerOp: zones.length,
    unit: 'zones',
    fn: () => zones.map((zone) => assessZoneTarget(zone, { targetPerMu: 8000 })),
  },
  {
    name: 'industry: planSummary',
    unitsPerOp: zones.length,
    unit: 'zones',
    fn: () => planSummary(plan, { targets: { byKind: { bazi: 8000 } } }),
  },
  { name: 'industry: reductionProgress', unitsPerOp: patches.length, unit: 'patches', fn: () => reductionProgress(patches) },
];
