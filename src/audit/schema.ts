import { z } from 'zod';
import { parameterSchema } from '../policy/schema';

/**
 * Thresholds of the register audit's plausibility rules (ages and age gaps between relations).
 * Data-cleaning figures, not policy ones: each is a documented, overridable default.
 * 户表核查的合理性阈值（年龄及亲属间年龄差）。
 */
export const AuditThresholdsSchema = z
  .object({
    /** A member older than this many years on `asOf` is reported (`audit/age-over-limit`). 年龄上限。 */
    maxAge: z.number().int().min(1).max(150),
    /**
     * A parent's age, in completed years, at the birth of a child: a child (子女) of the head born
     * before the head reached it, or a parent (父母) of the head who had not reached it at the
     * head's birth, is reported. 父母与子女的最小年龄差。
     */
    minParentAgeAtBirth: z.number().int().min(0).max(60),
    /** The same for grandparents and grandchildren (孙辈). 祖孙最小年龄差。 */
    minGrandparentAgeAtBirth: z.number().int().min(0).max(100),
    /** A spouse (配偶) younger than this on `asOf` is reported. 配偶最小年龄。 */
    minSpouseAge: z.number().int().min(0).max(60),
  })
  .strict();
export type AuditThresholds = z.infer<typeof AuditThresholdsSchema>;

/** Dated audit thresholds, in force from each `from` (the same shape as a policy parameter). */
export const AuditThresholdTableSchema = parameterSchema(AuditThresholdsSchema);
