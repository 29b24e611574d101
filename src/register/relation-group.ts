import type { Relation } from '../household/schema';

/** The coarse relation groups of earlier records. 与户主关系大类。 */
export type RelationGroup = 'head' | 'spouse' | 'child' | 'parent' | 'grandchild' | 'other';

const GROUP: Readonly<Record<Relation, RelationGroup>> = {
  head: 'head',
  spouse: 'spouse',
  child: 'child',
  son: 'child',
  daughter: 'child',
  'daughter-in-law': 'child',
  'son-in-law': 'child',
  grandchild: 'grandchild',
  grandson: 'grandchild',
  granddaughter: 'grandchild',
  'daughters-son': 'grandchild',
  'daughters-daughter': 'grandchild',
  'great-grandson': 'grandchild',
  'great-granddaughter': 'grandchild',
  parent: 'parent',
  father: 'parent',
  mother: 'parent',
  'wifes-father': 'parent',
  'wifes-mother': 'parent',
  'husbands-father': 'parent',
  'husbands-mother': 'parent',
  grandfather: 'parent',
  grandmother: 'parent',
  sibling: 'other',
  other: 'other',
};

/**
 * Folds a register relation onto the coarse groups of earlier records: sons, daughters and their
 * spouses are `child`; grandchildren and great-grandchildren `grandchild`; parents, parents-in-law
 * and grandparents `parent` (the generations above the head); siblings `other`.
 * 将登记系统的与户主关系归为大类（子女辈、孙辈、父母辈、其他）。
 *
 * @example
 * relationGroup('daughter-in-law') //=> 'child'
 * relationGroup('great-granddaughter') //=> 'grandchild'
 * relationGroup('husbands-mother') //=> 'parent'
 */
export function relationGroup(relation: Relation): RelationGroup {
  return GROUP[relation];
}
