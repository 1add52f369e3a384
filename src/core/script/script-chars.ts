/**
 * Characters that occur in only one script, the 300 most frequent of each in OpenCC's phrase
 * table (STPhrases, with Hong Kong variant forms applied to the Traditional side).
 *
 * A character is Simplified-only when STCharacters maps it to something else and it is neither
 * a Traditional character (a key of TSCharacters, a target of STCharacters, a character of any
 * Traditional phrase) nor a Hong Kong variant form (群, 着…). Traditional-only is the mirror:
 * TSCharacters maps it away, and it is no Simplified character (a key of STCharacters, a target
 * of TSCharacters, a character of any Simplified phrase). So 后, 干, 里, 台, 着 and 群, written in
 * both scripts, count for neither. `script-chars.test.ts` re-checks every entry against the
 * converters.
 */
export const HANS_ONLY =
  '发来当别复个药团术尽恶钟学烟国儿无极苏历头录风尔会针并体县电参区挂气马荡数统动机摆过须时门为开汇签语' +
  '长书罗进标没亚师车业纤获点关线维坛计战黄两报鉴闲围转东难见说兰图艺红结单湾联赞龙庄满经乐规达场记阳义' +
  '内节戏对炼词传声带脏调军实运变现产饥连选链号应兴鱼争丝张弥费飞双纳华员积异杂陈穷专备断类归莱资鲁处组' +
  '网卖赛乌铁权离这间尝乡萨话远众岛脚钱乱从层论证弹欧状观亲压导换叹树盘约绝队麦将纸铲银济笔贝剂杀汉画视' +
  '奥脑识农医卤际雾还齐净旧灯纪鸡扬细质轮问劳辞仑伦圣宁伤条热爱独环级装课与兹养总梦诺镇决圆奖横输买击敌' +
  '试货镜务态楼礼编阴库径织肠补许丽响盖馆综绿脉读贵销顾饭剧听摇牵虚设访边齿举势园宝岁怀拨枪检欢诗谋负财';

/** See {@link HANS_ONLY}. */
export const HANT_ONLY =
  '發後來當萬雲裏別藥團個幾術葉遊惡盡價學種髮煙範國鐘黨兒蟲無極勝麪幹蘇餘頭錄風鬥準製復爾會針衝縣體電豐' +
  '區歷廠掛參氣佔馬數統動機複過擺並劃採徵時傑門為開鬆據語長書羅塗進標沒亞佈師車願業點沖關維線蕩纖週計戰' +
  '獲黃兩適係報捲樑匯圍轉東閒迴難見説圖簽蘭鑑藝蠟曆紅結繫醜單灣聯龍滿穀經莊錶桿樂規達隻場壇記屍櫃陽內捨' +
  '節義戲確對詞傳聲帶須鬚鬱強調實軍運現變產連選應號興魚爭築張絲費飛兇納雙紮華託誌員盪積慾異陳雜羣併煉窮' +
  '備專彌斷類歸萊資鏈魯組網處賣賽枱烏鐵樸權這間離讚薩話遠鄉島弔眾腳錢飢亂層從論證彈歐狀觀壓導換親樹盤約' +
  '絕隊麥僕剋將巖紙銀濟筆貝劑殺漢畫視臟註奧腦誇識農醫鹹際霧鬍還齊淨燈紀舊雞問揚細質輪鏟勞辭倫昇聖薑傷孃';
