import { describe, expect, it } from 'vitest';
import { annotatePage } from '../annotate';
import { parsePage } from '../page';
import type { FigureFact } from './fact';
import { figureFacts } from './facts';

/** The facts of `text`'s figures, by the figure's text. */
function factsOf(text: string, pageDate = '2025-02-05'): [string, FigureFact][] {
  const page = parsePage(text);
  const annotations = annotatePage(page);
  const facts = figureFacts(page, annotations, { pageDate });
  return annotations.figures.map((f, i) => [f.text, facts[i]!]);
}

function factOf(text: string, figure: string, pageDate?: string): FigureFact {
  const found = factsOf(text, pageDate).find(([t]) => t === figure);
  if (!found) throw new Error(`no figure ${figure} in ${text}: ${factsOf(text, pageDate).map(([t]) => t).join(', ')}`);
  return found[1];
}

const REPORT =
  '港股午後回升。騰訊（00700）收報512元，升2.3%；美團-W（03690）收報168.2元，跌1.5%；小米集團-W（01810）收報88.65元，升4.1%。';

describe('subjects', () => {
  it.each<[string, string, string]>([
    [REPORT, '512元', 'HK:00700'],
    [REPORT, '2.3%', 'HK:00700'],
    [REPORT, '168.2元', 'HK:03690'],
    [REPORT, '1.5%', 'HK:03690'],
    [REPORT, '88.65元', 'HK:01810'],
    [REPORT, '4.1%', 'HK:01810'],
    ['恒指收報20225點，升438點。', '20225點', 'index:HSI'],
    ['恒指收報20225點，升438點。', '438點', 'index:HSI'],
    ['恒生指數昨日收報19,800點，國指收報7,200點。', '19,800點', 'index:HSI'],
    ['恒生指數昨日收報19,800點，國指收報7,200點。', '7,200點', 'index:HSCEI'],
    ['滬指收報3,250點，深證成指收報10,500點。', '10,500點', 'index:SZI'],
    ['美國第四季GDP增長2.3%，遜預期的2.6%，前值3.1%。', '2.6%', 'us-gdp'],
    ['美國第四季GDP增長2.3%，遜預期的2.6%，前值3.1%。', '3.1%', 'us-gdp'],
    ['上周五，金價收報2,650美元。', '2,650美元', 'gold'],
    ['OpenAI估值由1,570億美元升至3,000億美元。', '3,000億美元', 'openai'],
    ['南向資金昨日淨流入120億港元。', '120億港元', 'southbound'],
    ['阿里巴巴（09988）公布，去年收入9,410億元。該公司按年增長8%。', '8%', 'HK:09988'],
    // A rate is about its pair, whichever way the words run.
    ['美元兌港元報7.8。', '7.8', 'usd-hkd'],
    ['離岸人民幣兌美元一度報7.2850。', '7.2850', 'usd-cny'],
    ['USD/JPY 150.2', '150.2', 'usd-jpy'],
  ])('%s → %s is about %s', (text, figure, subject) => {
    expect(factOf(text, figure).subject).toBe(subject);
  });
});

