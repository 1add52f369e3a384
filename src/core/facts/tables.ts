/**
 * Keyword tables, by what they name: indices by their usual code, commodities, currencies,
 * regions and economic aggregates, and the words of each measure and role. Both scripts.
 * These are the vocabulary of the financial pages, not of any one page.
 */
import type { LevelKind, Measure } from './fact';

/** Index names → code. Longer names first is not needed: matching takes the longest at a place. */
export const INDEX_NAMES: Readonly<Record<string, string>> = {
  HSI: '恒指 恆指 恒生指數 恒生指数 恆生指數 恒生綜合指數 HSI 港股大市',
  HSCEI: '國指 国指 國企指數 国企指数 恒生中國企業指數 恒生中国企业指数 H股指數 H股指数 企指 HSCEI',
  HSTECH: '科指 恒生科技指數 恒生科技指数 恒科指數 恒科 HSTECH',
  SSEC: '上證 上证 上證指數 上证指数 上證綜指 上证综指 上證綜合指數 上证综合指数 滬指 沪指 滬綜指 沪综指',
  SZI: '深證成指 深证成指 深成指 深證成份指數 深证成份指数',
  CSI300: '滬深300 沪深300 滬深三百 沪深三百',
  CHINEXT: '創業板指 创业板指 創業板指數 创业板指数',
  STAR50: '科創50 科创50',
  DJI: '道指 道瓊斯 道琼斯 道瓊斯指數 道琼斯指数 道瓊斯工業平均指數 道琼斯工业平均指数 杜指',
  IXIC: '納指 纳指 納斯達克 纳斯达克 納斯達克指數 纳斯达克指数 納斯達克綜合指數 纳斯达克综合指数 Nasdaq NASDAQ',
  SPX: '標普 标普 標普500 标普500 標準普爾500 标准普尔500 S&P500',
  N225: '日經 日经 日經平均指數 日经平均指数 日經225 日经225',
  KOSPI: '韓國綜合指數 韩国综合指数 韓綜指 韩综指 KOSPI',
  TWII: '台灣加權指數 台湾加权指数 台股加權指數 加權指數 加权指数',
  DXY: '美匯指數 美汇指数 美元指數 美元指数',
  FTSE: '富時100 富时100 英國富時 英国富时',
  DAX: '德國DAX 德国DAX DAX',
  VIX: '恐慌指數 恐慌指数 VIX',
};

export const COMMODITY_NAMES: Readonly<Record<string, string>> = {
  gold: '黃金 黄金 金價 金价 現貨金 现货金 期金 金條 金条',
  silver: '白銀 白银 銀價 银价',
  oil: '油價 油价 原油 紐油 纽油 布油 布蘭特 布兰特 WTI',
  copper: '銅價 铜价 期銅 期铜',
  gas: '天然氣 天然气',
  bitcoin: '比特幣 比特币 Bitcoin',
};

export const CURRENCY_NAMES: Readonly<Record<string, string>> = {
  usd: '美元 美金',
  hkd: '港元 港幣 港币 港紙',
  cny: '人民幣 人民币 離岸人民幣 离岸人民币',
  jpy: '日圓 日圆 日元 日幣 日币',
  eur: '歐元 欧元',
  gbp: '英鎊 英镑',
  aud: '澳元',
  twd: '新台幣 新台币',
};

/** Markets as a whole, money moving between them, and bond markets. */
export const MARKET_NAMES: Readonly<Record<string, string>> = {
  'hk-market': '港股 本港股市 大市 港股主板 主板',
  'cn-market': 'A股 滬深兩市 沪深两市 兩市 两市',
  'us-market': '美股',
  southbound: '南向資金 南向资金 南下資金 南下资金 北水 港股通',
  northbound: '北向資金 北向资金 北上資金 北上资金 滬股通 沪股通 深股通',
  'us-treasury': '美債 美债 美國國債 美国国债 美國國庫債券 美国国库债券',
};

/** Places whose economy a figure may be about. */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  us: '美國 美国 美方',
  cn: '中國 中国 內地 内地 國內 国内 全國 全国',
  hk: '香港 本港',
  jp: '日本',
  ez: '歐元區 欧元区',
  eu: '歐洲 欧洲 歐盟 欧盟',
  uk: '英國 英国',
  world: '全球 世界',
};

/** Economic aggregates, by slug (prefixed by the region: us-gdp). */
export const INDICATOR_NAMES: Readonly<Record<string, string>> = {
  gdp: 'GDP 國內生產總值 国内生产总值 經濟增長 经济增长',
  cpi: 'CPI 消費物價指數 消费物价指数 消費物價 消费物价 通脹 通胀',
  ppi: 'PPI 生產物價 生产物价',
  pmi: 'PMI 採購經理指數 采购经理指数',
  unemployment: '失業率 失业率',
  payrolls: '非農 非农',
  'retail-sales': '零售銷售 零售销售 零售額 零售额',
  exports: '出口',
  imports: '進口 进口',
  'policy-rate': '聯邦基金利率 联邦基金利率 基準利率 基准利率 政策利率',
  lpr: 'LPR 貸款市場報價利率 贷款市场报价利率',
  hibor: 'HIBOR 拆息',
};

