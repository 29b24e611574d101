import { z } from 'zod';
import { isCalendarDate } from '../calendar/calendar-date';
import { parseDivisionCode } from '../codes/parse-division-code';
import { CalendarDateSchema, TextSchema } from '../validation/fields';
import { addIssue } from '../validation/issues';

/** 问题类别. Categories: the seven household checks, then the campaign's other kinds. */
export const LedgerCategorySchema = z.enum([
  'income',
  'food',
  'clothing',
  'education',
  'medical',
  'housing',
  'water',
  'industry',
  'infrastructure',
  'data-quality',
  'work-style',
  'other',
]);
export type LedgerCategory = z.infer<typeof LedgerCategorySchema>;

/** 问题来源: 巡视巡察 / 成效考核 / 交叉检查 / 第三方评估 / 暗访督查 / 专项治理 / 自查. */
export const LedgerSourceSchema = z.enum([
  'inspection',
  'assessment',
  'cross-check',
  'third-party',
  'unannounced-visit',
  'special-campaign',
  'self-check',
]);
export type LedgerSource = z.infer<typeof LedgerSourceSchema>;

/** 待整改 / 整改中 / 待验收 / 已销号. */
export const LedgerStatusSchema = z.enum(['open', 'rectifying', 'awaiting-acceptance', 'closed']);
export type LedgerStatus = z.infer<typeof LedgerStatusSchema>;

/** 台账事件类型: 开始整改 / 提交验收 / 验收销号 / 退回 / 重新打开 / 延期. */
export const LedgerEventTypeSchema = z.enum(['start', 'submit', 'accept', 'reject', 'reopen', 'extend']);
export type LedgerEventType = z.infer<typeof LedgerEventTypeSchema>;

/** 台账事件. One step of an entry's workflow. */
export const LedgerEventSchema = z
  .object({
    type: LedgerEventTypeSchema,
    /** 日期 (China's calendar). */
    at: CalendarDateSchema,
    /** 操作人. Personal data: masked in every output. */
    by: TextSchema,
    /** 整改佐证材料. */
    evidence: z.union([z.string(), z.array(z.string())]).optional(),
    /** 理由 (reject, reopen, extend). */
    reason: z.string().optional(),
    /** 新的整改时限 (extend). */
    deadline: CalendarDateSchema.optional(),
  })
  .strict();
/** A workflow event of a ledger entry, as {@link LedgerEventSchema} validates it. 台账流程事件。 Declared as an interface so that editors show its name; `test/records/named-types.test-d.ts` checks it against the schema both ways. */
export interface LedgerEvent extends z.infer<typeof LedgerEventSchema> {}

/** 问题台账条目. An entry of the issue ledger. */
export const LedgerEntrySchema = z
  .object({
    id: TextSchema,
    /** 涉及的村/乡/县区划代码. */
    unitCode: z.string().superRefine((value, ctx) => {
      if (!parseDivisionCode(value).ok) {
        addIssue(ctx, 'division/invalid', []);
      }
    }),
    /** 涉及农户编号. */
    householdId: z.string().min(1).optional(),
    category: LedgerCategorySchema,
    source: LedgerSourceSchema,
    /** 问题描述. */
    description: TextSchema,
    /** 责任单位. */
    responsibleUnit: TextSchema,
    /** 责任人. Personal data: masked in every output. */
    responsiblePerson: TextSchema,
    /** 牵头单位. */
    leadUnit: z.string().min(1).optional(),
    /** 整改措施. */
    measures: z.string().min(1).optional(),
    /** 建账日期. */
    openedOn: CalendarDateSchema,
    /** 整改时限 (the day ends at 24:00 Asia/Shanghai). */
    deadline: CalendarDateSchema,
    status: LedgerStatusSchema,
    /** 事件记录 (oldest first). */
    history: z.array(LedgerEventSchema),
  })
  .strict()
  .superRefine((entry, ctx) => {
    // Only two real dates are compared: an invalid date has its own date/invalid, and compared as
    // text ('2020-02-30' after '2020-02-29', '2020-02-00' before '2020-02-01') it gave a spurious issue.
    if (isCalendarDate(entry.deadline) && isCalendarDate(entry.openedOn) && entry.deadline < entry.openedOn) {
      addIssue(ctx, 'ledger/deadline-before-opened', ['deadline']);
    }
    // Each event against the last real date before it (the opening day for the first): an
    // invalid date between two events is skipped, not a gap across which nothing is compared.
    let previous = isCalendarDate(entry.openedOn) ? entry.openedOn : undefined;
    entry.history.forEach((event, index) => {
      if (!isCalendarDate(event.at)) return;
      if (previous !== undefined && event.at < previous) {
        addIssue(ctx, 'ledger/history-order', ['history', index, 'at']);
      }
      previous = event.at;
    });
  });
/** An entry of the issue ledger, as {@link LedgerEntrySchema} validates it. 问题台账条目。 Declared as an interface so that editors show its name; `test/records/named-types.test-d.ts` checks it against the schema both ways. */
export interface LedgerEntry extends Omit<z.infer<typeof LedgerEntrySchema>, 'history'> {
  history: LedgerEvent[];
}