describe('measures', () => {
  it.each<[string, string, string, string?]>([
    [REPORT, '512元', 'price', 'close'],
    [REPORT, '2.3%', 'change-percent'],
    ['恒指收報20225點，升438點。', '20225點', 'level', 'close'],
    ['恒指收報20225點，升438點。', '438點', 'change'],
    ['恒指收報20225點，升438點或2.2%。', '2.2%', 'change-percent'],
    ['恒指失守20,000點大關。', '20,000點', 'level', 'threshold'],
    ['恒指曾跌至19,500點。', '19,500點', 'level', 'low'],
    ['花旗給予騰訊（00700）目標價600元。', '600元', 'target-price'],
    ['港股主板成交額1,800億元。', '1,800億元', 'turnover'],
    ['騰訊（00700）總市值4.7萬億元。', '4.7萬億元', 'market-cap'],
    ['南向資金昨日淨流入120億港元。', '120億港元', 'flow'],
    ['十年期美債孳息升至4.6%。', '4.6%', 'yield'],
    ['市場預期減息機會率為70%。', '70%', 'probability'],
    ['美元兌港元報7.8。', '7.8', 'rate'],
    ['阿里巴巴（09988）去年收入9,410億元。', '9,410億元', 'revenue'],
    ['公司去年純利120億元，按年增長15%。', '120億元', 'profit'],
    ['公司去年純利120億元，按年增長15%。', '15%', 'change-percent'],
    ['美國失業率升至4.2%。', '4.2%', 'rate'],
  ])('%s → %s measures %s', (text, figure, measure, kind) => {
    const fact = factOf(text, figure);
    expect(fact.measure).toBe(measure);
    if (kind !== undefined) expect(fact.kind).toBe(kind);
  });

  it('says who set a target price', () => {
    expect(factOf('花旗給予騰訊（00700）目標價600元。', '600元').setBy).toBe('花旗');
  });

  // A connective or adverb between the broker and its verb belongs to neither: 瑞銀則將 is 瑞銀's.
  it.each<[string, string]>([
    ['瑞銀則將騰訊（00700）目標價上調至600元。', '瑞銀'],
    ['美银则将腾讯（00700）目标价上调至600元。', '美银'],
    ['摩根士丹利亦將騰訊（00700）目標價定為600元。', '摩根士丹利'],
    ['高盛再將騰訊（00700）目標價上調至600元。', '高盛'],
    ['瑞銀再度上調騰訊（00700）目標價至600元。', '瑞銀'],
    ['野村同時將騰訊（00700）目標價上調至600元。', '野村'],
    ['花旗亦維持騰訊（00700）目標價600元。', '花旗'],
    ['中金則認為騰訊（00700）目標價為600元。', '中金'],
    ['匯豐則指騰訊（00700）目標價為600元。', '匯豐'],
    ['麥格理預期騰訊（00700）目標價可達600元。', '麥格理'],
    ['麦格理则预期腾讯（00700）目标价可达600元。', '麦格理'],
    ['大摩亦認為騰訊（00700）目標價應為600元。', '大摩'],
    ['富瑞仍然維持騰訊（00700）目標價600元。', '富瑞'],
    ['而交銀國際也將騰訊（00700）目標價上調至600元。', '交銀國際'],
  ])('%s: set by %s', (text, who) => {
    expect(factOf(text, '600元').setBy).toBe(who);
  });
});

describe('roles and dates', () => {
  const GDP = '美國第四季GDP增長2.3%，遜預期的2.6%，前值3.1%。';
  it.each<[string, string, string, string | undefined, string?]>([
    [GDP, '2.3%', 'actual', '2024-Q4', '2025-02-01'],
    [GDP, '2.6%', 'expected', '2024-Q4', '2025-02-01'],
    [GDP, '3.1%', 'prior', '2024-Q3', '2025-02-01'],
    ['上周五，金價收報2,650美元。', '2,650美元', 'actual', '2025-01-31', '2025-02-05'],
    ['恒生指數昨日收報19,800點。', '19,800點', 'actual', '2025-02-09', '2025-02-10'],
    ['公司預計2026年收入將達500億元。', '500億元', 'expected', '2026'],
    ['OpenAI上一輪融資發生在2024年10月，彼時估值達到1570億美元。', '1570億美元', 'actual', '2024-10'],
    ['龍年恒指升4478點。', '4478點', 'actual', '2024-02-10/2025-01-28', '2025-02-01'],
    ['分析師看上證指數4000點。', '4000點', 'expected', undefined],
  ])('%s → %s is %s, %s', (text, figure, role, date, pageDate) => {
    const fact = factOf(text, figure, pageDate);
    expect(fact.role).toBe(role);
    expect(fact.date).toBe(date);
  });

  it('carries a paragraph’s day to the sentences after it', () => {
    const text = '3月21日，恒指收報20,000點。\n\n國指收報7,000點，升1%。';
    expect(factOf(text, '7,000點', '2025-03-22').date).toBe('2025-03-21');
  });

  it('makes the parts of a stated whole parts of its subject', () => {
    const text = 'OpenAI預計2029年收入將達1000億美元。其中，ChatGPT收入為500億美元。';
    const part = factOf(text, '500億美元');
    expect(part).toMatchObject({ subject: 'openai', measure: 'revenue', date: '2029', role: 'expected', part: 'ChatGPT' });
  });
});
