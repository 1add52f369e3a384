/**
 * Word lists for telling a company name from the words around it. Traditional and Simplified
 * forms are both listed; pages come in either script.
 */

/**
 * Words that never sit inside a company name: when a run of Han text ends in a name, everything
 * up to and including the last of these is dropped (`推介騰訊` → `騰訊`, `AI概念股商湯` → `商湯`).
 */
export const CUT_WORDS: readonly string[] = [
  '包括', '例如', '比如', '譬如', '諸如', '诸如', '以及', '及其', '旗下', '其中', '心水股', '心水',
  '概念股', '龍頭', '龙头', '首選', '首选', '推介', '推薦', '推荐', '看好', '關注', '关注', '建議', '建议',
  '買入', '买入', '沽出', '賣出', '卖出', '增持', '減持', '减持', '持有', '收購', '收购', '入股',
  '報道', '报道', '報導', '表示', '指出', '宣布', '宣佈', '透露', '認為', '认为', '消息', '方面',
  '今年', '去年', '明年', '昨日', '今日', '昨天', '今天', '近日', '日前', '早前', '本周', '本週',
  '上周', '上週', '同時', '同时', '另外', '此外', '隨後', '随后', '港股', '美股', 'A股', '個股', '个股',
  '日股', '台股', '臺股', '韓股', '韩股',
  // Who rates a stock, before its name: 大行將騰訊控股（700）目標價上調.
  '大行', '券商', '投行',
  // What a broker does to a stock, before its name: 給予美光（MU）買入評級, 維持友邦（1299）目標價.
  '給予', '给予', '維持', '维持', '上調', '上调', '下調', '下调',
];

/**
 * One-character connectives. Inside a run one splits it only when at least two characters stand
 * on each side (`阿里巴巴和騰訊` → `騰訊`, but `信和置業` stays whole). At the start of a run
 * `和`/`同`/`跟` are kept (names begin with them: `和電香港`, `同仁堂`); see `LEADERS` for the rest.
 */
export const JOINERS: ReadonlySet<string> = new Set(['和', '及', '與', '与', '同', '跟', '或']);

/**
 * One-character words dropped from the start of a run when two or more characters follow and
 * the pair is not in `NAME_STARTS` (`如騰訊` → `騰訊`, `據小米` → `小米`, but `如家` stays).
 */
export const LEADERS: ReadonlySet<string> = new Set([
  '如', '據', '据', '而', '但', '由', '對', '对', '向', '將', '将', '把', '被', '即', '及', '與', '与', '或', '連', '连',
  '予',
]);

/** Names that begin with a connective or leading word: never stripped (`和電香港`, `如家`). */
export const NAME_STARTS: ReadonlySet<string> = new Set([
  '和電', '和电', '和記', '和记', '和黃', '和黄', '和美', '和輝', '和辉', '和泰', '和諧', '和谐', '和佳',
  '同仁', '同程', '同花', '同方', '同達', '同达', '同道', '如家', '如意', '由由', '將軍', '将军', '向日',
  '連連', '连连', '及時', '及时',
]);

/** Words that stand where a name would but name no company: the code is kept, the name is not. */
export const GENERIC_NAMES: ReadonlySet<string> = new Set([
  '公司', '該公司', '该公司', '本公司', '集團', '集团', '該集團', '该集团', '本集團', '本集团', '控股', '股份',
  '有限公司', '港股', '美股', 'A股', 'H股', '個股', '个股', '股價', '股价', '股票', '該股', '该股', '母公司',
  '子公司', '正股', '代號', '代号', '編號', '编号', '股份代號', '股份代号', '股票代號', '股票代码',
]);

/**
 * Last characters of words that measure, refer or connect: a bracketed number after one is a
 * quantity or a note (`人數（300）`, `見附表（123）`), not a stock code.
 */
export const NOT_NAME_END: ReadonlySet<string> = new Set([
  '數', '数', '量', '額', '额', '價', '价', '率', '幅', '值', '的', '了', '是', '為', '为', '在', '有', '約', '约', '共',
  '達', '达', '至', '到', '逾', '近', '超', '過', '过', '僅', '仅', '只', '計', '计', '第', '於', '于', '給', '给', '讓',
  '让', '被', '把', '將', '将', '向', '從', '从', '由', '對', '对', '按', '以', '及', '或', '與', '与', '號', '号', '頁',
  '页', '段', '條', '条', '款', '項', '项', '圖', '图', '表', '註', '注', '附', '見', '见', '碼', '码', '編', '编', '期', '章', '節', '节',
]);

/** Generic words that still stand for a company, enough for a bracketed code (`該公司（00215）`). */
export const COMPANY_WORD = /公司|集團|集团|該股|该股|控股|股份/;

/** Endings that mark a long run as a formal company name (`…股份有限公司（00670）`). */
export const COMPANY_ENDINGS: readonly string[] = [
  '有限公司', '公司', '集團', '集团', '控股', '股份', '銀行', '银行', '保險', '保险', '證券', '证券', '地產', '地产',
];

/** Characters that, ending the words before a bracketed 19xx/20xx, make it a year. */
export const TIME_CHARS: ReadonlySet<string> = new Set([
  '年', '月', '日', '於', '于', '在', '自', '至', '到', '由', '從', '从', '度', '季', '期', '初', '底', '末', '前',
  '後', '后', '起', '止', '迄', '週', '周', '報', '报', '版', '屆', '届', '書', '书',
]);

/** Latin words that, before a bracketed 19xx/20xx, make it a year. */
export const TIME_WORDS: ReadonlySet<string> = new Set(['since', 'in', 'year', 'fy', 'from', 'to', 'until', 'of', 'by', 'before', 'after']);

/** Units and measure words right after a bracketed number: an amount, not a code. */
export const UNIT_CHARS: ReadonlySet<string> = new Set([
  '萬', '万', '億', '亿', '元', '%', '年', '月', '日', '號', '号', '倍', '點', '点', '個', '个', '次', '間', '间',
  '隻', '只', '項', '项', '宗', '件', '秒', '條', '条', '架', '輛', '辆', '套', '歲', '岁', '頁', '页', '章', '屆', '届',
]);

/** Words that make a five-digit 1xxxx/2xxxx/5xxxx/6xxxx code a warrant or a CBBC. */
export const WARRANT_PATTERN = /牛證|熊證|牛证|熊证|牛熊|輪|轮|認購|认购|認沽|认沽|[購沽购牛熊][A-ZＡ-Ｚ]/;

/** How the name of an index or a bond ends: never a stock, whatever the brackets hold. */
export const INDEX_OR_BOND_END = /(?:指數|指数|指|Index|INDEX|債|债|債券|债券|票據|票据)$/;

/** How the name of an index begins (`滬深300`, `上證綜指`, `恒生指數`). */
export const INDEX_START = /^(?:滬深|沪深|中證|中证|上證|上证|深證|深证|恒生指|國指|国指|科創50|科创50|創業板指|创业板指)/;
