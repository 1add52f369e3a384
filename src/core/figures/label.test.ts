import { describe, expect, it } from 'vitest';
import { clauseLabel, perUnitIn, saysEach } from './label';

describe('clauseLabel', () => {
  it.each([
    ['公司估值有望達到', '公司估值'],
    ['彼時估值達到', '估值'],
    ['金價竟然突破', '金價'],
    ['美國第四季度實際GDP年化季率初值錄得', '美國實際GDP年化季率初值'],
    ['不及預期的', '預期'],
    ['較前值', '前值'],
    ['該模型以對手', '對手'],
    ['而納指也給硬扯到', '納指'],
    ['黃金周初一度', '黃金'],
    ['API（應用程序編程接口）銷售與新產品項目將各自產生', 'API銷售與新產品項目'],
    ['經濟「無着陸」情況的可能性調高至', '經濟無着陸情況的可能性'],
    ['东航2020年营收', '东航营收'],
    ['吉祥航空（603885.SH）跌', '吉祥航空'],
    ['持股比例合计', '持股比例'],
    ['十年期國債孳息率升至', '十年期國債孳息率'],
    ['比特幣升穿', '比特幣'],
    ['恒指收市報', '恒指'],
    ['在周五創出', ''],
    ['收', ''],
    ['和', ''],
    ['同比下滑', ''],
    ['金價較上日高', '金價'], // a comparative move: the subject, not what it is compared with
    ['恒指比上周低了', '恒指'],
    ['收入比去年多出', '收入'],
    ['通脹率按年升', '通脹率'], // a period's comparison word after the subject goes too
    ['純利按年跌', '純利'],
    ['招股價介乎', '招股價'],
    ['市值蒸發', '市值'],
    ['恒指半日收報', '恒指'],
    ['同比增长', ''], // the move's verb alone names nothing
    ['今年以来累计上涨', ''],
    ['上日收市价为', '上日收市价'], // 收市 of 收市價 is the price's name, not a verb
    ['北向资金净买入', '北向资金'],
    ['港股通南向資金淨流入', '港股通南向資金'],
    // What a raise or cut moves is named after its verb: the rate, not the bank that moves it.
    ['人行下調一年期LPR ', '一年期LPR'],
    ['央行下調存款準備金率', '存款準備金率'],
    ['公司計劃降低成本', '成本'],
    ['大行下調目標價至', '目標價'],
    ['利率上調', '利率'], // an object before the verb stays
    ['美聯儲將利率上調', '利率'],
    ['公司把開支削減', '開支'],
    ['日本央行加息至', '日本央行'],
    ['下調後股價為', '股價'],
  ])('%s → %j', (pre, label) => {
    expect(clauseLabel(pre)).toBe(label);
  });

  it('drops a Latin word cut in half where the reach began', () => {
    expect(clauseLabel('ni、DeepSeek、可靈及 Kimi 等全球', true)).toBe('全球');
  });
});

describe('saysEach', () => {
  it.each([
    ['A與B將各自產生', true],
    ['兩市各', true],
    ['分散在全球各地', false],
    ['各國央行', false],
    ['收入為', false],
  ])('%s → %s', (pre, each) => {
    expect(saysEach(pre)).toBe(each);
  });
});

describe('perUnitIn', () => {
  it.each([
    ['每股盈利', '股'],
    ['金價每盎司', '盎司'],
    ['收入', undefined],
  ])('%s → %s', (pre, per) => {
    expect(perUnitIn(pre)).toBe(per);
  });
});
