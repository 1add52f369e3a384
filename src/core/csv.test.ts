import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvRecords, guardFormula, toCsv, unguardFormula } from './csv';

describe('the formula guard', () => {
  it.each([
    ['=HYPERLINK("x")', `'=HYPERLINK("x")`],
    ['+SUM(A1)', "'+SUM(A1)"],
    ['@SUM', "'@SUM"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['-cmd', "'-cmd"],
    ['-x', "'-x"],
    ['-1+1', "'-1+1"], // a sum is a formula
    ["-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"], // the DDE payload that starts with a digit
    ['-135億', "'-135億"], // text, though it starts like a number
    ["'=x", "''=x"], // a quote already there gets one more, so reading back is exact
    ['-1.5', '-1.5'], // a negative number stays a number
    ['-.5', '-.5'],
    ['+3', '+3'],
    ['-1,234', '-1,234'],
    ['-6.46%', '-6.46%'],
    ['2e9', '2e9'],
    ['騰訊', '騰訊'],
    ["'騰訊", "'騰訊"],
    ['', ''],
  ])('%j → %j', (text, guarded) => {
    expect(guardFormula(text)).toBe(guarded);
  });

  it('is undone exactly by unguardFormula, for any text', () => {
    fc.assert(fc.property(fc.string(), (text) => unguardFormula(guardFormula(text)) === text));
    fc.assert(fc.property(fc.stringMatching(/^'*[-=+@\t\r][\s\S]*$/), (text) => unguardFormula(guardFormula(text)) === text));
  });

  it('leaves nothing a spreadsheet would run: every guarded field starts with a quote or is a number', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[-=+@\t\r][\s\S]*$/), (text) => {
        const guarded = guardFormula(text);
        expect(guarded.startsWith("'") || /^[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?$/.test(guarded)).toBe(true);
      }),
    );
  });
});

describe('csvField and toCsv', () => {
  it('quotes fields holding quotes, commas or line ends, doubling the quotes', () => {
    expect(csvField('ChatGPT收入')).toBe('ChatGPT收入');
    expect(csvField('他說"好"')).toBe('"他說""好"""');
    expect(csvField('3,000億美元')).toBe('"3,000億美元"');
    expect(csvField('第一行\n第二行')).toBe('"第一行\n第二行"');
    expect(csvField('a\r\nb')).toBe('"a\r\nb"');
    expect(csvField(' 前後有空格 ')).toBe('" 前後有空格 "');
  });

  it('writes numbers as numbers, and a number that is not finite as an empty field', () => {
    expect(csvField(300000000000)).toBe('300000000000');
    expect(csvField(-1.5)).toBe('-1.5');
    expect(csvField(Number.NaN)).toBe('');
  });

  it('guards formulas inside the quoting', () => {
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-cmd')).toBe("'-cmd");
    expect(csvField('-1.5')).toBe('-1.5');
  });

  it('joins rows with CRLF and ends with one', () => {
    expect(toCsv([['a', 1], ['b,c', 2]])).toBe('a,1\r\n"b,c",2\r\n');
  });
});

describe('csvRecords', () => {
  it('splits records on CRLF, LF and CR and counts lines inside quoted fields', () => {
    const { records } = csvRecords('a,b\r\n"x\r\ny",z\rlast');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['x\r\ny', 'z'] },
      { line: 4, cells: ['last'] },
    ]);
  });

  it('says where a quote was left open, keeping the records before it', () => {
    expect(csvRecords('a\n"b\n\n')).toEqual({ records: [{ line: 1, cells: ['a'] }], unclosedQuoteLine: 2 });
  });

  it('reads back what toCsv wrote, guards undone', () => {
    const cell = fc.string().filter((s) => s.trim() !== '');
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const back = csvRecords(toCsv(rows)).records.map((r) => r.cells.map(unguardFormula));
        expect(back).toEqual(rows);
      }),
    );
  });
});
