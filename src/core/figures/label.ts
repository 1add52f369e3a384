/**
 * What a figure measures, from the words before it in its own clause: 公司估值有望達到 → 公司估值,
 * 金價竟然突破 → 金價, 不及預期的 → 預期, 較前值 → 前值. Dates and time words go (they are the
 * figure's date, not its subject); verbs and adverbs next to the number go; a comparison keeps
 * what is compared with. The rules are grammatical, not a list of subjects.
 */

import { COMPARISON_WORD, isMoveWord, movedObject } from './move';

const BRACKETED = /（[^（）]*）|\([^()]*\)|【[^【】]*】|\[[^[\]]*\]/g;
const QUOTES = /[「」『』“”‘’"《》〈〉]/g;
const TIME = new RegExp(
  [
    '[上下]半年',
    '(?:[0-9０-９〇零一二三四五六七八九]{2,4}|[今去明前後后本上下同全首半龍蛇馬羊猴雞狗豬鼠牛虎兔龙马鸡猪]|[一二三四五六七八九十兩两]+)(?:財年|财年|年度|年)(?!期)(?:[初中末底內内]|以[來来]|至今)?',
    '年[初中末底]',
    '(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})月[份初中底末]?(?:(?:[0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})[日號号])?',
    '[0-9０-９]{1,2}[日號号]',
    '第?[一二三四1-4１-４]季度?',
    '(?:本|上|下|今|前|這|这)(?:週|周|星期)[一二三四五六日天初末中]?',
    '(?:週|周|星期)[一二三四五六日天初末中]',
    '(?:昨|今|明|前|當|当|同|翌|單|单|全|近|連|连|首|半)日',
    '彼時|屆時|届时|彼时|當時|当时|其時|其时|目前|現時|现时|現階段|现阶段|最近|近期|早前|日前|此前|之前|其後|其后|隨後|随后',
    '盤前|盘前|盤中|盘中|尾盤|尾盘|早盤|早盘|午盤|午盘|開市|开市|收市時|收市时',
    '截[至止](?:發稿|发稿|收市|收盤|收盘|目前|今|昨)',
  ].join('|'),
  'g',
);

/** A comparison: what follows is what the figure is compared with, and names it (較前值3.10%). */
const COMPARE = /^.*(?:不及|相比|對比|对比|較|较|(?<![可所加予難难足得用])以(?![及來来上下外便為为後后前內内至致免]))/s;
/**
 * A comparison that makes the figure a move (金價較上日高40美元): the subject is before 較, and
 * what it is compared with (上日) is not what the figure measures.
 */
const COMPARED_MOVE = new RegExp(`^(.*?)(?:${COMPARISON_WORD})[^較较比]{1,7}?(?:高|低|多|少)(?:出)?了?$`, 's');
/** 甲、乙及丙等全球…: what follows 等 names the whole, what precedes it are examples. */
const EXAMPLES = /^.*等/s;
/** A Latin word cut in half where the label's reach began. */
const CUT_WORD = /^[A-Za-z0-9]+(?=[^A-Za-z0-9])/;
/** Adverbs and verbs that end the subject wherever they stand (也, 竟然, 錄得 …). */
const CUT = new RegExp(
  '(?:有望|竟然|一度|已經|已经|只有|錄得|录得|達到|达到|預計|预计|料將|料将|合計|合计|合共|共有|持有|' +
    '淨買入|净买入|淨賣出|净卖出|淨流入|净流入|淨流出|净流出|買入|买入|賣出|卖出|' +
    '突破|跌穿|升穿|跌破|升破|失守|企穩|企稳|站上|重上|收復|收复|下滑|上升|下跌|上漲|上涨|大跌|大漲|大涨|大升|跳水|逼近|接近|衝上|冲上|創出|创出|產生|产生|虧損|亏损|' +
    '增加|減少|减少|收報|收报|收跌|收漲|收涨|收升|收於|收于|收在|調高|调高|調低|调低|增至|升至|跌至|降至|提高|降低|可獲|可获|' +
    '送出|載有|载有|將會|将会|再次|進一步|进一步|維持|维持|保持|收市(?![價价])|收盤(?![價价])|收盘(?![价])|上調|上调|下調|下调|' +
    '介乎|介於|介于|蒸發|蒸发|加息|減息|减息|降息|升息|' +
    '高見|高见|低見|低见)|' +
    '(?<=.)[也更將将已仍亦僅仅給给皆還还竟為为是]',
);
const TRAILING =
  /(?:按年|按月|按季|按週|按周|同比|環比|环比|的|了|着|著|為|为|是|在|於|于|由|從|从|到|至|升|跌|漲|涨|達|达|有|約|约|共|獲|获|錄|录|增|減|减|降|創|创|衝|冲|佔|占|等|及|和|與|与|可)+$/;
const LEADING =
  /^(?:其中|然而|不過|不过|另外|此外|同時|同时|至於|至于|而且|因此|所以|並且|并且|以及|由於|由于|隨着|随着|根據|根据|同比|环比|環比|按年|按月|按季|按週|按周|分別|分别|累計|累计|[而但且又亦也則则在於于從从向])+/;
const EDGES = /^[\s、，,：:；;·./／]+|[\s、，,：:；;·./／]+$/g;
const MAX_LABEL = 24;

/**
 * The label of a figure whose clause reads `pre` before it. `startsMidWord` says `pre` may begin inside a
 * word (the reach ran out before the clause began).
 */
export function clauseLabel(pre: string, startsMidWord = false): string {
  if (startsMidWord) pre = pre.replace(CUT_WORD, '');
  let s = pre.replace(BRACKETED, '').replace(QUOTES, '');
  const moved = COMPARED_MOVE.exec(s);
  if (moved && [...moved[1]!].length >= 2) s = moved[1]!;
  s = s.replace(TIME, '');
  const ex = EXAMPLES.exec(s);
  if (ex && s.length - ex[0].length >= 2) s = s.slice(ex[0].length);
  const cmp = COMPARE.exec(s);
  if (cmp && s.length - cmp[0].length >= 2) s = s.slice(cmp[0].length);
  // A raise or cut names what it moves after its verb (下調一年期LPR); else the subject ends at the first cut.
  s = movedObject(s) ?? s.slice(0, CUT.exec(s)?.index ?? s.length);
  s = s.replace(EDGES, '');
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(TRAILING, '').replace(LEADING, '').replace(EDGES, '');
  }
  const cps = [...s];
  if (cps.length < 2 || isMoveWord(s)) return '';
  return cps.length > MAX_LABEL ? cps.slice(-MAX_LABEL).join('') : s;
}

const EACH = /各自|各(?![地國国種种界類类方位項项大行式樣样級级])/;
/** Whether the clause says the amount applies to each of several items (各自產生250億). */
export function saysEach(pre: string): boolean {
  return EACH.test(pre);
}

const PER = /每(股|桶|盎司|安士|噸|吨|手|單位|单位|份)/;
/** The thing a price is per when the clause says so before it (每股盈利0.5元 → 股). */
export function perUnitIn(pre: string): string | undefined {
  return PER.exec(pre)?.[1];
}