/** A central bank names its region (聯儲局 → us). */
export const CENTRAL_BANKS: Readonly<Record<string, string>> = {
  us: '聯儲局 联储局 美聯儲 美联储 聯儲 联储 Fed',
  cn: '人民銀行 人民银行 人行 央行',
  hk: '金管局',
  jp: '日本央行 日央行 日銀 日银',
  ez: '歐洲央行 欧洲央行 歐央行 欧央行',
  uk: '英倫銀行 英伦银行 英國央行 英国央行',
};

/** Words of each measure, nearest before a figure (or right after it: 250億美元的收入). */
export const MEASURE_WORDS: Readonly<Partial<Record<Measure, string>>> = {
  'target-price': '目標價 目标价 目標價格 目标价格 目標股價 目标股价',
  valuation: '估值 市盈率 市賬率 市账率 市銷率 市销率 PE PB',
  'market-cap': '市值 總市值 总市值',
  revenue: '收入 營收 营收 營業額 营业额 營業收入 营业收入 銷售額 销售额 收益 營業收益 总收入 總收入',
  profit: '盈利 利潤 利润 純利 纯利 淨利 净利 淨利潤 净利润 虧損 亏损 淨虧 净亏 蝕 盈虧 盈亏 經營溢利 经营溢利 溢利 每股盈利 EPS',
  turnover: '成交額 成交额 成交金額 成交金额 成交量 成交 交投',
  flow: '流入 流出 淨流入 净流入 淨流出 净流出 淨買入 净买入 淨賣出 净卖出 買入 买入 賣出 卖出 增持 減持 减持 北水 南向資金 南向资金 北向資金 北向资金 資金 资金 吸納 吸纳 沽出',
  yield: '收益率 孳息 孳息率 息率 股息率 殖利率 回報率 回报率',
  rate: '利率 息口 失業率 失业率 通脹率 通胀率 比率 毛利率 佔比 占比 比重 增長率 增长率',
  probability: '機率 机率 概率 可能性 機會率 机会率 或然率',
  stake: '持股 持股比例 股權 股权 持倉 持仓 持有',
  'change-percent': '升幅 跌幅 漲幅 涨幅 增幅 降幅 增長 增长 年化季率 季率 年率 按年 同比 環比 环比 按月 下滑 上升 下跌 回落 反彈 反弹',
  price: '股價 股价 價格 价格 金價 金价 油價 油价 銀價 银价 報價 报价 收報 收报 報 报 現價 现价 每股 招股價 招股价 發行價 发行价',
};

/** Level kinds: words right after the figure (大關, 之上, 歷史高位) are read before words before it. */
export const KIND_AFTER: Readonly<Record<LevelKind, string>> = {
  threshold: '大關 大关 關口 关口 關 关 之上 之下 以上 以下 水平 心理關口 心理关口',
  high: '歷史高位 历史高位 歷史新高 历史新高 新高 高位 高點 高点',
  low: '歷史低位 历史低位 新低 低位 低點 低点',
  target: '目標 目标',
  close: '收市 收盤 收盘',
};
export const KIND_BEFORE: Readonly<Record<LevelKind, string>> = {
  target: '目標 目标 上望 看 挑戰 挑战 目標價 目标价',
  threshold: '失守 重上 突破 跌穿 升穿 跌破 升破 企穩 企稳 站上 守住 收復 收复 逼近',
  high: '最高 高見 高见 創出 创出 衝上 冲上 一度升 曾升 高位',
  low: '最低 低見 低见 曾跌至 一度跌 跌至 低位',
  close: '收報 收报 收市報 收市报 收 收在 收於 收于 報 报 收盤 收盘',
};

/** Words that make a figure a forecast or expectation. */
export const EXPECTED_WORDS = '看 上望 預期 预期 預計 预计 預料 预料 預測 预测 預估 预估 估計 估计 料 有望 可望 將 将 目標 目标 會 会 市場預期 市场预期 共識 共识 應該會 应该会';
/** Words that make a figure the value before. */
export const PRIOR_WORDS = '前值 上次 上期 修訂前 修订前 原先 此前為 此前为 上月為 上月为 之前為 之前为 前一';
/** Words that make a figure what happened. */
export const ACTUAL_WORDS = '錄得 录得 實際 实际 公布 公佈 報 报 收報 收报';

/** Demonstratives that point back to the article's current topic. */
export const DEMONSTRATIVES = '該股 该股 該公司 该公司 該集團 该集团 本公司 該行 该行 該模型 该模型 該企 该企 該所 该所 該基金 该基金';

/** Suffixes of Chinese company names (航空, 銀行 …). */
export const COMPANY_SUFFIXES = '航空 銀行 银行 集團 集团 控股 地產 地产 置業 置业 保險 保险 證券 证券 能源 電訊 电讯 電力 电力 電器 电器 汽車 汽车 科技 醫藥 医药 藥業 药业 石油 石化 航運 航运 鋼鐵 钢铁 電子 电子 通訊 通讯 資本 资本 國際 国际 實業 实业 置地 酒店 礦業 矿业 傳媒 传媒 電信 电信 建設 建设 物業 物业 半導體 半导体';

/** Words that mark a company's shares: 東航港股, 騰訊股價. */
export const SHARE_MARKERS = '港股 美股 A股 H股 股價 股价 股份';

/** Split a table's space-separated words. */
export function words(list: string): string[] {
  return list.split(/\s+/).filter((w) => w.length > 0);
}
