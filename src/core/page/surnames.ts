/**
 * Common Chinese surnames, Traditional and Simplified forms, single and compound. A bare short
 * line near the top of an article is an author's name only when it starts with one; otherwise
 * `小標題`-like subheads would read as bylines.
 */
const SINGLE =
  '王李張张劉刘陳陈楊杨黃黄趙赵吳吴周徐孫孙馬马朱胡郭何林高羅罗鄭郑梁謝谢宋唐許许韓韩馮冯鄧邓曹彭曾蕭萧肖田董袁潘于蔣蒋蔡余杜葉叶程蘇苏魏呂吕丁任沈姚盧卢姜崔鍾钟譚谭陸陆汪范金石廖賈贾夏韋韦付方白鄒邹孟熊秦邱江尹薛閻阎段雷侯龍龙史陶黎賀贺顧顾毛郝龔龚邵萬万錢钱嚴严覃武戴莫孔向湯汤麥麦岑區区游翁植甘温溫洪伍關关霍鄺邝歐欧凌柯施殷冼莊庄車车駱骆祝阮勞劳容尤湛卓顏颜康畢毕尚傅易樊喬乔賴赖' +
  '紀纪簡简鄔邬利練练甄鮑鲍連连包池巫倪滕祁聶聂晏柳樂乐齊齐童管裴左成文符曲寧宁談谈苗費费單单季屈翟焦應应安華华雲云俞路閔闵梅藍蓝葛谷盛戚郁鐘钟岳尹闞阚饒饶屠辛聞闻';

const COMPOUND = ['歐陽', '欧阳', '司徒', '上官', '諸葛', '诸葛', '司馬', '司马', '皇甫', '公孫', '公孙', '尉遲', '尉迟', '東方', '东方', '慕容'];

const singles = new Set(Array.from(SINGLE));

/** Length of the common surname a run of Han characters starts with (2 for 歐陽), or 0. */
export function surnameLength(name: string): number {
  if (COMPOUND.some((c) => name.startsWith(c))) return 2;
  const first = name.codePointAt(0);
  return first !== undefined && singles.has(String.fromCodePoint(first)) ? 1 : 0;
}
