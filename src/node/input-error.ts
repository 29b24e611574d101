/**
 * An input that cannot be read at all (a missing file, an unknown format, a CSV without a required
 * column, a JSON document that is not an array). The command exits with code 2 and prints the
 * message, which names the file and, where known, the row and the column.
 * 无法读取的输入（文件不存在、格式未知、缺少必需列等）：命令以退出码 2 结束。
 */
export class InputError extends Error {
  readonly file: string;
  readonly row: number | undefined;

  constructor(file: string, message: string, row?: number) {
    super(`${file}${row === undefined ? '' : `, row ${row}`}: ${message}`);
    this.name = 'InputError';
    this.file = file;
    this.row = row;
  }
}
