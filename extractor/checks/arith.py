"""The arithmetic rules: each relation a document states, evaluated by extractor/arithmetic.py
with the interval rule, becomes a finding when it fails. A figure written in 元 among 万元 figures
that only closes its relation when read as 万元 becomes a UNIT001 finding instead; one slip that
breaks several relations is reported once.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Iterable

from extractor.arithmetic import (
    UNIT_FACTOR,
    Interval,
    Outcome,
    evaluate,
    evaluate_readings,
    factor,
    fmt,
    half_unit,
    readings,
    terms_of,
)
from extractor.checks.context import CheckContext
from extractor.checks.findings import make_finding
from extractor.checks.registry import RULES, define
from extractor.model import Figure, Finding, Relation

# The rules evaluated here. Their finders live in extractor/relations/.
_DOCS = {
    "SUM001": ("sum", "error", "parts-exceed-total", "Parts listed after 其中/包括 add up to more than their total (or differ from it when the list is complete).", """
        What it checks: the parts a total is broken down into against that total: "总额T，其中：A a、B
        b…" → a + b + … ≤ T. The parts may be a partial list, so only a sum of parts above the total is
        inconsistent, unless the list is complete: then the parts must equal the total, a + b + … = T. One
        part after 其中 is checked too: it cannot exceed its total.

        **Where a list is found**

        - A list opened by a colon whose opening words name an earlier amount of the paragraph breaks that amount down,
          not the one just before ("地方留成117842.35万元。…统筹资金13676.82万元。…拟对2017年度地方留成公益金分配如下：…").
        - A partition opening its paragraph may break down an earlier amount of the last paragraphs that its parts make
          exactly ("全县入库财政收入113232万元…。" "县本级财政收入97164万元…。" "按征收部门划分：国税a；地税b；财政c", a + b + c =
          113232).
        - The parts follow 其中 or 包括/分别为/主要用于/资金的来源为…, or are written "T由N个部分构成：一是…"
          or "T中，A a，…", in brackets, or as a list opening the next sentence, when that sentence comes
          right after the total's.
        - A sentence opening with the whole it breaks down: "“三公”经费支出决算中，A a；B b", the whole stated
          before in a sentence naming no other year — named so, or the one amount of the sentence right before whose
          words say what the whole says ("…共挤占挪用…专项经费1.15亿元。挤占挪用的资金中，…": four characters alike).
        - Numbered or plain paragraphs after a paragraph ending in 其中：/具体情况如下： ("（一）因公出国
          （境）费0万元…" "（二）…"); a numbered item begins even after an item written without a full stop,
          "2.上级补助收入0万元".
        - A sentence opening with 两项合计 (三项合计, …) adds up the last as many amounts of its paragraph ("…收缴入库
          1516394万元。此外，…还包括…1713845万元。两项合计，…为3230239万元").
        - Sentences of one paragraph opening with 一是、二是… or 1、2、… break down the one amount of the sentence
          before the first ("上级下达转移支付收入32.15亿元。一是返还性收入2.43亿元。二是一般性转移支付收入29.72亿元"),
          each by the amount it opens with; so do (1)、(2)…: "国有企业营业总收入A。(1)中央企业a…。(2)地方国有企业b…" — a
          list of two parts naming 中央 and 地方 is complete (A = a + b).
        - A paragraph opening with 其中 right after a numbered item breaks down that item's amount ("(二)用于
          竞技体育支出14,915.00万元。" "其中:用于举办…289.00万元;…").
        - A list opening the sentence after one that states a budget and what was spent breaks down the amount
          of its parts' stage — spending when they name none ("…支出预算为44.52万元，实际支出决算为22.62万元。
          其中公务接待费为20.10万元；公务用车运行维护费为2.52万元": of 22.62); not when the parts name both
          stages themselves.
        - Parts each followed by a bare share, the shares making 100% within their rounding, name every part: the list
          is complete even when two amounts before it could be its total ("收入合计192.01万元，…主要原因是…经费29.01万元。
          其中：财政拨款收入113.68万元，占59.2%；事业收入78.3万元，占40.8%").
        - A second 其中 after the one part of a first may break down the outer total as well, and so may one in a
          list opening its sentence, of the total of the sentence before ("一般公共预算总收入208852万元。其中：一般预算
          收入20707万元，…，其中：税收收入8059万元，非税收入12648万元，上级补助收入147757万元…": each a reading).
        - A list opening the sentence after another list ("1.按功能分类，包括a、b、c、d。2.按用途分类，包
          括e、f、g") breaks down what the first one's parts add up to.
        - After a sentence listing a part ("支出完成A。其中：民生支出完成a，占总支出的p%。具体支出分科目
          为：…"), a list may be of that part or of the whole (a partial one proves nothing then).
        - A sentence opening with 主要是/主要有 lists the main parts of the amount of the sentence before ("…
          支出完成14179万元。主要是其他支出5683万元，占比40%，…"): never more than it, and 其他… ends a
          complete list only as its last part. So does 主要是 right after an amount in its sentence, up to ；
          ("一般性转移支付收入1937万元，主要是体制补助收入150万元，结算补助收入1745万元，其他…42万元；专项…"), but not
          after a change or its rate (what it says explains the change), nor opening a reason (主要是受疫情冲击…).
        - An amount of the sentence before found again among the parts of a list opening the next is one of
          them, not their total.
        - Of an income and a spending in the sentence before, a list opening the next breaks down the one of its
          parts' flow ("财政拨款收入5130.97万元，财政拨款支出5130.97万元，比上年增加553.15万元。其中：基本支出
          4965.23万元，…；项目支出165.74万元" → the spending).
        - A list in an unnumbered paragraph after numbered items (…3.财政专户支出a。 then "主要支出情况：…")
          is of the whole again, not of the last item; so is what 加上 adds to ("收入预算数为A。" "1.利润收
          入a…" "2.股利收入b…" "加上结转c，收入总量C" → C = A + c).
        - A list whose total is followed by a whole named without an amount before the marker is of that whole
          ("本级和8个事业单位以及各级调查队，其中，省级调查总队32个…": not of the 8).
        - A list whose marker follows words of its own sentence ("所有项目均开展了绩效自评，其中…") is not of
          the sentence before.
        - A colon right before a figure labels it ("总投资及资金筹措：398万元，资金来源…370万元，…28万
          元" → 398 = 370 + 28); a colon opening a paragraph ("分部门完成情况：…") lists what its words name,
          not the paragraph before's amount.
        - 其中 after a verb is no marker ("审计抽查其中143宗"), and a list marker whose words end at ； ("使用
          范围包括老年公寓、…等；用于社区公益类a") opens no list of the amounts after it.
        - A 分别 list breaks down what its own part of the sentence names ("…162.3亿元；而秦皇岛和张家口…分别
          为a和b": not parts of 162.3).
        - Amounts in brackets right after an amount are its parts ("教育经费64469万元（教育事业费61554万元，基
          本建设经费2569万元，教育费附加346万元）", and after the comma too: "…支出29.95万元，（…补贴27.24万元，…）"); not a bracket that tells how the amount came about, a
          part equal to the total beside others: "预算数为A（年初预算数a，由于机构调整追加到A）". So are counts
          of the count's unit ("总人数6115人（在职3990人、退休2111人、离休14人）"); a bracket closes where it closes,
          whatever follows ("行政42人（含工勤6人）、事业人员30（含工勤6人）": one part of 42).
        - Bare shares in brackets with no marker of their own are of the amount right before the brackets, whatever list
          that amount is in ("…，其中公用经费支出136011.19元（办公费27465.6元，占20.2%；…）": of 136011.19).
        - Groups of several parts between semicolons are breakdowns of their own, each within the total ("其
          中，一般债务a，专项债务b；政府债券c，非政府债券d"), and each making it when two of them make it ("其中，
          为一般户326人发放a，为脱贫户74人发放b；为县内转移就业211人发放c，…"); the semicolon may stand between a
          part and a count of the next ("…，投入资金1031.3万元；教育扶贫26.7万元" is one list with the part before).
        - Parts of another kind or unit than the list's first part take their total from the marker's own
          ；-part only ("…配套建筑物5座；巷道硬化0.93千米，其中…0.19千米…；…配套建筑物88座，其中排水阀
          井21座…": of 88座, not of 5座).
        - Parts that begin with the qualifier their whole names end before one that does not ("新增债务限额T，
          其中：新增一般债务限额a，新增专项债务限额b；调整使用专项债务限额c": a + b = T).
        - Bare 万 items of a money list (340万、120万、85万元; named items too: "殡仪馆设备购置50万、农村公益性公墓建设
          60万、购买社会组织服务项目64万元") are 万元.

        **Where a list ends**

        - At a class its whole does not hold (patterns/relations.toml `not_held`: grain holds no 油料, 棉花, 蔬菜…):
          "全年粮食播种面积85.76千公顷。其中稻谷播种面积78.06千公顷；油料播种面积44.86千公顷；棉花…".
        - After parts that each say what the total was used for (其中用于…), an item after ； that says no use and alone
          exceeds the total is beside it: "违规使用资金26.93亿元，其中用于建房买车5837.4万元；不规范管理资金45.75亿元；…".
        - After ；, an item written without the share each part before it has, named with nothing of the total's or the
          parts' names and no category of money, is another topic ("一般公共预算支出840.5亿元，其中，民生支出652.1亿元，
          占全部支出的77.6%；社会消费品零售额2229亿元": 消费 is no 费); not 其他…, nor an item that makes the total. So
          is such an item, shares or not, that alone exceeds the total ("完成固定资产投资额36.59亿元，…其中工业性投资完成
          86229万元；实现社会消费品零售额116.8亿元"), and after a comma an amount of money opening with 共, a total of its
          own ("实现总产值117725.2万元，其中，建筑工程产值117382.7万元，共签订合同额215077.4万元"; a part written ten times
          over, "其中一、二、三产业分别实现49.3亿元、708亿元、134.2亿元", is still summed).
        - 每年 names a year's amount, no rate ("集体经济收入主要为种猪场分红每年15万元、场地租金10万元…，共计43.75万元").
        - An amount opening its ；-part, its words after it ("…，其中：福州9.55万元、宁德1.34万元；109.11万元结转到2019年度
          继续使用"), after parts named before their figures that make the total, is another use of the whole.
        - Parts each named like one of the plain amounts side by side before the list ("全省国有企业实现营业收入A，利润总额B，
          上缴税费C；其中，省本级国有企业实现营业收入a，利润总额b") break those amounts down one by one: a ≤ A, b ≤ B,
          not a + b ≤ C (a stage, 完成年初预算, names no measure; nor are the parts of an earlier list such amounts).
          The amounts may stand in earlier ；-parts than the last ("营业收入A，同比…；利润总额B，…；上交税费C，…；其中，…营业收入a").
        - An item after ； written with its share, as its total is, is the total's sibling: the list ends before it
          ("固定资产724亿元，占18.3%，其中：房屋…价值495亿元，车辆…价值13亿元；在建工程348亿元，占8.8%"); so is an item
          after ； of a series the total belongs to, each item with the same rate after it ("城镇新增就业2.85万人，完成全年
          任务118.53%；再就业1.45万人，完成全年任务120.96%，其中困难人员4589人…；转移就业5.16万人，完成全年任务…").
        - A part opening with the period word its whole opens with, where the first part does not, begins a new
          statement ("全年粮食总产量59.28万吨。其中，稻谷产量55.32万吨；全年棉花产量4436吨…": 棉花 is no grain; "年末
          各项存款余额266.89亿元，其中住户存款余额209.29亿元；年末各项贷款余额140.92亿元"), or, after ；, with the words the
          whole opens with and ends with its head noun where no part opens so ("金融机构本外币各项存款余额288.06亿元…。其中住户
          储蓄存款余额208.02亿元…；金融机构本外币各项贷款余额113.71亿元"); so does a part named as a total
          of the whole's measure when the whole is not ("油料作物产量14.5万吨，其中油菜籽11.1万吨；蔬菜及食用菌总产量49.9万吨").
        - A complete list may go on with a part that opens a list of its own ("按支出功能分类：工资福利支出213.89万元；…；
          项目支出74万元，其中五项经费28万元，…": a reading with 项目支出).
        - A list opened by a colon right after a count lists the things counted ("…青莲镇70万元；争创省级示范村8个：
          大堰镇稻香村70万元、…"): no part of an amount before the count.
        - A list whose items are numbered (其中：1、…a；2、…b; 一是…；二是…) goes on over its numbers; an
          enumeration's next item ("…；三是上年结余结转收入4万元") ends the list of the one before.
        - An enumeration its conjunction closed ends at the next comma ("其中，上级补助收入a、调入资金b和上年
          结转收入c，债务收入d": d stands beside the list's total); without 和 the list may go on: "基本工
          资a、绩效工资b，医疗保险缴费c".
        - A part named 其他… is the last of its list, but 其他… is no last part when numbered items go on
          after it ("4.其他收入0万元" "5.用事业基金弥补收支差额0万元").
        - A list of income ends where the sentence turns to spending ("收入A，其中保险费a，补贴b；支出B…；结
          余c").
        - A list of a budget's parts ends at what was done with it ("批复总投资564万元，其中：财政资金投资555万元，投工
          投劳折资9万元；实际到位财政资金555万元").
        - A second partition after ； ends the list ("其中，一般债券5210亿元，专项债券3741亿元；按用途划分，新增债券364亿
          元，再融资债券8587亿元"), and may break down the whole the first one did (8951 = 364 + 8587).
        - A part the words before it put inside an earlier part ("中长期贷款935.7亿元，中长期贷款中个人消费贷款
          414.2亿元"; "其中教育支出a，高等教育在教育支出中占比最大，b") is within that part, not beside it.
        - A yearly average (年均, 月均, 日均) is no part ("…4.55亿元，其中税收收入3.54亿元；…收入年均达3.35亿元"; but
          2022年均衡性转移支付 names no average).
        - An adjustment of the whole alone in its clause ends the list ("…孤儿基本生活保障金11万元，调减40万
          元，全年实际下达71万元").
        - When the first three or more parts make the total exactly, the amounts after them are of another
          measure, or the total written again ("总投资61.8万元，其中中央30.9万元，县级30.9万元，中央下达资
          金61.8万元").
        - Such an amount of another measure is named by the total's head noun where the first parts are not
          ("财政收入29612万元，其中，国税11765万元；地税14796万元；财政3051万元；实现地方一般预算收入19401万
          元"), named unlike the first parts where those are named alike ("彩票销量8.47亿元，其中，福利彩票销
          量4.04亿元，体育彩票销量4.43亿元，共为国家筹集彩票公益金2.31亿元"), or opens and ends as the total
          does where no first part does ("上级财政补助收入3292万元，其中：…960万元、…4万元、…2328万元，上级补
          助收入（基金）278万元").

        **When a list is complete**

        - It ends with 其他….
        - Its parts are every part of a domain identity or of a known partition such as 决策/过程/产出/效益,
          or 一般公共预算/政府性基金/国有资本经营 of a 财政拨款 total (not of a 收支总计, which holds the
          carry-over).
        - It is opened by 按…划分, or by 分项目看, 分税种看…, which opens a list of the part right before it;
          opening a sentence, it may break down what its parts' names end with instead: "从征收部门看：税务部
          门组织地方收入a；财政部门组织地方收入b" of the 地方一般预算收入 stated before. A second partition of the
          sentence breaks down what the first one does, not the first one's last part ("社会消费品零售总额68.0亿元。
          按所在地分，城镇34.59亿元；乡村33.41亿元；按消费形态分，餐饮3.50亿元，商品零售64.50亿元": 68.0 twice).
          (从主要税种看, 从重点行业看 open the main items only: "税收收入240.9亿元；从主要税种看，增值税、企业所得税、
          个人所得税分别为a、b和c" needs a + b + c ≤ 240.9.)
        - What it leaves out is said to be nil (…，无因公出国（境）费).
        - Lists naming the same items in the same order are complete together: when one adds up exactly ("完成
          预算资金1329120.67元，其中村级组织运转439120.67元，…"), the other must too ("申请预算资金2026400元，
          其中村级组织运转400000元，…" of the same five items adding up to 1740000元 is an error).
        - Parts whose shares of one whole add up to 100% make up that whole, wherever the sentences put them
          ("政府采购预算A。其中：集中采购a，占政府采购预算的52.55%；…。分散采购b，占政府采购预算
          的47.45%" → A = a + b), unless a list of the whole names more parts than have shares (经营支
          出14,694.4万元 beside 59.2% and 40.8%: its share rounds to nothing). A whole broken down twice (基本支出
          7.55% and 项目支出 92.45%; in the next paragraph 教育支出 100%) is made up by the shares of each paragraph.
        - A partition after a list (按支出功能分类：…) adds up to the first list's own parts, not what they
          include (包括：人员经费…).
        - A list of the classes (类) of the functional classification (named with their stage too: 社会保障和就业支出预算)
          that also names one 款 or 项 ("公共安全
          支出14007.53万元；其他监狱支出553.40万元；社会保障和就业支出…") holds that item inside a class: the
          classes alone may make the total — or, when the list is partial, be within it, the one other item an aggregate
          they are inside ("其中：民生支出24.15亿元，…卫生健康支出2.52亿元，…教育支出6.73亿元").

        **When a list is partial**

        - A list that skips an item counted in another unit is partial ("业务科室19个，其中门诊2所，精神科病区7个，…，医技及其他
          辅助科室5个": 门诊 is a 科室 too).
        - A list cut after its last ； in mid-name ("…；其他收入7000万元；上年结" and the page ends) is partial,
          whatever closed it.
        - 从…结构来看 before a total that is itself an item of its list (after ；, or stated as a share: "从资产结构来看，
          固定资产332亿元，占资产总额32.4%，其中：…") opens that list, not the one inside the item.
        - A list whose item holds a change word inside its name ("…相应减少调出资金0.54亿元，其他…") is not
          known to be complete; one whose item counts over the years (累计达到…) or is set beside it (另外有…;
          此外 once the parts made the total: "其中：财政拨款收入2,020.55万元，占100.0%；此外，年初结转和结余34.78万元")
          breaks off there or leaves that item out.
        - A list of counts whose items go without a count ("其中：基础设施类项目15个，投入资金a；…；教育扶
          贫c、贴息d，其他项目1个e") is partial whatever closes it.
        - A list the document breaks off in mid-item ("…，财政专户管理的资金安排3345390元，单位" and no more:
          a page cut short) is partial whatever opened it.
        - An item adjusted down among the parts ("下达资金1.53万元，其中：…补偿资金调减2.66万元，造林补
          助2.42万元，公益林补助2.88万元") takes off the total, so the other parts of such a partial list may
          exceed it.
        - Parts that each restate their total ("下达23个县…。其中，…由23个县统筹…；…支持23个县…") break
          nothing down.
        - An item whose amount lost its unit ("其中：上级补助收入207574041.31，利息收入378153.6元，…") was not read: the list
          is partial. A whole one of whose parts named like it is negative holds none of the others alone ("当年收支结余
          1956.40万元；其中统筹基金…结余2201.47万元；个人账户基金…结余-245.07万元").
        - Paragraphs that each open with an amount, not numbered, may end where their first ones make the total ("支出总量A。
          其中：" / "区本级…支出a…" / "乡镇级…支出b…" / "年末…结转下年支出c。": a + b = A is a reading); numbered ones are all
          parts.
        - A list ending in 等 names only some parts, even when its last item is 其他… ("…，长期待摊费用6,036.06万元，其他
          非流动资产1,411.01万元等").
        - A grand total (收入总计, 支出总计) holds the carry-over too: its list of income or spending classes, even ending
          in 其他, is partial unless it names a 结转/结余 ("收入总计40,672,288.65元，其中：财政拨款收入…，其他收入3,689.60元"
          may leave out 7,083.25元 carried in); shares adding up to 99.98% make no list complete, only 100% as written.
        - People listed by an attribute (学历, 职称) may be of a wider count before the total in its sentence ("在岗职工
          93人，有在职在编70人，临聘人员23人，其中大学本科学历60人…": each held to 93 as well as to 23).
        - The words between the total and the marker may introduce another list: a number stated in the marker's own
          ；-part ("…合计383.9万元；租赁订单共7921单，其中…"), averages named and listed (车均…多在2万至4万元，其中最高的…车均
          4.94万元), records of several measures each after a marker ("分行业看：农业类…总投资a，…完成投资b；水利类…").
        - Records of several measures right after their total (；-groups of as many amounts each, or amounts whose names
          repeat in turn, one measure at least named word for word again) break down the measure the total names only:
          "审计结余资金87.68万元，分别为：A项目下达资金400万元，结余资金69.76万元；B…下达资金197.92万元，结余资金0.16万元；…"
          adds up the 结余资金; "收到直达资金A，支出B，…，其中：正常直达资金a1，支出b1，…，参照直达资金a2，支出b2，…" checks
          B ≥ b1 + b2. Alternating names of no measure repeated (上级补助收入, 调入资金, 债务收入, 上年结余资金) are a list.
        - A government's own revenue of the year (本年基金收入) holds no transfer or carry-over it goes on to ("其中：出让收入a，
          配套费收入b；上级补助收入c，加上年结余d，收入合计C"), nor do assets hold the liabilities after them ("资产A，其中：存款
          a，暂付款b；…负债（暂收款）c").
        - A list opening a sentence with a whole level of government (从资产构成来看，全县行政事业单位共有…) breaks down no amount of
          the sentence before that names another level or is a part itself ("其中，行政单位资产总额25.95亿元…").
        - A partial list of a quantity that may be negative in its other parts (利润总额, 净利润, 盈余; not 利润收入, an
          income) proves nothing: "利润总额10.31亿元，其中，市国资委系统企业利润总额24.15亿元" is no slip.

        **What is not a part**

        - Percentages are never parts; percentage points only in a list of them (contributions to a growth: "拉动增长3.2个
          百分点，其中工业2.1个百分点…"), not after amounts, where they compare a rate ("其中，财政性教育经费为2879.31亿元，…
          增幅高于全国增幅6.8个百分点" is no part of the 5.2个百分点 of the sentence before).
        - Amounts per head add up to nothing: under a heading or a lead-in naming them, or in a paragraph opening with a
          clause that names them ("各级教育生均一般公共预算教育事业费支出情况方面，幼儿园支出为5501.50元，…其中，高中…为
          20087.35元").
        - A carry-over (年初结转和结余) is no part of a year's 收入合计, only of a 收入总计 or of a total that counts its
          sources ("收入合计3,725.11万元…其中：财政拨款收入3,725.11万元，占100.00%；年初结转和结余43.76万元"); what is
          carried into next year is a part of a government's 预算总支出 or 支出总量 ("一般预算总支出4.03亿元，其中：本级支出
          2.03亿元，上解上级支出1.98亿元，结转下年179万元"), never what is left after 收支相抵 ("…上解上级支出c，收支相抵，
          年终结余d").
        - 占 inside a name makes no share: "区域间转移性支出购买耕地占补平衡指标1170万元" is a part (so are 占用…, 占地…,
          …占有).
        - A total written as a bound (超过了10亿元, 不少于5个) has no parts to add up; an amount said roughly (4.4余万元)
          has ("有34个县区的财政收入超过了10亿元，其中排名前十的县区财政收入都超过了20亿元").
        - The total written again in short after the parts closes the list ("…；上年结余转入5.69万元，合收入：535.76万元").
        - A balance whose parts are named 余额 leaves out what flowed in the year ("债务余额569282万元。其中：一类债务…
          余额555558万元，本年新增债券161485万元；二类债务…余额为10521万元；…": 161485 is no part).
        - The total named again after the marker is no part ("车辆一共4辆。其中，这4辆公车中机要通信用车占据3辆、其他用车1辆":
          3 + 1 = 4; 占据 is a verb here, not a share; "全区74个县…，其中74个县中…的县达36个").
        - The total is this year's amount, not last year's written inline after 与/比/较 ("一般公共预算收入89818万元，与
          2022年82956万元同比增长8.3%，其中：税收收入69581万元，非税收入20237万元"), nor the budget its completion rate
          names in its phrase, which is no part either ("总收入420761万元，完成调整后预算收入406480万元的103.5%，其中：地方
          收入275534万元，完成调整后预算收入267640万元的102.9%；上划中央收入145227万元…" → 275534 + 145227).
        - How many of a part did something, said in the part's own clause, is no part beside it ("已整改到位122个，…其中
          113个立行立改类问题已整改到位111个": 113 and 111 are not two parts of 122).
        - Parts written with decimals that make the total exactly are a partition of their own when the others are
          sizeable amounts of another breakdown ("全国发行销售彩票4220.53亿元。其中，乐透数字型彩票2273.37亿元，…福利
          彩票和体育彩票发行销售量分别达到1912.38亿元和2308.15亿元": 1912.38 + 2308.15 = 4220.53), when they are the list's
          first or set apart from its run (分别, a partition word, a ；) and the others are no larger than the total, as any
          part of a breakdown of it is ("合计2.0万元，其中A1.0万元、B2.8万元、C1.0万元" and "合计4.0万元，其中A1.0万元、B2.0万元、
          C2.0万元" are lists over their totals).
        - A figure said before the total and named again, same amount, at the end of its list is its sibling ("…聘用
          教师控制数4人。其中，在职在编人员91人，包括：…全额事业在职在编91人，聘用教师控制数4人": the list without it
          is a reading).
        - A part stated again on another basis is no second part ("其中，税收收入75.15亿元；同口径税收收入（剔除四大行业后）
          60.68亿元").
        - Thresholds (单价50万元以上, 限额标准…) and changes or shares stated of the total are not parts; a
          figure of a class (超200亿的高校, 收入过30亿元的县, 单价50万元以上) is no amount.
        - Nor is an amount after a direction word alone: "…，增72000元", "增(减)0元".
        - A value adjusted from ("其中：土地出让收入由年初预算的A调整为B") is no part; B is.
        - What was done with the whole ("资金A，其中项目管理费a，目前已拨付b") is no part of it.
        - Any amount named with 每 (每亩197元) is a rate per unit, no part (but 增加值, value added, is an
          amount).
        - A bound (均在300亿之下, 在120-170亿元之间) is no amount, nor is a milestone passed (突破2万亿元).
        - An amount written twice (a title repeated in its text) is no total of itself, nor is a part said
          again in its own ；-part with no name of its own ("缺口资金a，…，a将于竣工后支付").
        - Amounts per head (under a title or a lead-in line naming 生均/人均/平均…) are averages and make no
          list ("…生均…经费增长情况是：" "2.全省普通小学为a…其中，农村为b": b may exceed a).
        - Another budget's amount is no part of one budget's (政府性基金预算收入 after 一般公共预算收入's 税
          收, 非税).
        - A fiscal capacity (可用财力) is a whole of its own, never a part (a transfer named after it, 县级基
          本财力保障机制奖补资金, is one).
        - The parts of a gross amount are no parts of the net one ("资产总额A，…净资产C（行政单位资产a，事业单
          位资产b）": of A, not C).
        - What is carried over is no part of a spending (结转 of 支出) except of those that hold it: 转移性支
          出 ("转移性支出9.67亿元（其中：上解支出4.5亿元，安排预算稳定调节基金4.87亿元，结转下年0.3亿元）")
          and a unit's 支出总计.

        **What lies inside a part**

        - A part that a domain identity puts inside an earlier part is not beside it ("其中：地方一般公共预算收入
          12.16亿元；地方税收收入8.79亿元": 税收收入 is part of 一般公共预算收入).
        - What a part was used for or is mostly made of, or what it supports ("卫生健康908.05万元，主要用于贷
          款贴息50.00万元、…等；节能环保0.19万元", "一般性转移支付1937万元，主要是体制补助150万元，…；专项转移
          支付110万元") is inside that part, not beside it; when such detail goes on past ； and, with it, adds up
          to the part ("一般公共转移支付补助收入10.72亿元，主要为税收返还收入0.75亿元；一般性转移支付收入6.95亿元；
          专项转移收入3.02亿元"), the parts up to that one are a reading too. 主要 inside a name is no such word
          ("部级领导干部用车0辆、主要领导干部用车0辆、…其他用车7辆": a class of vehicles).
        - What a part contains after a clause opening with 含 ("上级补助收入a，含一般性转移支付b，专项c；…")
          or what it is namely (即：A a、B b) is inside it.
        - A part named like the one before it but of a narrower fund scope (国家财政性教育经费a，一般公共预算
          教育经费b) is inside it, not beside it.
        - What a use clause tells of the part before may end there, the list going on after it: "…其他商品和服务支出c，
          用于疫情防控方面，其他资本性支出d" is read both ways, d a detail of c or the next part (when the parts then
          make the total).

        **Lists that add up other roles (changes, budgets, stages)**

        - A complete list (or one its parts make up exactly: 一般公共预算支出456269 + 政府性基金预算支
          出70230 = 财政总支出526499) adds up the other amounts its total and every part state in the same
          role: their changes and their budgets (占年初预算B的… → B = B1 + B2).
        - Their changes add up (收入A，比上年减收d。其中：税收a，增收d1；非税b，减收d2 → −d = d1 − d2), in a
          sentence opening with the whole too: "财政拨款支出预算中，一般公共预算a，比上年减少d1；政府性基金b，
          与上年持平" → d = d1, a part 持平 with its base adding nothing, one whose change is unstated leaving
          them unchecked.
        - Changes alone make such a list when they name every part a domain identity gives the changed total
          ("财政拨款支出比上年增加d，其中：基本支出增加a，项目支出减少b" → d = a − b; the three 三公 items; a change of
          收、支 together, of either flow's parts: "收、支与上年相比，减少d，主要原因是基本支出减少a，项目支出减少b"),
          each named in its own clause or by its part's amount right before it (a part stated 持平 or 一致 changed by
          nothing, also in a later clause of its item: "公务用车购置及运行费决算数294万元，全部为运行费，与年初预算数
          一致"), or in a sentence opening with 其中.
        - A part may be named by its own parts (公务用车购置费 and 运行维护费); a list naming only some parts proves
          nothing. Parts compared with another base are another series, passed over ("较上年减少a，较年初预算减少b").
        - Changes in brackets right after a change break it down ("收入增加34008万元（债务转贷收入增加33988万
          元，上级补助收入增加20万元）"), exactly, or with 主要/等 only not to exceed it.
        - So do the changes a reason lists right after a change, all moving its way ("较2023年增加40.17万元，
          主要是一般公共预算拨款增加17.17万元，其他收入增加23万元": never more than it), a direction word before
          items joined by 、 being each one's ("调增102620万元，主要是调增上级补助收入83620万元、债务转贷收入19000万元");
          a change naming no base has parts naming none ("收入增加3627万元，其中：本级收入增加365万元（…）、上级补助收入
          增加3262万元"); the change stated again after them ("…等原因较上年预算总体增加1825257.28元"), or a change of
          the other flow's total ("…，支出决算数总计增加483万元"), ends the reasons. So do the changes a 其中 lists
          after a change, in its sentence or opening the next ("比预算超收3920.24亿元。其中，中央财政本级收入超收
          2542.47亿元，地方财政本级收入超收1377.77亿元"), past the change's rate and past sentences that only give
          reasons (主要是…); a change compared with two bases has a series for each, its parts compared as it is:
          "“三公”经费较上年减少15.29万元，下降49.88%，较年初预算数减少0.04万元。主要是…。其中：公务用车…较上年减少
          2.90万元，较年初预算数减少0.04万元；公务接待费较上年减少12.39万元，较年初预算数减少0.04万元" → 2.90 + 12.39
          ≤ 15.29, but 0.04 + 0.04 > 0.04. Where two changes before the list name no base the parts share, the one whose
          word they share (超收) is theirs; none when both share it.
        - Parts given at both budgets (年初预算, 调整预算) add up at the budget their total names ("完成调整预算272500万元…
          其中税收收入…完成年初预算251200万元…，完成调整预算252500万元…；非税收入…完成调整预算20000万元" → 252500 + 20000).
        - A list in brackets right after a change of money breaks down the change ("比人代会预算数增加60000万
          元（其中：旗本级58800万元，开发区1200万元）"), never an amount of a bracket closed before it; a
          change of people lists flows both ways: "增加2人（其中：新入职3人、调入3人、退休4人）".
        - A list whose parts are each given at two stages adds up at both ("支出预算数为A，决算数为B，其
          中：X预算数为a1，决算数为b1；Y预算数为a2，决算数为b2": b1 + b2 against B, and a1 + a2 against A).
        - Differences of the parts ("项目支出差异T，其中A差异a…") are checked too, and must add up exactly
          when they are the parts an earlier breakdown of the whole names.

        **Closing totals and 加/减去 sums**

        - What 加上 adds to is never a value adjusted from ("收入由2050000万元调整为1993224万元，…；加上转移性收入658181万元后，
          可用资金为2651405万元" → 1993224 + 658181).
        - A total that goes on to an enumeration of its own closes nothing ("…财政贴息440.62万元。共计拨付上级涉企
          项目资金1426.5万元、县级涉企项目资金38万元").
        - "收入A。加上…等B，收入总计C" (or what the year has to spend: 可用财力, 可供安排财力, 总财力, 可用资金, 可支配收入)
          is a complete list: C = A + B, or every amount before 加 plus B ("县本级财政收入A，动用预算稳定调节
          基金b，加上级补助收入c，可用财力为C"), a spending among them taken off ("…调入资金d，上解支出e，加上年结转f，
          可用资金C": C = … + d − e + f).
        - The amounts before 加 may start from the first amount of the sentence before ("全区完成一般公共预算收入A，…。上级
          转移支付收入b，…，上解支出e，加上年结转f，可用资金C": C = A + b + … − e + f).
        - What 加 adds to takes in the amounts of its own ；-part too, past a list the whole opened: "本年基金收入25.85亿元，其中：
          出让收入a，配套费收入b；上级补助收入3.09亿元，加上年结余6万元，收入合计28.95亿元" → 25.85 + 3.09 + 0.0006.
        - A 加 after a total of its own sentence (and of its flow) adds to that total: "…全县一般预算总收入442751万元，加上年
          结余7546万元，加调入资金199万元，再加动用预算稳定调节基金731万元，收入总计451227万元".
        - When 加 opens the sentence, A is the first or the last amount of the sentence before ("…扣减…1亿元，
          当年本级一般公共预算财力151.4亿元。加上…19.41亿元和…2.68亿元，年度可用财力C"); from the sentence
          before, A may be any of its first amounts: 预算数 or 决算数.
        - A is the whole a 其中 list of the sentences before broke down, not its last part, or the part right
          before 加 ("总收入A，其中地方收入a；加上级补助b，…，收入合计C" → C = a + b…); 加 ends A's list, and
          the words before 加 may name it, "根据上述地方财政收入，加…", at any stage its sentence gives ("本级支出年初
          预算数为48.9亿元，调整预算数为63.5亿元，决算数为64.1亿元。本级支出加上解支出1.2亿元…，支出总计71.9亿元": 64.1).
          Words naming a flow name an amount of that flow: after "…收入A，加上…b，预计总财力C。" the sentence
          "一般公共预算支出，加上…d，支出共计C" adds to no amount said, and is not read. 共 alone closes 加 too
          ("分配给…公益金a，加上以前年度结转的b，共C" → C = a + b).
        - An amount right after "加上…后，" is the sum so far, which a later 再加上 adds to: "支出50.92亿元。加上专项转移支付
          支出24.45亿元后，一般公共预算支出75.37亿元；再加上…转移性支出13.81亿元，支出合计89.18亿元" → 75.37 = 50.92 + 24.45 and
          89.18 = 75.37 + 13.81.
        - A list written as a formula, each item joined to the one before by + or −, is complete, an item after − taken off,
          whatever flow it names: "本级财力为51.44亿元，其中：一般公共预算收入41.14亿元+…+调入资金16.04亿元-上缴泉州4.05亿元
          -…-地方债券还本16.78亿元"; so is a part named by the opposite of its total's word ("调入资金16.04亿元（含…调入政府性基
          金11.4亿元、…、调出…0.78亿元）": 调出 is taken off 调入).
        - A closing total of the sentence (收入合计C) ends a 其中 list where its own items begin: "上级补助收入A，其中：…a1，
          …a2；债务转贷收入b；上年结转c；收入合计C" with C = A + b + c checks A = a1 + a2; the budget written inside a
          completion rate ("完成预算数463万元的100%") is no item of a closing total.
        - An item named and added ("调出资金增加c") is one of the amounts; what follows 减去/扣除 there is
          taken off ("…加上a、b；减去调出资金c，…收入总计C" → C = A + a + b − c).
        - A gross amount and what is taken off it count as the net part after them: "…完成a，剔除上划市级收
          入b，区本级…完成c".
        - A list closed by a total of its own sentence, "…：A a、B b，收入总量为C", is of C.
        - What a list of sources takes off (减去, 扣除) is subtracted ("当年财力T。当年财力来源于：…收入a，减
          去对市的体制上解b，加上…").
        - A deduction (出口货物退增值税、消费税 among the taxes) is taken away, and so is what makes up a
          shortfall, of any total but an income ("结余C，其中财政结余c，用事业基金弥补收支差额d" → c − d).
        - A total word alone in its clause, or opening it ("合计批复总投资C"), closes the amounts before it in
          its sentence ("…等164.03亿元，以及对市县转移支付378.22亿元，合计542.25亿元"), unless one of them
          opens a list of its own or is a total itself ("补助资金共8.53599亿元，6县分别获得3711.3万元，共
          计2.22678亿元").
        - A breakdown inside a 加上 list whose items add up to the amount before it is that amount's, whatever joins
          them: "…债券收入78400万元，其中：新增债券15000万元，…20000万元，…43400万元，收入合计C" adds 78400 only.
        - Of the amounts before such a total, one in brackets breaks down its own amount only; 其中 on the
          first amount of the sentence opens the very list the total closes: "。其中国税a，非税b，上级拨款c，
          合计C".
        - A sentence opening with a total word closes the sentence before ("…项目a；…项目b。共计下达…资金C").
        - A total named by what its amounts make up closes them in its own sentence: a government's sources or
          uses ("…调入资金a，…债务转贷收入b，全区可安排使用的一般公共预算收入总量为C"; "…还本支出c，支出总量为D"), or
          what they build ("…收入a、…收入b、…收入c，构成国有土地使用权出让收入C"). A 收入/支出 合计 or 总计 named
          with its scope is no less than the amounts of its sentence (the list may have begun in the sentence
          before: "…收入a。返还性收入b、…，动用预算稳定调节基金c，县本级一般公共预算收入总计C"), and, alone in its
          sentence, than those of the sentence before ("…调入资金d。一般公共预算收入合计为C"). So is any name ending in
          合计/共计/总计, of the amounts of its own ；-part ("…结余结转a，省财政厅拨付b、清算返还c，…可统筹使用福彩公益金合计
          C") or, alone in its sentence, of the sentence before ("…资金3174万元；…资金2958万元。以上两笔资金共计6132万元");
          not when its clause names what it adds up ("进口货物增值税、消费税和关税合计C", "拉动汽车家电家装等消费合计C"),
          and never of an amount that qualifies a class ("对年投入100万元的贫困村每村分红2万元").
        - 收入合计/支出合计 (or 合计支出, even opening its sentence) after amounts cannot be less than they
          are (an earlier sentence may have begun the list).
        - What is not yet done is the rest of the whole, its verb before or after it ("已支出B，目前尚有C未支
          出"): "合计33.88亿元，已分配33.80亿元，未分配0.08亿元" (the whole is the sentence's first amount,
          the done part the one named by the same verb).

        **Balance sheets**

        - A balance sheet stated in one sentence adds up: "资产总额A，负债总额B，净资产总额C" → A = B + C (the assets may
          be named 资产 alone: "财政账面资产A、负债B、净资产C").
        - 所有者权益 is the net assets too, and so is a fund's 权益总额 ("养老基金资产总额A，负债总额B，权益总额C"); 固定资产 and the other kinds of assets are parts, not the total,
          and 归属于母公司的净资产 a part of the net assets.
        - It adds up in each ；-part that states one ("行政单位资产总额A，负债总额B，净资产总额C；事业单位…"),
          and so do its changes when each states one ("资产总额A，较上年增加d1；负债总额B，较上年增加d2；净资
          产C，较上年增加d3" → d1 = d2 + d3).
        - The net assets may be named twice (净资产(所有者权益)C); a part listed of them ("…；其中归属于母公司所有者权益c")
          is not the net assets again.
        - A debt ratio (资产负债率p%, in the sentence or after it in the paragraph) is the liabilities over the assets:
          "资产总额711.63亿元…；负债总额452.82亿元…。资产负债率63.63%" (checked as PCT001); an average one (平均资产负债率)
          may average the enterprises' ratios and is not checked.

        **People and counts**

        - A list of counts in two units goes on past the other unit when the total gave both ("全
          市14035户25559人…，其中城市低保6195户12533人，…农村低保7840户13026人"), and past amounts of another
          kind paid between.
        - A count of another thing in a list of counts ends the list (…中级职称5人，占地面积1332㎡…).
        - A list of counts may break down every count before it, named by what they count ("对5个部门、5个镇乡
          街道…，15个专项…，其中：良好部门5个；优秀镇乡街道3个…").
        - One amount for each of several things is no part: "技能鉴定办、资助办各1名".
        - Posts authorised, 编制, and people there, 实有, are two measures: "编制人数4人，其中事业编制4人；实
          有在职人员3人".
        - Hires outside the establishment (临聘, 编外, 聘用, 劳务派遣) are no part of the staff on it: "实有在职在编人员67人，其中
          专业技术人员64人，临聘人员5人" checks 64 ≤ 67 only.
        - Retired people are no part of the staff at work (正式教职工 vs 退休职工); 离退休人员 listed beside
          the staff may be outside a total of people: "实有人员53人，其中在职人员53人，离退休人员13人" (not so
          离退休干部用车, vehicles the unit has).
        - People are counted by several attributes at once: in a list of people that need not be complete, its
          first parts adding up to the total are a reading ("总人口48368人，其中农业人口40556人，城镇人
          口7812人，街镇常住人口2378人，流动人口542人").
        - A count of projects at one stage of work (已完工14个) holds no part whose own words after it say another: "其中
          A镇7个产业项目全部开工、4个已完工" checks 4 ≤ 14, not 7 + 4.
        - People counted by an attribute, 党员 or 女职工, and households by what they grow or raise, 水稻种植
          户 and 玉米种植户, overlap with the other parts: each is held to the total alone.
        - Counts after 有 of the total's own noun are members picked by what they did ("102个部门…，其中，有81个
          部门公开了104个项目的项目文本；有99个部门公开了128个项目的绩效目标表"): they may overlap, each is held to
          the total alone, and a count of another noun among them (104个项目) is none of them. So are counts of the
          total's noun opening a clause past a ；, audit findings by problem ("13家单位…执行率低于80%，其中3家单位…为0；
          2家单位违规发放…；4家单位…不规范"); a list naming each item first ("126条道路，其中：新建…涉及80条道路；改造…
          涉及46条道路") is still summed.
        - After parts naming no year, an amount led by another year than its total's is of another date ("2018年底债务余额
          A，其中：一般债务余额a，专项债务余额b，2019年新增债务后，债务余额B": A = a + b, B is no part).
        - Parts right after a change naming what it added may be of it, a reading ("专项债务A，比上年新增政府债券限额B，
          其中：土储专项债券a，其他专项债券b": a + b = B).
        - One part after a list of amounts may be of the whole list ("包括防灾减灾资金3400万元、农业救灾资金
          1600万元、水利救灾资金1000万元，其中2010万元重点支持…": 2010 ≤ 6000 is a reading).
          So may the parts after a pair joined by 和 ("下达至7个贫困县和3个非贫困县，其中：下达7个贫困县a，3个非贫困县b").
        - What was carried in, named after 其他…, may be among the sources the total counts ("决算收入955.22万元，其中
          财政拨款收入a，事业收入b，其他收入c，年初项目支出结转和结余d": a + b + c + d, a reading).
        - "其中之一" names one of them, no list.
        - A refund is taken off a net total and counted in a gross one: either is a reading ("全市财政总收入5123037
          万元…中央收入1824351万元，出口退税309264万元，地方收入2987167万元，…2255万元": the sum, the refund added).
        - A total closing a sentence that opens with 另外/此外 may add up the amounts of the sentence before too
          ("区级财政支出共计173.32亿元。另外用于置换存量债务22亿元，…22.14亿元，共计217.46亿元").
        - A list of counts naming an item between 、 without a count of its own ("共50个，包括国土资源部本级、9个…、
          中国地质调查局本级及其27个…、其他12个…": each 本级 one more) is partial.
        - A mark passed ("其中，国家财政性教育经费支出3.1万亿元，首次超过3万亿元"), a class ("达到6000亿元级") and an issue
          number in brackets ("专项债券(一期)-…(十二期)") are no parts; a hyphen before a number is no minus.
        - A transfer from another fund is a source of the budget it enters ("一般公共预算总收入A。其中：…，政府性基金调入b").
        - A sentence opening with 合计 after sentences breaking down the same parts adds each of them up across those
          sentences ("新增债券A1，其中一般债券a1、专项债券b1。再融资债券A2，其中一般债券a2、专项债券b2。合计，…债券A，其中一般债券
          a、专项债券b": A = A1 + A2, a = a1 + a2, b = b1 + b2).
        - Percentage points add up only as contributions (拉动, 贡献): the changes of a rate do not ("资产负债率64.5%，降低0.1个
          百分点。其中，中央企业…降低0.2个百分点；地方…增长0.1个百分点").
        - A list whose first parts make the total may break it down a second way ("收入预算总额6488440元，其中，人员经费
          6157140元，日常公用经费331300元，…财政补助收入6404400元，其他收入80000元": the second way is 4040 short, and
          that is what is reported). What follows 具体是 is inside the part before it.
        - A total written twice before its list (a headline, then the text) is one total. A list cut off by the end of the
          page in an item taken off the total (…，弥补…收入83,201.) tells nothing.

        Why: a part larger than its whole is a typing slip in one of the figures.
        Example: "发放资金11.4余万元：…80640元；…12600元；…28800元" → 122040元 = 12.20万元 > 11.4余万元.
        Tolerance: |total − Σparts| ≤ ½·10^−d(total) + Σ ½·10^−d(part), and "余/多" totals stand for [v, next
        unit of the last digit). Whole amounts in 万元 are exact (16万元) and whole 亿元 stand for one decimal
        (1亿元 beside 1.6亿元 is 0.95–1.05亿元), except in a relation whose every amount is whole and all but
        one have four digits or more (社会保险基金总收入50112亿元…), or whose whole total has five digits or
        more (税收收入117690万元 and its thirteen taxes), or a whole total of four digits or more over parts
        written with decimals ("同比增加7451万元。其中：…减少524.18万元；…增加131.57万元；…增加7843.92万元"):
        such tallies are rounded to the unit, ±½ each; so are the whole amounts of a 决算 (a fund's account of its year,
        医疗保险基金收支余公开情况, is one) where all are whole and none a budget. A count written in 万 with decimals (128.69万人次) is
        rounded to its last digit written (±50); a total written with fewer decimals than each of its parts
        and cut off at its last digit rather than rounded (373.9052万元 + 503.8417万元 written 877.74万元) is
        information. A partial list whose parts add up to below what the total's rounding allows is below the
        total (1217.29 + 1273.27 + 22.52 = 2513.08亿元 under 2513.10亿元: the rounding intervals only touch).
        """),
    "SUM002": ("sum", "error", "identity-sum", "A total and the parts a domain identity says it is made of do not agree.", """
        What it checks: identities of budget reporting kept as data in patterns/identities.toml, applied
        to figures of the same scope and period: 支出 = 基本支出 + 项目支出; 基本支出 = 人员经费 + 公用经费;
        三公经费 = 因公出国（境）费 + 公务用车购置及运行维护费 + 公务接待费; 年末结转和结余 = 基本 + 项目 …
        Why: the same money described twice in two breakdowns must add up the same way.
        Example: 年末结转和结余219.93万元 = 基本支出结转179.93 + 项目支出结转40 (holds only if 179.93 is 万元).
        A total with another amount named like it in its own list ("收入完成A，其中：（1）地方收入完成B（税收
        a、非税b）") is ambiguous and not checked; so is one whose brackets list more parts than the identity names
        ("公务用车购置及运行维护费11167万元（其中，购置费a，运行维护费b，其他交通工具购置c，其他交通费用d）"), and a part
        whose own sentence states another such total is that total's ("…公务用车购置及运行费41.27亿元（其中，购置费6.63亿元，
        运行费34.64亿元）" is no breakdown of the year before's 42.53). The 三公 经费 are 财政拨款 whatever funds their sentence
        names (支出数为 is 支出为: "三公经费支出数为A"), and a bare "支出决算为" is the spending of the measure its
        clause names last ("…“三公”经费支出预算为246万元，支出决算为167.37万元" is the 三公 total; "其中：公务接待费年初预算为10.00万元，支出决算为
        7.20万元" the 公务接待费).
        Tolerance: the interval rule on every operand.
        """),
    "BAL001": ("balance", "error", "balance-roll-forward", "Opening balance + income − spending does not give the closing balance.", """
        What it checks: 年初结转和结余 + 本年收入 − 本年支出 = 年末结转和结余, for figures of the same scope
        (财政拨款 and its funds; 基本 or 项目 or the whole). All funds roll forward so in a government's
        budget (全镇, 全县…), not in a department's, which also holds 结余分配 and 用事业基金弥补收支差额; a
        收入总计/支出总计 holds the carry-over and is no income or spending of the year; a closing balance in
        brackets, listed among the uses of a larger total ("转移性支出等C（包括上解支出a，…，结转下年c）"), or added
        to the spending with the other uses ("…支出A，加上上解支出a、…、结转下年c，支出总量为C"), balances the totals,
        not a four-figure roll-forward.
        Why: the roll-forward is the backbone of a 决算; when it fails, one of the four figures is wrong.
        Example: 223.45 + 1914.36 − 1980.3 = 157.51, but the report states a closing balance of 179.93.
        Tolerance: the interval rule on the four figures.
        """),
    "DIF001": ("difference", "error", "stated-difference", "A stated difference, saving or overspend is not the difference of the two figures.", """
        What it checks: a stated difference — 差额/差异/节约/超支/增加/减少 amounts — against a − b of the two
        quantities compared (决算 vs 预算, 收入 vs 支出, this year vs last year): "支出4.10万元，年初预算
        为5.00万元，差值为0.90万元" → 5.00 − 4.10. Savings, revenue over its plan, audit cuts, leftovers and
        carry-overs are checked the same way.

        **Savings, overspends and audits**

        - A saving compared with nothing named is against the budget: "预算规模为A…。实际采购规模为B…。节约资
          金d" → A − B.
        - A saving against the budget its clause names, whatever came between: "项目批复总投资564万元，…；实际到位财政资金
          555万元…；实际完成投资557万元，与批复总投资相比，节约投资7万元" → 564 − 557.
        - An overspend stated before (超出预算金额a) is neither side.
        - Revenue over or under its plan, 超收/短收, is such a difference: "收入A，完成年度收入计划B的p%，超
          收d" → A − B, of the clause's own figures where a ；part gives them, "…；政府性基金收入b，完成预
          算B的q%，短收e" → B − b, and never a part of a total.
        - An audit's cut is against what was submitted less what it approved ("上报结算价271492.79元，审计后核
          定为161659.69元，核减109833.1元"), and its 核减率 is over what was submitted (PCT001).
        - A gap alone in its clause ("支出4.10万元，年初预算为5.00万元，差值为0.90万元"; 执行差异数) is between the two
          amounts before it, one of them budgeted ("年初预算为A万元，实际执行数B万元，执行差异数C万元" → A − B).

        **Budgets and a project's leftover**

        - What one sentence gave in several amounts is, together, what a leftover is left of ("下达…4万元、…下达…
          0.5万元。…已发放3万元，结余1.5万元"); a numbered item's leftover takes no figure of an item before it.
        - An adjusted budget (全年预算, 调整后预算) is against the initial budget plus what was added (追加)
          less what was cut.
        - A project's money left over (结余资金) is against its budget or funds received less its spending;
          money paid out (发放) or paid on (拨付: "累计收到资金293.82亿元，累计拨付224.52亿元，结余69.3亿元") is
          spent, but 计划发放 is a plan: "年初预算县级资金a，随月发放b，结
          余c" → a − b.
        - A leftover inside a list (其中：A批复a，已用b，结余c；…) is of its own part.

        **A year's leftover (结余)**

        - A year's leftover is against its income plus what was brought in (上年结转) less its spending and
          what was taken back (收回, 调减).
        - What was brought in may be named after the spending: "收入总计116.08万元，支出总计118.77万元，上年
          结转9.7万元，年终结余7.01万元" → 116.08 + 9.7 − 118.77.
        - Opening its sentence, it is against the one income and the one spending the sentence before states:
          "…支出3846万元，与财政预算总收入3988万元相抵。本年度结余142万元".
        - After the one income and the one spending of its own sentence, it is against those: "社保基金收入完成42.17亿元，
          支出完成23.05亿元，当年结余19.12亿元" (not a fund's 预算 totals of the paragraph before).
        - A leftover after the spending of its own sentence, the sentence stating no income, is of its
          paragraph's income — 财力 is income: "…一般公共预算财力142.2亿元…。安排支出139.1亿元，结余3.1亿
          元" → 142.2 − 139.1.
        - A social insurance fund's balance at the year's end (年终结余) is what it holds over the years, no year's
          income less spending ("社会保险基金预算收入总计48270万元，支出总计41411万元，年终结余37528万元"); its 当年结余 is.
        - Revenue collected (完成…收入) is nothing spent; what is set aside or transferred out (安排/补充预算稳定调节
          基金, 调出资金) is a use like a spending: "收入总计719918万元。…支出630072万元，上解上级支出37508万元，安排预算
          稳定调节基金3987万元，…还本支出999万元。收支相抵，结转下年支出47352万元" → 719918 − 630072 − 37508 − 3987 − 999.
        - Totals closed by 共计 count: "…收入，加上…等收入，共计A；…支出，加上…等支出，共计B。收支相抵，结转下
          年C" → A − B.
        - 滚存/累计 balances are no year's leftover.
        - A leftover listed as a part of the income ("收入总计A，其中：…上年结余b") is in A already, and so is
          one of a list opening the next sentence: "收入总量A。其中，…上年结转等b。".
        - A leftover listed under the leftover is that of the parts listed ("总收入A，其中财政拨款收入a；总支
          出B，其中财政拨款支出b；结余C，其中财政结余c" → c = a − b).

        **收支结余, 收支相抵 and carry-overs**

        - The parts of a year's balance listed after it ("当年结余937.30万元，其中：统筹基金结余234.23万元，个人账户结余
          703.47万元") are not income less spending each; a list's one part is what its listed income and spending leave.
        - A balance said to hold other things ("考虑收回结余资金等因素，收支相抵，期末余额3.99亿元") is not checked as
          income less spending.
        - "收支结余" is the income less the spending of its paragraph since the balance stated before it ("…总
          收入A，…收支结余a。工伤保险基金收入B，本年支出C，本年收支结余c" → c = B − C); a spending after the
          income's own list is none of its parts: "基金收入A，其中保险费收入a…；支出B；本年收支结余C" → A − B.
        - "收支相抵，…结余C" is of its own paragraph's income and spending where it states both (社会保险基金
          预算收入a，…支出b。收支相抵，本年收支结余c → a − b), else of the totals before; neither the parts of
          a balance, in brackets or listed ("年终结转153,904万元，其中：单位指标结转60,758万元、…"), nor a balance
          rolled over the years (年终滚存结余) is one — unless its own sentence nets its income and spending into it,
          with no year's balance before it ("基金预算等收入71.47亿元，当年基金预算等支出65.79亿元，收支两抵，年终滚存
          结余5.68亿元": the income holds the carry-in).
        - Several amounts after the netting words share what is left, a repayment (债券还本) spent too: "可用资金403.09
          亿元。…实际支出351.38亿元，债券还本19.26亿元，收支相抵，安排预算稳定调节基金30.47亿元，专项结转下年1.98亿元"
          → 30.47 + 1.98 = 403.09 − 351.38 − 19.26.
        - A shortfall after the netting words (赤字, 缺口, 收不抵支) is the spending less the income, written
          without its sign: "中央财政总收入24421亿元…；中央财政总支出26871亿元…。中央财政收支相抵，赤字2450亿元".
        - What is carried into next year after a total income and a total spending of its sentence is the one
          less the other ("收入总量303.57亿元、支出总量284.8亿元，结转下年支出18.77亿元"); not a carry-over
          listed among the spending total's uses.
        - So is one after the one income and the one spending that are all it states before it: "彩票公益金收
          入1237万元，安排支出1169万元，结转下年使用68万元".

        **Runs of 减 and of spendings**

        - After 减 opening a clause, every amount of the run is taken off ("收入总量A；减当年支出b，上解支
          出c，…，安排预算稳定调节金e，收支品迭结余C" → A − b − c − … − e).
        - A leftover right after a run of 减 clauses is what is left of the amount before them, even a 滚存结
          余: "收入总计A，减支出总计b，财政滚存结余C" → A − b.
        - So is a run of spendings with no total named ("收入总量A、支出b、上解上级支出c、债务还本支出d，年终
          结余C" → A − b − c − d, or A − d).

        **Whose income and spending**

        - A balance its sentence says is one level's is none of another level's flows ("全国财政收入A…支出B。其中，
          中央财政收支相抵，赤字C": not B − A), and parts listed under a flow are no flow of the gap (地方本级收入a is
          no 全国 收入). A project's leftover is of a budget at least what was spent: "预算支出1750000万元。…实际支出
          1801205万元。预算执行结余10656万元" is what the revenue left, no budget's.

        Why: the difference is what readers remember; it must follow from the figures it compares.
        Example: "较年初预算节约0.57万元" with 年初预算16万元 and 决算15.42万元 → 0.58万元.
        Tolerance: the interval rule; the sign may be written either way (节约 0.58 or 差异 −0.58).
        """),
    "PCT001": ("ratio", "error", "stated-share", "A stated share (占…%) is not the ratio of the figures it relates.", """
        What it checks: a stated share against the ratio of the figures it relates: "A a，
        占B的p%" → p = a / b. Without a named base, the base is the total the sentence breaks down (本年支出合
        计…，其中基本支出…，占34.30%) or names ("…决算中，A a，占p%"). A ratio that names what it divides is the
        latest amounts so named before it in its paragraph (patterns/relations.toml `defined_ratio`: 存贷比 = 贷款余额 ÷
        存款余额, 财政自给率 = 一般公共预算收入 ÷ 一般公共预算支出, 城镇化率 = 城镇人口 ÷ 常住人口; "…一般公共预算支出
        242.48亿元，一般公共预算收入51.89亿元，县级财政自给率仅为21.4%"), every such pair a reading.

        **Which figure is the base**

        - Items after ；, each with a bare share, are shares of what an earlier item's share names ("公共基础设施1933亿元，
          占全市资产总额48.8%；流动资产750亿元，占18.9%": of 全市资产总额, not of 1933); a whole named exactly (资产总额)
          comes before one named only alike (净资产总额) — even from paragraphs further back ("实际采购金额30,298万元"
          four paragraphs before "分别占实际采购金额的72.89%、21.58%", not the nearer 工程类采购金额) — and a count of
          what the base names before another count ("共规划建设1579个重建项目…涉及…等7个方面。…完工项目122个，…占总
          项目数的7.72%": of 1579).
        - A run of shares whose sentence states no amount takes, in order, the parts of the list of the sentence before
          when there are as many ("其中，第一产业增加值6.7亿元…；第二产业增加值26.48亿元…；第三产业增加值17.65亿元…。三次产业
          增加值占生产总值的比重为13.2%、52.1%和34.7%": of 50.83, the whole named). A bare run is of that list's total,
          before its marker or, the list opening its sentence, the one amount of the sentence before ("…总产值141.19亿元。
          其中，农业89.47亿元…；林业7.56亿元…。农、林…所占比例分别为63.4%、5.4%…": of 141.19).
        - A share naming its part, its sentence giving no amount, is of the latest amount named exactly so, over a whole
          of that amount's paragraph; a share naming no whole takes the one an earlier share of its sentence names
          ("第一产业增加值占地区生产总值比重为25.4%，第二产业增加值比重为29.6%" → 478922 ÷ 1620612); the amount may be named
          with its verb ("非税收入完成21553万元。非税收入占一般公共预算地方收入的26.01%").
        - A bare share of a part opening the sentence after the one its whole opens, sharing a word with it, is of that
          whole ("全区一般公共预算收入完成88690万元，…。税收收入48510万元，…，税收占比为54.70%"), not of a bound (超过1亿元).
        - An amount per head is no part of a share of the total ("人均卫生总费用6454.4元，卫生总费用占GDP的比重为6.7%": of
          the 卫生总费用, over a GDP the text does not give).
        - A part named before 占 with a word for what is counted or summed (人员, 人数, 总额, 金额) is the amount named
          without it when none is named in full ("在职76.88万人、退休38.42万人，退休人员占总参保人数比例为33.32%").
        - Parts named jointly before 占 take one share each, of the amount its own name names ("税收收入安排43184万元，…；
          非税收入安排26485万元，税收收入和非税收入占一般公共预算收入的比重分别为62%、38%"; "税收总额和增收额占…的比重为
          86.3%和87.2%": 87.2% is of the 增收, a change, over the whole's change the text does not give: not checked).
        - A bare share of a count is of the count of its own unit before the list ("幼儿园64所，在园幼儿9774人，其中：
          普惠性幼儿园61所，占比95.31%": of 64).
        - A whole named as one (占总资产) may be an amount its own list breaks down ("账面资产6.5万亿元，其中经营性资产…";
          not the 资产总额1.1万亿元 of some enterprises after it); a sibling of the part in its run is no base ("乡镇、组级
          资产总额分别为0.7万亿元和0.9万亿元，分别占比11.2%和13.1%"); all else alike, a whole no smaller than the part
          comes first.
        - A share in brackets named as on the same basis as last year ("税收比重为61.5%（同口径税收比重64.8%）") is on a
          basis the text does not give: not checked; so is one after a deduction in its own clause ("占一般公共预算支出
          的67.3%，剔除增发国债因素比重为69.1%").
        - A whole smaller than its part that shares no word with the base the share names is none ("争取上级转移支付
          资金194472万元" for "民生支出合计310769万元，占一般公共预算支出比重达81.39%": nothing is checked).
        - A base naming a class of an amount (流动资产总额, 净资产, 税收收入: patterns/relations.toml `narrowing`) is not
          that amount ("资产总额12277.2亿元…；“两金”规模1541.5亿元，占流动资产总额31.5%": not stated, nothing is checked).
        - A base naming a place or level only is the part's measure there ("全市行政单位资产总额2134亿元，占全市53.8%":
          全市资产总额); where no such amount is given, nothing is checked.
        - A whole written inside the 占 phrase is the base ("有7个市的81座污水处理厂…，占7个市133座污水处理厂的60.9%",
          "占本年收入11752万元的1.79%", "占公共财政支出125952.97亿元的比例为16.13%"), and 全部X names X's total ("占全部
          湿地面积的87.35%": 湿地总面积).
        - A base naming a body only, for a listed part of another measure, is that body's amount of the part's measure:
          "全省国有企业营业收入A，利润总额B；其中，省本级…营业收入a，利润总额b，分别占全省国有企业的p%、q%" → q = b / B.
        - Bare shares inside a part, or inside a list total, that is itself a share of a whole may be of either
          ("民生类支出356.85亿元，占一般公共预算支出的81.2%。民生类支出中，教育支出61.95亿元，占比为14.1%": 61.95 ÷ 439.49).
        - The part's own amount written again, even rounded ("1-4月…财政民生支出120亿元" above "…120.06亿元，占财政总支出的
          72.6%"), is never its whole.
        - A base is also found by its name without its funds names ("占区本级一般公共预算支出的1.8%": 区本级支出589.5亿元).
        - A whole named as one (占总支出) is never an amount its own sentence places within a whole ("在去年福利彩票公益金
          支出中，养老等服务类…的支出为3.96亿元。社区公益类支出0.79亿元，占总支出的比例为16%": not of 3.96).
        - What was done is no share of a budget its base does not name ("非税收入完成1457万元，占地方财政收入总数的
          20.5%": of 7095 done, not of the 7000 planned): the budget named stands for the one actual its sentence goes
          on to ("一般公共预算收入为115.4亿元，…调整为114.7亿元，实际完成115.1亿元" then "非税收入完成40.0亿元，占一般公共预算
          收入的比重为34.7%": of 115.1); nor is a listed part's 占预算的 its whole's budget.
        - A base named word for word (占本年支出合计的p%) is found anywhere before, in any section; but the total of the
          part's own list, its name ending with the base's, comes first ("财政拨款基本支出A，其中：人员经费a，占基本支出的
          p%" is of A, not of the 基本支出 an earlier section gave).
        - A base naming the total budget (占总预算比为p%) is the budget its own sentence gives ("“三公”经费预算数为1684万元，
          实际支出为1115.07万元，占总预算比为66.22%").
        - A base named as a whole (占总支出) is an amount named as one (支出合计), not a part sharing a word
          (医疗卫生支出; or 总数: 占博物馆总数) of another paragraph than the share's or than the one opening
          its items ("…支出完成A，主要预算项目执行情况如下：" then "1、…支出a，占总支出的p%").
        - A whole named at length (占财政支农资金投入总额) is an amount named as a total, of the share's
          paragraph.
        - What 中的 names is the whole ("全市一般公共预算收入中的税收收入a，…占总收入比重为p%"); a whole named
          after 在 is the base and the words before 在 name the part ("税收收入在一般公共预算收入占比p%").
        - A base naming two things joined is their sum ("…中央资金a，省资金b，…，区级资金投入占中央、省资金
          的p%" → c ÷ (a + b)); a base named as one of two joined things (占转移支付比重) is not their sum (税
          收返还和转移支付).
        - A base that names no flow is of the part's flow (收入…占年初预算的p% is no share of a 支出预算).
        - A base that is a budget and nothing more (省级收入334.1亿元，占预算的97.2%) is a figure named as a
          budget (here none: the rate is not checked), never the 一般预算收入.
        - An amount said roughly (盘活存量资金约19亿元) is no base of a share either; nor is one naming no flow in a sentence
          of the other flow ("一般公共预算地方收入9.44亿元，…；累计争取上级转移支付资金37.06亿元" for "…民生支出36.66亿元，
          占一般公共预算支出的71.88%").
        - An amount stated in its own sentence as a share of the whole named (现金捐赠总量A，…，占捐赠总量
          的69.20%) is no base of another share of it (…占总量的30.80%).
        - A bare share after a clause of its own is of what that clause names, not of the figure before it
          ("已安排项目经费380万元，目前已完成…档案的数字化加工，占馆藏86%"); a clause of what the figure was
          used for, 主要用于…, is no such clause. So is a ；-part stating something else before its share ("…项目
          74个；产业投资同比增长15.9%，占全县投资比重为78.8%": of 产业投资, whose amount is not given).
        - A share of a change ("…较上年减少D，主要原因是节能环保支出减少d，占减少的p%") is of the sentence's
          first change, the whole's (d ÷ D).
        - An amount written right after its rate is that share of the whole before it ("总保费1293.45万元，中
          央财政补贴47.5%为614.39万元，省级财政补贴32.5%为420.37万元": of 1293.45, not of 614.39).

        **Shares of a whole not stated**

        - Parts of a total itself stated as a share ("只有29个（占43.9%）…，其中19个（占28.7%）") are shares
          of that unstated whole, not of the total.
        - Where the whole is the figure of the parts' unit right before them, and the shares add up to 100% or
          all but one are of it, they are of it ("复核评价的50个项目，“优秀”的5个，占比10%，…", and the parts
          then make it up).
        - Where the whole is stated nowhere, shares that add up to 100% are of the sum of their parts ("…中，A
          0万元，占0%；B 57.36万元，占99.70%；C 0.18万元，占0.30%"), also when each names a whole that no figure is named
          by ("1个项目评为优，占评定项目的2.44%；3个项目评为良，占评定项目的7.32%；…").
        - So are they when all but one are their parts' shares of that sum; the one left is wrong: "经营性资
          产76937.8亿元（占56%）…非经营性资产41361.4亿元（占35%）" → 65.04%.

        **Which figure is the part**

        - The part is the figure the share names before 占 ("税收收入a，比上年同期b减收d；税收收入占全部组织财
          政收入的比重为p%": a), never a comparison's base.
        - Or the amount the share reaches right after it: "…投入了7740万元，青少年体育…建设占比48.9%，达到了3784万元".
          Such a share of a whole it names is of that whole, wherever stated: "社保基金资产总额22353.78亿元。…直接投资资产
          达9915.40亿元，…，而委托投资资产占社保基金资产总额的55.64%，达到12438.38亿元" → 12438.38 / 22353.78.
        - 税收 never names 非税收入, and one character names too: "…；非税收入完成b，税占比为p%" is of 税收收
          入 a.
        - A part named that no figure carries is not given, and the share is not checked.

        **Rounding and truncation (information, not an error)**

        - A share off by one in its last digit, where the shares of the total (each part once) add up to 100%,
          is information: 凑整调整 (one unit once the computed share is rounded: 54 ÷ 141 = 38.298% → 38.3,
          stated 38.4); so is one off by no more than half a last digit of every share of the total together,
          the share written to make 100% taking up the others' rounding (25.89% + 49.50% + 3.6% + 21.01%, where
          835 ÷ 23435 = 3.56% was written 3.6% and 4933 ÷ 23435 = 21.05%).
        - So is any percentage (a share, a rate, a change) that truncating explains (95.457% written 95.45),
          unless the report rounds its other percentages where truncating would differ and truncates none of
          them: then it is a slip.
        - A percentage written to more than two decimals and off by less than 0.01 percentage point is
          information too (6.2118% for 6.21186%).
        - A share written 以上 holds at or above it ("占八成以上" of 82.70%); one of 以内/以下 at or below it.
        - A part with its whole in its own ；-part is a share of that whole, not of a list before ("…决算为12021.88万元，
          其中公车费用9994万元，占比83.13%；交通部…支出10454.99万元，公车费用8256.08万元，占79%": of 10454.99). A base
          written in Latin letters names a whole too ("占GDP比重达50%": GDP is not given, nothing is checked), a whole
          named as one (彩票销售总量) is none of the items named like the part (竞猜型彩票销售), and a run after 分别 is
          of the amounts after the whole it is in ("…收入2207.52亿元中，财政投入为a，其他投入b，分别占p和q").
        - A part listed under what was done is a share of what was done: "预算收入1485000万元。…实际完成收入1528248万元，…
          其中，区级税收收入1465475万元，占财政收入95.9%" is of 1528248.

        Why: shares are easy to miscopy from last year's text.
        Example: "年中追加1274.59万元（占年初预算批复的100%）" with 年初预算2万元 → 63729.50%.
        Tolerance: interval division of the rounded operands must meet [p − ½·10^−d, p + ½·10^−d]; the finding
        is information unless the value the written figures give rounds to p (101.88% for 3.26万亩 ÷ 3.2万
        亩 = 101.875% is silent, though the operands' rounding allows 100.15%…103.65%), and that value is what
        the message shows.
        """),
    "PCT002": ("ratio", "error", "completion-rate", "A completion or execution rate (完成…%, 执行率) is not actual / budget.", """
        What it checks: a completion, execution or saving rate — "完成年初预算的p%", "预算执行率p%", "节约比
        为p%" — against the actual and budget figures of the same quantity: p = actual ÷ budget, or the saving
        over the budget. With no budget stated, the actual plus the saving is the budget; the budget may be
        named as the sentence's subject too: "政府采购预算执行A，实际采购金额B，节约资金d，节约率
        为p%" → d ÷ A; where neither the subject nor the saving names a stage, the subject may be either ("政府采购金额
        0.75亿元，节约资金590万元，节约率8%": 590 ÷ 7500 = 7.87% or 590 ÷ 8090 = 7.29%), while a saving against the budget named
        ("比预算节约d") makes the subject what was spent. Nothing is saved of an income: a saving whose subject would be a
        revenue is not checked.

        **How the rate and its base are written**

        - A target written inside the phrase ("完成年度目标400公里的105.00%") is the base, for amounts and
          counts alike, however long its name ("完成区…人大常委会第十九次会议批准收入调整预算37.5亿元
          的104.3%"), in brackets too ("为年初预算（2895.6亿元）的51.8%"), and 的 may be left out ("完成预
          算104.56%").
        - 支出进度, 支付率 and 拨付率 are such rates, and funds received (下达, 收到, 到位) a budget for it: a
          rate naming no base may be of the funds received right before what was spent as well as of the
          budget ("资金共计2646.34万元，…已到位672.44万元，使用672.44万元，使用率100%").
        - A 到位率 of counts, with no funds received named, is one count over the other ("问题128个，已整改到位122个，
          整改到位率95.31%"); funds not received at all ("实际未到位，到位率0%") state nothing to divide.
        - Funds received are over the amount named like them ("要求地方配套资金266亿元…地方配套资金实际到
          位231亿元，到位率86.8%").
          The name may follow 到位: "其中：财政资金投资555万元…；实际到位财政资金555万元，资金到位率100%" → 555 / 555.
          What was due to arrive is the plan ("应到位68万元，实际到位21万元，到位率30.88%"); an item naming no amount that
          arrived takes none from the item before ("…；④…应到位2640万元，实际未到位，到位率0%").
        - An actual with its own budget right before it is no part of a list the sentence opened before ("当年支出A，
          其中：…其他支出d" "可执行性指标预算数B，实际支出数b，综合执行率p%" → b / B, the list's whole A not).
        - A rate naming what it measures, named by the actual too, is over an amount naming it: "下达资金69.4亿元，
          计划投资93.4亿元，…完成投资86.8亿元，投资完成率93%" → 86.8 / 93.4 (never 86.8 / 69.4); with no such amount it
          is not checked. Names any budget is of (预算执行率, 资金执行率, 支付完成率) take any budget.
        - An execution rate after a change against the budget is over the actual less the change ("总收
          入226.31亿元，相比预算增加56.08亿元，预算执行率132.94%" → 226.31 / 170.23); so is one with the change right
          after it ("支出2267.61万元，完成年初预算49.5%，比年初预算减少2312.99万元" → 2267.61 / 4580.60).

        **Which budget**

        - A rate naming no base (执行率p%) may be over the funds received, the latest of the last paragraphs
          ("预算…7952万元，实际下达资金2513万元。" "实际执行2513万元，执行率100%").
        - A budget its own sentence pairs with its actual ("年初预算为22.00万元，支出决算为8.77万元…") is not
          the budget of a part named later in it ("其中：公务接待费支出决算为0.30万元，完成预算的3.75%": its
          budget is not stated in the text).
        - Nor is it when the budget closes the sentence before and the actual with its rate opens the next: "…
          调整后预算总指标B。当年实际支出a，为调整预算的p%，其中：基本支出a1，为调整预算的q%".
        - Where a table gives the part's budget, the 预算数 cell of the same item is the base, every such cell
          a reading.
        - A budget that is the base of its own rate ("为人大预算数37.10亿元的91.16%") is not the budget of
          another figure, or the actual of the next rate ("…为三季度目标33.23亿元的101.78%，为全年目标42亿元
          的80.52%": 80.52% is of the sentence's actual, not of 33.23).
        - A budget whose ；-part goes on to a rate of another item ("…下达42万元，资金到位率100%，…竹编…资金使
          用率100%；薅草锣鼓项目资金使用a，资金使用率p%") is no budget of a later item, and a budget in
          brackets is none of an amount outside them.
        - A budget 调整为 an amount is the adjusted budget.
        - A rate over 预算 alone may be over the year's total budget its paragraph states ("…全年财政支出预算总指标为2895809万元。
          执行结果：全区一般公共预算支出2756453万元，为预算的95.19%"), as well as over the budgets named as such.
        - A part named by a level of government (区本级…, 街道…) takes no budget of the whole ("…支出调整预算为A，…其中：区本级
          当年一般公共预算支出b1，完成调整预算的100%；街道…b2，完成调整预算的99.8%": their budgets are not given).
        - Budgets of several parts of one list ("投资规模19.89亿元，其中：阿图什市…计划投资6.83亿元；…阿合奇县…计划投资1.98亿元")
          are no budget of an actual outside it ("完成投资17.87亿元，投资完成率89.86%"): their whole is (17.87 ÷ 19.89).
        - In records of several measures, an item's own amount named like the whole's budget is its rate's budget first:
          "收到直达资金A，…，其中：正常直达资金a，支出b，支出进度p%" → b ÷ a (b ÷ A a reading); and a rate after such records
          is of its own record's spending, not of the whole's.
        - A tax or revenue takes no budget from elsewhere in the report, nor does a part of a list.
        - A part listed under a budget total ("支出总计调整为T。其中：一般公共预算支出a") is the budget of the
          part named the same later ("一般公共预算支出b，为调整预算的p%" → b / a), and a part named by what it
          is ("其中税收收入完成b，为调整预算的q%") takes no budget of the whole, also in a sentence opening with 其中
          after the whole's ("…调整预算数为32亿元，决算数为32.2亿元。其中，税收收入27.9亿元，…为调整预算的103.9%": its
          own budget is not given; the rate is of 27.9, not of 32.2). 公共预算支出 is spending of the general budget named
          short, no budget ("两项目涉及公共预算支出共213.37万元…：“校园文化经费”项目支出20.67万元，预算执行率82.68%").
        - What a people's congress approved (批准, 审议通过) is a budget, but not an amount after a colon that
          a budget word before it only introduces ("…批准的预算草案…，执行情况具体如下：…一般公共预算收入a").

        **What is no budget**

        - An actual with its own completion rate is no budget of the next one ("…预算支出132512.65亿元，完成预算的
          98.9%。…中央本级支出35570.83亿元，完成预算的100%": the 本级 budget is not given).
        - A budget named for both flows ("总收入、总支出预算均为B") is the spending's too, the actual income after it no
          pairing of it; a definition in brackets before the rate's verb is an aside ("支出预算执行率（实际支出与年度预算安排的
          比率，下同）为p%").
        - A change or a difference (较年初预算减少d, 超收d) is no budget, nor is a budget paired with another
          part's actual ("个人所得税预算a，个人所得税b…；资源税c，为预算的p%"); the budget may come before or
          after its actual: "个人所得税b，预算a，为预算的p%" is b / a. A budget whose paragraph gives an amount named as the
          actual its rate over it ("支出调整预算为B。一般公共预算支出a，比上年增长q%，完成调整预算的p%") is no budget of the
          same amount a paragraph later ("今年1月至6月，一般公共预算支出a'，完成调整预算的p'%": this year's budget is not given).
        - A fund's name is no budget (预算稳定调节基金, also written 预算稳定调节金; 一般公共预算, formerly 公
          共财政预算; 预算内投资, money from within the budget).
        - What was spent of the year's own budget (当年预算支出, beside what was spent of funds carried over) is an
          actual, no budget ("全市一般公共预算支出1060亿元，其中：当年预算支出1020.1亿元，完成预算的96.2%": the budget
          is not given).
        - A part a colon announces ("主要项目完成情况为：税收收入完成a，占预算的p%") has its own budget: the whole's
          (…收入任务为7000万元) is not it, and with none given nothing is checked.

        **Which actual**

        - What was executed (已执行2.4万元) is what was spent.
        - A base in brackets of its own ("完成预算（587.9亿元）的107.1%") is over the amount outside all brackets before it, not
          one inside earlier brackets ("收入629.4亿元（已剔除…调入14.3亿元）").
        - The actual is never a part in brackets the rate stands outside of ("支出A（其中镇级支出a），完成调整
          预算的p%": A); a rate in a part of its own (after ；) is of that part's amount.
        - A leftover (年末结余数19.8万元) is no actual of a rate.
        - An amount named right after the rate as a part of the actual may be money the budget never held: the
          actual less it is a reading ("预算批复金额为900万元，实际执行资金总额977万元，资金执行率为100%，其中，77
          万元为社会募集款").

        **Numbered items, wholes and parts**

        - Budgets of several numbered items (1.…项目：…48万元 … 3.…项目：…50万元) are each their item's, no
          budget of a figure outside them.
        - Items numbered inside sentences are parallel lists ("分项目如下：①…应到位68万元…" then "①…支付21万
          元，执行率30.88%": 21 / 68); an item that states no amount, "④…未支付，执行率为0%", takes none of
          ①'s.
        - A rate after a whole and its parts ("17.7亿元，其中含中央12.75亿元…，下达率98%") is no ratio of two
          of them.
        - A rate after a whole and its parts, none with a rate of its own, is of the whole ("实际支付355.16万
          元，其中：中央a、省级b、县级c，执行率65%"), and names no part when the whole is the budget ("收
          到…15150万元，其中省级支出安排a，各州市安排b，执行率为100%").
        - A rate after two figures is of them only when it names what they did (有效率 after 有效问卷, 拨付率
          after 已拨付; 森林覆盖率 after 林地面积 and 森林面积 is of the land area, not given).
        - A rate over 预算 alone is over the budget adjusted to first ("由年初预算227.85亿元调整为269.60亿元。…完成
          区财政支出266.97亿元，完成预算99.0%": 269.60). A budget whose clause names no flow is of its ；-part's
          ("区级财政收入年初预算A，经批准调整为B" is no budget of 区级财政支出), and what was done of a budget
          ("专项预算累计完成574.21万元") is no budget, while an amount 调整至/调整为 is one ("调整至45,810万元，…实际完成
          46,367万元，为调整预算的101.2%": 46,367 is what was done).

        Why: the execution rate scores the whole evaluation; a rate that does not follow from its own figures
        cannot be relied on.
        Example: 三公经费 决算15.42 / 年初预算16 = 96.38%, stated 96.43%.
        Tolerance: the interval rule, as PCT001.
        """),
    "PCT003": ("ratio", "error", "zero-base", "A ratio or rate is stated over a base of zero.", """
        What it checks: a share, rate or growth whose base figure is 0 — the ratio does not exist.
        Why: it usually means the wrong base was named (年初预算 instead of 全年预算), or the sentence was
        copied from a year when the base was not zero. When another budget of the sentence gives the rate,
        the finding names it ("按全年预算321.02万元计算正为95.89%"); the rate is still over the base named. A rate
        that no other base gives either is reported as the rate's own slip (PCT002, PCT001…), the zero base noted:
        "…完成年初预算的85.89%" → 307.82 ÷ 321.02 = 95.89%（所称基数…年初预算0万元为0）.
        Example: "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的95.89%".
        Tolerance: none: a zero base is an error whatever the rounding. A change rate over a base the
        report itself writes as zero ("上年执行数为0.00万元…增加100.00%") is a warning: the rate does not
        exist, though some templates write 100% there; one over a last-year figure that is only implied
        to be zero (本年a，较上年增加a，增长100%) is info, and an error when the rate written is not 100%
        (本年9859.38万元，较上年增加9859.38万元，增长12.08%: the change or the rate is wrong). Nothing
        over nothing written 0%, or 100% for a completion ("决算为0万元，完成预算0万元的100%"), holds.
        """),
    "CHG001": ("change", "error", "change-rate", "A stated change rate does not follow from the change or the two figures compared.", """
        What it checks: a stated change rate against the change or the two figures compared. "较上年增加d，增
        长p%" → p = d / (current − d) (and + d for a decrease); a rate stated against a named base, "…执行数
        为A，…预算安排B，比…执行数增加p%", "同比增长p%", "比上年A增加p%" → p = (B − A) / A ((A − B) / A for a
        decrease), the base maybe in brackets right after its period ("比2019年（A元）增加d，增加p%"). The
        comparison may be written 较, 比, 与…相比, 同比, 相较于, 较之, or 和/跟…相比 ("和上年相比增加d": 上年 names
        the base, not the period of d).

        **Which figure is the base**

        - The base is the figure of the sentence or paragraph the comparison names: 比2023年预算执行数 → the
          figure named 2023年…执行数, 比上年/同比 → one named 上年 or the year before, of the same flow (last
          year's 收入 (筹集) is no base of this year's 支出), 比年初预算 → the 年初预算 one.
        - It is not a figure in brackets after the change, which explains something else.
        - Or the base is the figure written right after the comparison word, not after a bare direction verb:
          "较上年决算数减65.62万元" writes the change. Its name may list two flows: "…收、支总计2,532.98万元。与2018年
          收、支总计1953.20万元相比，增加579.78万元，增长29.68%" → 579.78 ÷ 1953.20, and 2532.98 − 1953.20. The subject may
          stand before 比/较 ("收支较上年决算数1166.81万元减少56.11万元、下降4.81%") or be named again after 相比 or 对比 ("与2014年
          度财政拨款收入218.4万元相比，财政拨款收入减少8.4万元，降低3.85%"); a written base is the rate's whatever the
          stage it compares with ("相比年初预算数的1.5亿元减少0.3亿元，下降20%"), but no share stated after it. A figure
          of another stage than the base names is what changed, even of the same year ("2015年…决算数A，比2015年…年初预算
          B减少d": d = B − A), and so is an adjusted budget against the initial one ("年初预算A，年中调整预算为B，比年初预算
          增加d": d = B − A).
        - A change stated with that comparison is no base of a later one ("收入总计A，比上年增加d，…主要原因一是人员经费
          增加d1": d1 is 人员经费's change, not A − d), nor is a figure after the change that measures something else
          ("年薪23.46万元，较上年增加5.53%，是…在岗职工平均工资14.79万元的1.59倍").
        - The year a comparison's clause names tells last year's figure ("2017年度基本支出A，2016年度基本支
          出B，2017年比上年基本支出增加d" → A − B).
        - With no comparison word, a figure named by the previous period is the base ("上年决算数A，本年决算
          数B，增长p%", "普通高中上年A元，本年B元，增长p%"); a carry-over (上年结余) names no previous year.
        - "由上年的A增加到B" names both figures, and a change stated after them is of A: "由2,940人增加到3,860人，增加920人，
          增长31.29%" → 920 ÷ 2940. 同口径 before a comparison only says on what basis: "同口径比上年增长p%" is checked like
          "比上年增长p%".
        - A change against another stage whose figure the sentence gives is over that figure ("支出数A，预算
          数B，支出数比预算数减少d，下降率为p%" → d ÷ B).
        - A balance compared with the start of the year is such a change ("资产总额A，比年初增加了d，增幅
          为p%" → d ÷ (A − d); not 比年初预算).
        - A rate naming a base of its own ("比报告数增加d，比2019年增长p%") is not the rate of the amount
          before it.
        - When the base is named loosely, every figure that carries the name is a reading; any that holds is
          enough.

        **Which figure is the current one**

        - A change in a ；-part that names its own subject and gives no amount of it takes no figure of another part
          ("增值税6055万元，…；房产税收入同比增收531万元，同比减收24万元，下降4.32%": nothing to check).
        - The base written inside a completion rate is all a change passes over ("区级预算支出1121378万元，完成年度预算
          支出计划973000万元的115.2%，与…执行数931933万元对比…增支189445万元": 1121378 − 931933).
        - The current figure is the nearest plain one before the comparison, never one of another paragraph
          about another body: "国家税务总局…预算A" is no figure of "2012年卫生部…预算比2011年预算增加d".
        - A sentence stating none takes the figure its head names: against a budget of the year, "与2013年年初
          预算相比，…执行数减少d", that year's actual changed from it, d ÷ (A + d).
        - It is never a threshold passed ("总投入为50178.12亿元，首超5万亿元，比上年46143.00亿元增长8.74%": 突破, 首超 and
          超过 make a bound), nor a schedule's amount (月进度, 序时进度: a target), and a gap to a target ("距双过半任务数
          还差a", "超月进度b") is no current figure.
        - It is never one smaller than an increase of it (last year's would be negative: "财政拨款收入A，…补助
          收入a，较上年增加d" with d > a is of A).
        - It is the amount before any brackets that explain it ("维护费A（其中：购置费a，运行费b），比年初预算
          增加d", also when the brackets hold ；: "A（其中：a；b；c），比上年同期减少d"); a change outside brackets is of the
          amount outside them ("征收收入（未扣减出口退税a，…）A，减少d": of A).
        - A change alone in its clause may be of the amount right before it, restated on another basis ("总收入56.04亿元、比上年
          下降5.9%，还原增值税留抵退税后62.6亿元，增收1.31亿元、同口径增长2.1%": 1.31 ÷ (62.6 − 1.31), a reading beside 56.04);
          one after a 其中 its sentence runs on into without punctuation ("…增长28.8%其中税收收入完成251767万元…，同比增加46106
          万元增长22.4%") is of that part's amount too.
        - A lone labelled amount ("1、收入：A。同比增加d，增长p%") is what the next sentence changes.
        - The whole a figure is listed under is no base of its rate, even named by the same period ("去年…基金收入完成405
          亿元，其中国有土地使用权出让金收入323.4亿元，增长86.3%": its own last year's amount is not given).
        - The rates of an earlier run after 分别 are no changes of a later run's ("…同比分别增长8.1%、3.1%、-15.8%…；…，同比分别
          增长14.1%、9.7%、-1.1%…": last year's amounts are not given, nothing is checked).
        - After 分别, the i-th change of a run is of the i-th of as many amounts before it, and the i-th rate of the
          run right after it of that change ("包括购置费0.14亿元和运行费1.27亿元，与2015年相比，分别减少0.18亿元和
          0.56亿元，下降133.1%和43.7%" → 0.18 ÷ (0.14 + 0.18) = 56.25%, 0.56 ÷ (1.27 + 0.56) = 30.60%).
        - So is the amount before a completion rate and its budget ("完成A，占年度预算B的p%，较上年C，增收d":
          A − C; "支出决算为A，完成全年预算B的p%，比上年决算数减少d": d over A + d).
        - So is the first plain amount of the sentence before one opening with its comparison ("…财政总收入A，
          其中…。比上年财政总收入B减少d"; not the first part of a list, even where the total names a budget and the
          part does not: "本年度支出预算3836.27万元，其中：省院本级3442.13万元，…。比上年增加359.29万元，增长10.33%").
        - A change opening its sentence with no figure here or right before ("…。其中：…。“三公”经费支出决算数
          比上年减少d，下降p%") is of the figure its sentence names, of that measure and stage (决算, not 年初
          预算).
          A figure whose own clause names what changed comes before one whose sentence only names it ("…，卫生技术人员
          1124.2万人。卫生技术人员中，执业（助理）医师428.7万人…。与上年比较，卫生技术人员增加56.4万人（增长5.3%）": of 1124.2).
        - 收支 changes the income and the spending both.

        **How the change and the rate are written**

        - A change alone in its clause ("完成36552万元，增加2362万元，增长6.91%") is one against the period
          the report compares with throughout; so is one whose sentence goes on from a framing comparison in the sentence
          before ("…，与2015年相比，收入总计减少a，减少p%。支出总计增加842.86万元，增长213.56%": over 支出总计1237.54).
        - The rate may come first, naming its base or not, even after a gap to the plan ("同比增长10.85%，增
          收2798万元", "…超收3078万元，同比增长14.2%，增收5345万元", "较上年同期增长2.61%，增收2546万元"); the amount
          after it may name the year before too ("增长36.2%，同比增收5595万元"), not another base (比年初预算增收).
        - 压缩/压减/缩减, 减幅 and 短收 are decreases, 超收 an increase ("较年初预算A，短收d") ("比2020年减
          少162.87万元，压缩6.66%"); so are 增 and 减 alone right after the base or after 净 ("比上年预算增56400元，同比增长
          16.96%", "较上年决算数减65.62万元"; a rate "增97.98%" opening its clause), not 新增 or 核减; 比 of 比如, 比例, 比重
          and 比率 compares nothing ("比如某局基本支出预算A，比2018年增加d，增长p%": A changed).
        - An amount right after "与上年相比" is the change, its direction word left out ("与2016年相比21.79万
          元，增加14.01%").
        - A form's other direction in brackets is not the direction ("各增加（减少）67.65万元": an increase).

        **Parts, clauses and reasons**

        - A change in a ；-part of its own is of that part's figure first ("税收收入A，…；非税收入B，…同比增
          收d，增长p%": d ÷ (B − d), A a second reading).
        - A change in a later part of the sentence (after ；, or inside brackets: "（其中：本级收入a，…同比减
          收d，下降p%）") is of that part's figure, whatever the part before compared.
        - A comparison an earlier part's own change used is not this part's: "本年度收入合计A，上年度收入合
          计B，收入减少d，同比下降p%；本年度支出合计C，上年度支出合计D，支出减少e" → e = D − C, a name opening
          with the previous period naming the base; the rate's own 同比 makes d a year-on-year change.
        - A change naming one flow is not of an amount named with the other or with both ("收支总决算19170.97万元。与
          2015年相比，财政拨款收入总决算增加2084.95万元，增长13.19%": 收支总决算 holds what was carried in; not checked
          when no 收入 is stated); one naming both (收支, 收入、支出) may be of either.
        - A change after the words giving a reason (主要原因是…) names its own subject ("收入较上年减少d，主要
          原因是财政拨款收入较上年减少d1，下降p%": d1 is not a change of the total).
        - Rates in a run after 分别 are of as many changes before them, in order ("存款余额A、比年初增加d1，贷款余额B、
          比年初增加d2，存、贷款余额较年初分别增长p1、p2": p1 = d1 ÷ (A − d1), p2 = d2 ÷ (B − d2)).

        **Not checked**

        - An average yearly rate (年均增长p%) compounds and is not checked.
        - A comparison whose ；-part states no figure of its own ("…；2019年无公务接待费，比2018年公务接
          待a少a") is not checked against an earlier part's.
        - A rate after a deduction ("剔除留抵退税后同口径增长0.67%", "剔除新增债券等因素，比上年同口径增加d，
          同口径增长p%", "若剔除留抵退税政策对收入的影响，按同口径计算增长53.5%"), or of an amount named (同口径) ("收入（同口径）
          完成30,161万元，同比增长14.6%，增收4,376万元": the 增收 may be against the natural base) is on a basis the figures
          do not give and is not checked, nor is a rate after an
          adjustment ("由A调整为B，调增C，增长p%" compares with last year, not with A; "由年初预算的A调整为B，增加C、增长p%"
          may compare with either).
        - A difference against the plan (短收d, 超收d, its clause naming no earlier period) is no change of a
          rate against last year ("占年预算B的q%，短收d，比上年同期增长p%": p is not checked, last year's
          figure is not given), nor is revenue's 超收/短收 the change of a bare rate right after it ("年初预算数59342万元，
          超收2759万元，增长12%": the growth is over last year's revenue).
        - A bullet written " - " between items run into one line ends its item as a full stop would: "…增幅较前期明显提高
          [2][3] - 前三季度…支出20.81万亿元，同比增长3.1%" is no change of 20.81 after 提高, and its dash no minus.
        - 增退/减退 are changes of a refund ("出口退税839亿元，同比增退155亿元，增长22.7%"), and 增加/减少 naming
          the flow after them are changes, no saving ("比上年同期支出352532万元，减少支出28399万元，下降8.1%").

        Why: the change amount and the rate are usually computed separately; one of them is stale, or a figure
        was retyped after the rate was written.
        Example: "2023年当年预算执行数为348.52万元，2024年预算安排352.67万元，比2023年预算执行数增
        加0.53%" → (352.67 − 348.52) / 348.52 = 1.19% (0.53% fits 350.35, the amount the heading gives).
        Tolerance: interval arithmetic on the three rounded figures. Whole 万元 are exact, except what a 决算 says
        was spent or a 预算执行情况 report says was done, which stand for their rounding ("收入完成120万元，同比减少
        7万元，下降5.8%": 7.4 ÷ 127.4 is within reach).
        """),
    "CHG002": ("change", "error", "change-amount", "A stated change amount is not the difference of the two figures compared.", """
        What it checks: "比上年减少d" (增加/下降/…) when the sentence or paragraph also gives both figures
        compared: d = current − base (base − current for a decrease), the base resolved as for CHG001 (a figure
        named by the stage the comparison names is the base, never what changed: "支出数A，预算数B，支出数比预算数减少d"
        → B − A).
        A change amount whose base is not written anywhere near ("比2023年预算增加25万元") is not checked, nor is a
        bare change of a list's part by the whole's comparison before the list ("限额240,267万元，较2022年增加
        39,130万元，其中：一般债务限额155,867万元，增加31,130万元": 31,130 has no base in the text).
        Why: the amount is typed separately from the two figures; one of them is stale.
        Example: "上年支出80.00万元，本年支出92.50万元，比上年增加12.00万元" → 92.50 − 80.00 = 12.50; with years named,
        "较上年" takes the one of the year before the latest as its base ("2026年收支总预算1291.68万元，2025年收支总预算846.48
        万元，较上年增加了445.20万元"). With no
        comparison word, the two figures of the sentence named by consecutive years are compared
        ("2016年预算8万元，2015年预算12.5万元；对比减少4.35万元" → 4.50), or the actual with a budget
        before it ("预算数3786.71万元，调整数4610.19万元，决算数4610.19万元，增加823.48万元"); an adjustment
        names both ("收入由年初预算12981.26万元调整为13250.10万元，调增268.84万元" → 268.84). 多/少 after a
        comparison are changes ("比去年3.01万元少0.07万元"), and so is a base written after the comparison
        word with its rate between ("较上年同期99895万元下降32.0%，减收31940万元"). A written base after the last part of a list
        may be compared with the list's total ("转移性收入A，其中：…、专项转移支付收入a，比报告数B增加d":
        d = A − B, or a − B), and a comparison closing a sentence whose amounts before it state no change of
        their own may be of the sentence's first amount ("两县…财政收入是23940万元，即梨树14163万元，伊通9777万
        元，比我市少1825万元" → 25765 − 23940). A budget balances: in a 预算 whose income and spending of the same funds
        are stated equal and both compared with last year's budget, their changes must be equal
        ("收入预算A，比2023年预算减少876.75万元…支出预算A，比2023年预算减少867.75万元" is a slip); not
        against 执行数, since last year's income and spending executed may differ.
        A base from an earlier sentence of the paragraph must measure what the current figure does, as far as their
        names say ("下达市县均衡性转移支付补助115亿元。…补助市县支出933.38亿元，比去年增加d": no base given).
        Tolerance: the interval rule; the direction word gives the sign (减少 with a larger current figure
        is a mismatch).
        """),
    "AVG001": ("average", "error", "average", "A stated average is not the total divided by the count.", """
        What it checks: "平均每…X" against the total and the count the sentence refers to, and a rate per
        head against the count and total of its sentence ("补贴5人，每人每年2520元，共发放12600元"), and 户均/人均 after a
        count of that unit in its own sentence against that sentence's total, a change divided as its name says
        ("增加安排385.8万元，惠及2522户，户均增加安排1530元"; not a standard: "20.41万人、人均55元"; so are 车均, 生均, 校均
        and 亩均: "更新购置车辆10辆，购置费329万元，车均购置费32.9万元"). The total
        is never an amount per unit itself ("平均每个村有资产885.54万元，负债246.07万元；平均每个村收入
        61.72万元": 246.07 is per village too, and nothing is checked). A standard (平均标准), averages given
        part by part for one count of the parts together (每人次平均救助水平分别为a和b) and averages per
        period (540.6元/人·月, 月人均补差201元) are not a total over a count and are left alone; so is 人均 after a count of visits
        in its sentence ("城镇医疗救助23445人次，累计支出652.45万元，年人均救助水平328.05元": how many people, it does not say).
        A total from the sentence before must be an amount of what the average names ("…利润总额1708.72亿元。…在岗职工
        840764人，平均工资13.34万元": no wage bill is given, nothing is checked). An average per nothing named
        divides no count of another paragraph ("…主要有三个方面：" "…全省县级财政收入平均为8000万元": of
        counties the text does not count). An average per visit (平均每门诊人次) divides by visits (人次) only; an average
        per month (月平均补助水平) is left alone; a count said roughly right before it ("吸纳174万余名…，发放劳务报酬
        234.7亿元，人均增收1.3万元") leaves it unchecked; and an amount after a count is no average said of the
        count before ("村均年增收a，带动…419人…，分红总额b，人均年分红c" → b ÷ 419). The total may follow the average
        ("补贴面积679160亩，平均每亩补贴64.67元，补贴金额4392万元"), and a per-head increase divides the amount
        its name ends with ("…以务工等方式增收7.348万元，人均增收2041元" → 7.348万 ÷ 36).
        Why: averages are derived figures; a wrong one shows a wrong total or count.
        Example: "运行维护费5.43万元…平均每台车的运行费用为2.72万元" with 2辆 → 2.715 → 2.72 (consistent).
        Tolerance: the interval rule; when several counts could be meant, any one that fits is accepted.
        """),
    "DIR001": ("other", "warning", "direction-word", "A direction word (大于/小于/持平) contradicts the figures it describes.", """
        What it checks: "决算数小于预算数", "与上年持平" and similar words against the two figures they compare;
        for 持平 the base is resolved from the comparison as for CHG001 ("2024年预算安排B，比2023年预算执行数
        持平" → B = A, the 2023 执行数); "基本持平" is left unchecked.
        Why: explanations are often written before the final figures are in.
        Example: "全年预算为52.00万元，支出决算为51.32万元…决算数大于预算数" → 51.32 < 52.00.
        Tolerance: 持平/相等 holds when the intervals meet.
        """),
    "UNIT001": ("unit", "error", "unit-slip", "A figure's unit cannot be right: the arithmetic only closes in another unit.", """
        What it checks: a figure written in 元 among 万元 figures (or the reverse) whose relation fails as
        written and holds when the figure is read in the unit of its neighbours — in every kind of
        relation: sums, balances, differences and savings, shares, completion rates, year-on-year
        changes, averages; every plausible reading of a loosely worded one is tried. A partial list
        (其中…) short of its total counts only when the re-read part makes it add up exactly. A zero is
        zero in any unit: never a slip.
        Why: 179.93元 for a year-end balance of a government unit is a dropped 万; the amount is off by
        a factor of 10,000.
        Where either of two figures re-read closes the relation (a ratio), the one whose unit is the odd one
        out in its paragraph is named ("89410万元，比上年的131870.68元减少32.20%" among 万元: 131870.68元). Where no
        single figure re-read closes it, the figures written in the minority unit are re-read together ("保费收入7237元，
        其中：财产险781万元，寿险6003元，其他453万元": 7237 and 6003 are 万元). Where the units differ and the
        relation still fails once they agree, it stays the relation's own error, and its message gives the gap
        in one unit ("按5359.67元 + 1456.59元 + 4.41元计算为6820.67元，单位不一致（相差10000倍），统一单位后仍相差0.43万元"),
        not a gap of 68 million 元.
        Example: "年末财政拨款结转和结余179.93元" while 179.93 + 40 = 219.93万元 is the total carry-over.
        Tolerance: the relation must hold within rounding after the re-reading.
        """),
    "CON001": ("conflict", "error", "same-quantity-twice", "The same quantity is stated twice with different values.", """
        What it checks: figures that name the same measure, scope, funds and stage (e.g. 基本支出 of
        财政拨款, 决算) in two places of the report must agree. 财政拨款 vs all funds, 基本 vs 项目, budget vs
        actual are different quantities and never conflict, and so are the amounts of paragraphs opening with two
        places ("忻州市…全市一般公共预算支出128.01亿元" / "吕梁市…全市一般公共预算支出144.02亿元") or following two scope
        lead-ins ("在41个县收支完成情况上，…。" then "一般公共预算支出完成306.5亿元" / the same after "在59个区…"), or of sentences
        opening with two units' names ("比如市旅游委，2015年“三公”经费财政拨款决算数413.89万元" / "市食药监局2015年
        “三公”经费财政拨款决算数1848.26万元"; not the report's own: 本单位, 我局), or with one level of the government (区本级…,
        街道…当年一般公共预算支出182001万元, a part of the district's 1044428万元 named without a level). A figure whose sentence opens with a fund's
        name ("一般公共预算收入总计a，本年支出b，年末结转和结余c"), or whose heading names one ("（二）一般公共预算
        当年拨款结构情况" over "基本支出a"), may be of that fund, and so is a figure under a heading that is a
        fund's own name ("一、企业职工基本养老保险基金" / "二、城乡居民基本养老保险基金", each over "本年收入a"): it does not conflict with the same name
        stated without one; nor does spending named no more precisely (当年实际支出) in
        sentences about two different things ("县级福彩公益金…当年实际支出92.3万元" / "省市下达福彩公益金…
        当年实际支出219.488万元"). An amount whose sentence, paragraph and headings name no stage and no other
        period (上年, 5月份, 1—5月…) is of the report's own stage in a 决算 or a 预算 ("“三公”经费财政拨款支出2.05万元" twice in a 决算 is
        the year's actual twice); elsewhere it may be either and is not compared, except the year's spending
        and its parts (本年财政拨款支出合计A，其中：基本支出a), which are what was spent outside a 预算. A total
        its own list breaks down by scope is of no one scope, whatever its section. An item of an overview
        of the unit's income or spending detailed under its own numbered heading is the same quantity
        ("总收入A，其中：财政拨款收入9,787.85万元…" / "①财政拨款收入：本年度我院财政拨款收入共计9,787.85万元，
        占总收入的35.38%"), and so is its share of the same whole, unless the headings above name other funds ("四、
        一般公共预算财政拨款支出决算情况说明" over "1.基本支出a" is not the 基本支出 of all funds); a 预算's income and spending totals of all
        funds are one amount, since a budget balances ("收入预算842.79万元" / "支出预算824.79万元"; not 本年收入,
        which leaves out the carry-over); not an item of a subject's list
        ("初中教育支出A，其中：基本支出a"), nor one listed before with two amounts. Two lists of the same named
        items (at least two names in common, in different paragraphs, at least half of them and all but one written alike —
        10.00万元 and 10万元, not 1亿元 and 1.05亿元; a school's and one group's funds sharing two of four amounts are two
        subjects: a budget's projects "其中：中介机构服务费
        418.80万元，财政业务费10.00万元…" and again under 年度预算安排) give each item one amount, unless the
        lists are of another year, stage, scope or funds (a list opened 调整后：… is the adjusted budget's, not the one
        approved before), or stand under two levels of government (全区…, 自治区
        本级…; 全国… and 中央…, as their sentences or their paragraphs' openings name them — the level nearest the first
        amount: "汇总区本级和镇级决算，2014年，全区…" opens with 全区; a sentence opening with 其中 names what the sentence
        before it names: "2011年，质检系统…预算总额为A。其中，…"), or follow numbered headings naming two funds
        ("一、企业职工基本养老保险基金。本年收入…" / "四、工伤保险基金。本年收入…"), or the last lines with no
        figure before them that name a stage name two stages ("1. 镇人大会议批准的年初预算草案。" … "3. 决算情况。"). The amounts of a paragraph going on a list the paragraph before opened ("…缴费支出150384元，其中："
        then "基本支出150384元，项目支出0元。", and on over paragraphs ending in ；) are that item's parts, not the
        report's own, and of the opener's year; a fact's year is else its heading's ("一、2010年“三公经费”支出情况"). An
        amount whose own stage word contradicts its heading's ("一、2018年年初预算" over "…其中：因公出国（境）费支出决算
        0万元") is of neither stage and compared with nothing. A value stated three
        times is reported once: each mention is held to the first one of its value, or else to the first one.
        Why: a report is often assembled from parts written at different times; one of them is outdated.
        Example: part 一 "财政拨款决算支出…其中：基本支出1957.87万元", part 二 (基本支出) "全年财政拨款支出为1980.3万元".
        Tolerance: the two rounding intervals must meet (元 and 万元 converted first).
        """),
    "CON002": ("conflict", "error", "text-restates-table", "A figure of the text differs from the table cell it restates.", """
        What it checks: a 说明 restates its tables: a subject's amount (住房公积金（项）, 社会保障和就业支出（类）)
        against the subject's row, by code and names, in every table of the same stage (预算/决算) and
        funds (财政拨款 or 一般公共预算 vs all funds), in the column of the same scope (合计, 基本支出, 项目支出);
        三公经费 and its parts against their columns in the 三公 table, or its rows (a 三公 table of rows: its 合计
        row is the 三公经费, "“三公”经费决算支出数为1957.23万元", and 公务用车费 the 公务用车购置及运行维护费 line); a 决算's text 年初预算 or 全年预算 against
        a bare 预算数 column when the table has no column of that budget. A project self-evaluation's
        money (年初预算, 全年预算, 全年执行, 预算执行率) against the funding lines of its one 绩效自评表,
        and what it says an indicator achieved (养护路段优良路率为82.6%) against the indicator's
        实际完成值. Tables in 元 are compared with text in 万元. When several cells could be meant,
        the text is consistent if any one agrees.
        Why: the text is typed from the tables; a figure that differs from every cell it could restate
        was mistyped or left from an earlier version of the tables.
        Example: "“住房保障支出（类）住房改革支出（款）住房公积金（项）”…2024年预算安排352.67万元" while every
        table's 住房公积金 row is 3,503,499元 = 350.35万元.
        Tolerance: the two rounding intervals must meet (352.67万元 = [3526650, 3526750)元 against 3503499元 ±0.5).
        """),
    "CON003": ("conflict", "error", "table-restates-table", "A table cell differs from the same quantity in another table.", """
        What it checks: a report's tables restate each other (收支总表 → 收入总表 → 支出总表 → 一般公共预算支出表):
        a subject's row (by code and names) or a measure's column, in the column of the same scope, in tables
        of the same stage, funds and flow (收入 or 支出, as the title says). Each cell is compared with the value
        most of those tables give, so the one mistyped cell is the one reported.
        Why: the tables are exported from one system; a cell that differs was typed over by hand or comes
        from an earlier version.
        Example: 社会保障和就业支出 is 8,601,234元 in the 支出总表 and in the 一般公共预算支出表's 合计 of
        the same funds... but 8,610,234元 in the 财政拨款支出表 of the same funds.
        Tolerance: the two rounding intervals must meet (元 and 万元 converted first).
        """),
    "TBL001": ("table", "error", "table-total", "A table's total row or column is not the sum of its items.", """
        What it checks: 合计/总计 rows against the rows they total (top-level items; 其中 rows and
        sub-items by subject code are left out), total columns against the columns they add, and 其中
        rows against the row above them (an item, a total or a subject-code row), which they cannot
        exceed — except in a column of signed changes, where the row or one of its sub-rows is negative
        (公务用车费 +8.56 = 运行维护费 +21.80 − 购置 13.24). A code of a length the table's hierarchy never uses (a lone "7" where a PDF lost "210")
        is read as no code, so it opens no top-level group of its own; a numbered row is a sub-item of a
        numbered row only under a deeper numbering (1、 under 一、, not 四、 after 4、). A table of averages per unit
        (院均/人均/生均… in its title or header) is not summed down its rows, nor is a bare number (a
        分值 20) a total of cells of a measure (1.5亩, 25亩): such cells stand shifted under a wrapped row; nor
        is a column whose parts all equal its total (100, 100, 100 under 100: rates whose % a flattened header lost).
        A flattened total row of fewer cells, as many as the columns that are no rates, takes those columns
        ("合计 | 24.7 | 7.49 |" under "票种 | 公益金比例 | 销量 | 筹集公益金 |"). A numbered total between rows
        of its own numbering (二、收入合计 after 一、期初余额, before 三、支出合计) heads a section: it adds up the rows
        numbered under it ((一)收入小计 + (二)上级补助收入), never the rows above it. A row whose blank cells a page dropped,
        packing the rest to the left ("4.其他收入 | 122,418.14 | 189,965.82 | -82.64% | | |", a rate now under a column
        of amounts), stands under no known column: no sum reads it.
        Why: tables are typed by hand or pasted from different versions of the accounts.
        Example: 合计 16 | 15.42 with items 10 | 9.99 and 6 | 5.43.
        Tolerance: the interval rule on every cell.
        """),
    "TBL002": ("table", "error", "table-column-formula", "A table cell breaks the formula the rest of its column follows.", """
        What it checks: difference and ratio columns (差异, 增减 — also written 增、减额 —, 增长额, 比率, 增长比, 增幅, 幅度,
        %; the words are in patterns/tables.toml): the formula is learnt from the
        column's own rows (e.g. 金额差异 = 决算 − 预算, 比率 = 差异 / 预算) and each row is checked against it.
        Why: one cell typed over by hand breaks a column everyone assumes was computed.
        Example: 超支节约比率 −3.63% = −0.58 / 16 (consistent); −3.56% in the same cell would be flagged.
        Tolerance: the interval rule; a formula is learnt only when at least two rows follow it exactly.
        A table of one row gives no such evidence: there only a 合计 (小计) column whose layout leaves one reading
        is checked — the first or last of the columns under its heading, the others plain amounts, one per heading
        ("“三公”经费预算数" over "合计 | 因公出国（境）费 | 公务接待费 | 公务用车购置及运行费（小计 | 购置费 | 运行费）":
        合计 = 因公出国 + 公务接待 + 小计 and 小计 = 购置费 + 运行费, not 机关运行经费 beside them; "县（市、区） | 袁州 |
        奉新 | … | 合计"). A header whose rows slipped (合计 over 小计) gives no layout.
        A web table's second header row written from the first column (its cells spanning both rows are not written
        again) is put under the one heading above sharing its words: "项目 | 2014年决算数 | 2015年决算数 | 增、减情况"
        over "增、减额 | 增、减幅度" heads the last two columns; with two such headings (公务用车费, 公务接待费 over
        公务用车运行维护费) it is left as written.
        """),
}
for _code, (_type, _sev, _name, _summary, _doc) in _DOCS.items():
    define(_code, _type, _name, _sev, _summary, _doc)


# --------------------------------------------------------------------------- value helpers


def show(f: Figure) -> str:
    """A figure as written, for a message: 179.93万元, 67.55%; a table cell with its table's unit."""
    raw = f.raw.strip() or str(f.value)
    return f"{raw}{f.unit}" if f.table and not raw.endswith(f.unit) else raw


def money_unit(figs: Iterable[Figure]) -> tuple[str, Decimal]:
    """The unit most money figures of a relation are written in, for stating computed values."""
    units = [f.unit for f in figs if f.kind == "money"]
    if not units:
        return "", Decimal(1)
    unit = max(dict.fromkeys(units), key=units.count)  # (a tie goes to the first written: a set's order varies)
    return unit, UNIT_FACTOR.get(unit, Decimal(1))


def _units_apart(rel: Relation, ctx: CheckContext, out: Outcome) -> Decimal | None:
    """The unit scale (10000, 1/10000, …) the stated and computed values stand apart by, when the two
    sides of a sum or a plain ratio are each written in one unit, and not the same one; else None.
    (A change's base holds the change itself: one scale cannot carry it over.)"""
    if out.computed is None or not out.computed.mid:
        return None
    if rel.kind == "sum":
        sides = [[ctx.by_id[rel.figures[0]]], [f for f, _ in terms_of(rel, ctx.by_id, "terms")]]
    elif rel.kind == "ratio" and not {i for i, _ in rel.data.num} & {i for i, _ in rel.data.den}:
        sides = [[f for f, _ in terms_of(rel, ctx.by_id, side)] for side in ("num", "den")]
    else:
        return None
    units = [{f.unit for f in side if f.kind == "money"} for side in sides]
    if any(len(u) != 1 for u in units) or units[0] == units[1]:
        return None
    ratio = out.stated.mid / out.computed.mid
    for scale in (Decimal(10) ** 4, Decimal(10) ** 8, Decimal(10) ** -4, Decimal(10) ** -8):
        if abs(ratio / scale - 1) < Decimal("0.02"):
            return scale
    return None


# --------------------------------------------------------------------------- evaluation


_CONFLICTS = ("CON001", "CON002", "CON003")


def _judge(rel: Relation, ctx: CheckContext) -> tuple[Relation, Outcome]:
    """The best reading, unless the base the text names is 0: that rate does not exist, whichever
    other base would give it (the alternatives then only explain what was meant)."""
    if rel.data.named_base and (own := evaluate(rel, ctx.by_id)).verdict == "zero-base":
        return rel, own
    return evaluate_readings(rel, ctx.by_id)


def check(ctx: CheckContext):
    judged = [(rel, *_judge(rel, ctx)) for rel in ctx.relations if rel.rule in RULES and rel.kind != "skip"]
    habits = _Habits(*_share_totals(ctx), *_rounding_seen(judged, ctx))
    # one slip, one finding: the value another statement gives a figure (a restatement), or that a
    # reported relation computes for its stated figure, explains every other relation it repairs
    explained = _restated_values(judged, ctx, habits)
    part_values = _part_values(judged)
    for rel, best, out in sorted(judged, key=lambda j: _position(j[0], ctx)):
        # a partial list that adds up only when one figure is read in its neighbours' unit
        # (其中：基本支出1000.00万元，项目支出995.51元 under 1995.51万元) hides a unit slip
        if out.verdict == "mismatch" or (out.verdict == "ok" and rel.data.at_most):
            if rel.rule not in _CONFLICTS and (_explained(rel, ctx, explained)
                                               or (rel.figures[0] not in part_values and _explained(rel, ctx, part_values))):
                continue
            slip = next((x for x in (_unit_slip(r, ctx) for r in readings(rel)) if x is not None), None)
            if slip is not None:
                yield slip
                continue
        rel = best
        if out.verdict in ("ok", "skip"):
            continue
        if out.verdict == "mismatch":
            excuse = _last_digit_excuse(rel, ctx, out, habits)
            if excuse:
                yield _finding(rel, ctx, out, note=excuse)
                continue
            if rel.rule not in _CONFLICTS and rel.figures and out.computed is not None:
                # 868.34 is 2038.85 − 1168.51 = 870.34: the parts' sum that also makes 870.33, and the
                # relations that use 868.34 and hold with 870.34, say nothing new
                explained.setdefault(rel.figures[0], []).append(out.computed)
        yield _finding(rel, ctx, out)


def _position(rel: Relation, ctx: CheckContext) -> tuple[int, int]:
    """Where a relation's stated figure stands: relations are judged in reading order, so the
    first statement of a slip is the one reported."""
    f = ctx.by_id.get(rel.figures[0]) if rel.figures else None
    return (0, f.start) if f is not None else (1, 0)


def _restated_values(judged, ctx: CheckContext, habits: _Habits) -> dict[str, list[Interval]]:
    """For each figure of a failed restatement (the same quantity stated twice, or text against its
    table), the value the other statement gives it. A restatement that only cuts an amount short
    (reported as info) explains nothing: another relation that fails is its own finding."""
    out: dict[str, list[Interval]] = {}
    for rel, best, o in judged:
        if rel.rule in _CONFLICTS and o.verdict == "mismatch" and o.stated is not None and o.computed is not None \
                and _last_digit_excuse(best, ctx, o, habits) is None:
            a = best.figures[0]
            others = [i for i, _ in best.data.terms]
            out.setdefault(a, []).append(o.computed)
            if len(others) == 1:
                out.setdefault(others[0], []).append(o.stated)
    return out


def _part_values(judged) -> dict[str, list[Interval]]:
    """For each figure that is a part in one failing sum and the total of another, the value its own parts give it
    ("…一般债券1509亿元…" under 5350 where 1420 + 170 = 1590 and 1590 + 3760 = 5350): the slip is there, and the sum it
    is a part of, holding with that value, says nothing new. (The figure's own sum is always reported.)"""
    failing = [(rel, o) for rel, _, o in judged if o.verdict == "mismatch" and rel.rule not in _CONFLICTS]
    used = {i for rel, _ in failing if rel.kind == "sum" for i, _ in rel.data.terms}
    out: dict[str, list[Interval]] = {}
    for rel, o in failing:
        if rel.kind == "sum" and rel.figures and rel.figures[0] in used and o.computed is not None:
            out.setdefault(rel.figures[0], []).append(o.computed)
    return out


def _explained(rel: Relation, ctx: CheckContext, values: dict[str, list[Interval]]) -> bool:
    """One slip, one finding: a relation that fails only because of a figure another finding already
    names (352.67 where the item's heading says 350.35; 910.00 where 860.00 + 40.00 make 900.00)
    holds when that figure takes the value the other finding gives it, and is not reported again."""
    for fid in dict.fromkeys(rel.figures):
        for value in values.get(fid, []):
            if any(evaluate(r, ctx.by_id, instead={fid: value}).verdict in ("ok", "rounding") for r in readings(rel)):
                return True
    return False


def _share_totals(ctx: CheckContext) -> tuple[dict[str, Decimal], dict[str, Decimal]]:
    """For each base, the sum of the shares stated of it (占…% of the same total), each part counted
    once however often the report repeats its share (in the list, then in the part's own paragraph); and
    how far that sum may be from the true one: half a unit of each share's last digit."""
    shares: dict[str, dict[tuple[Decimal, Decimal], Figure]] = {}
    for rel in ctx.relations:
        base = rel.data.share_of
        num = [ctx.by_id[i] for i, _ in rel.data.num if i in ctx.by_id]
        if base and rel.figures and rel.figures[0] in ctx.by_id and len(num) == 1:
            share = ctx.by_id[rel.figures[0]]
            shares.setdefault(base, {})[(num[0].value, share.value)] = share  # (two parts of one amount may differ in share)
    return ({base: sum((f.value for f in by_part.values()), Decimal(0)) for base, by_part in shares.items()},
            {base: sum((half_unit(f.decimals) for (part, _), f in by_part.items() if part), Decimal(0))
             for base, by_part in shares.items()})  # (the share of nothing is 0% exactly)


@dataclass
class _Habits:
    """How a report writes its percentages: the shares it states of each total (summed), and the
    percentages that show rounding (stated as rounded where truncating gives another value) or
    truncating (the other way round), by stated figure."""

    shares: dict[str, Decimal]
    slack: dict[str, Decimal]
    rounded: set[str]
    truncated: set[str]


def _rounding_seen(judged, ctx: CheckContext) -> tuple[set[str], set[str]]:
    rounded, truncated = set(), set()
    for _, best, out in judged:
        stated = ctx.by_id.get(best.figures[0]) if best.figures else None
        if best.kind != "ratio" or stated is None or stated.kind != "percent" or out.computed is None:
            continue
        unit = Decimal(1).scaleb(-stated.decimals)
        q = out.computed.mid.copy_abs()
        up, cut = q.quantize(unit, ROUND_HALF_UP), (q // unit) * unit
        if up != cut and stated.value.copy_abs() in (up, cut):
            (rounded if stated.value.copy_abs() == up else truncated).add(stated.id)
    return rounded, truncated


def _last_digit_excuse(rel: Relation, ctx: CheckContext, out: Outcome, habits: _Habits) -> str | None:
    """A percentage off by one unit in its last digit, for a reason reports commonly have: the value
    was truncated rather than rounded (unless the report rounds its other percentages and truncates
    none), or shares of one total were adjusted to add up to 100%; or written to more than two
    decimals and off by less than 0.01 percentage point."""
    stated = ctx.by_id[rel.figures[0]]
    if rel.rule in ("CON002", "CON003") and stated.kind == "money" and out.computed is not None:
        return _truncated_money(stated, out)
    parts = [f for f, _ in terms_of(rel, ctx.by_id, "terms")]
    if rel.kind == "sum" and stated.kind == "money" and out.computed is not None and parts \
            and all(f.kind == "money" and f.unit == stated.unit and f.decimals > stated.decimals for f in parts):
        return _truncated_money(stated, out)  # (373.9052万元 + 503.8417万元 written 877.74万元)
    if rel.kind != "ratio" or stated.kind != "percent" or out.computed is None:
        return None
    unit = Decimal(1).scaleb(-stated.decimals)
    q = out.computed.mid
    base = rel.data.share_of or ""
    if habits.shares.get(base) == 100 and abs(q - stated.value) <= habits.slack[base]:
        # (the share written to make 100%, taking up what the others' rounding left: 25.89 + 49.50 + 3.6 + 21.01,
        # where 4933 ÷ 23435 = 21.05% and 835 ÷ 23435 = 3.56% was written 3.6)
        return "各分项占比合计为100%，可能为凑整调整"
    if abs(q.quantize(unit, ROUND_HALF_UP) - stated.value) > unit:
        return None  # (one unit apart once rounded: 54 ÷ 141 = 38.298 → 38.3, stated 38.4)
    if (q.copy_abs() // unit) * unit == stated.value.copy_abs() \
            and (habits.truncated - {stated.id} or not habits.rounded - {stated.id}):
        return "按截尾取数，与四舍五入结果相差末位一个单位"
    if habits.shares.get(rel.data.share_of or "") == 100:
        return "各分项占比合计为100%，可能为凑整调整"
    if stated.decimals > 2 and abs(q - stated.value) < Decimal("0.005"):
        return "差异不足0.01个百分点"  # (6.2118% for 6.21186%: finer than any report reads its rates)
    return None


def _truncated_money(stated: Figure, out: Outcome) -> str | None:
    """A text amount that cuts the table's amount off at its last digit instead of rounding it
    (877,080元 written 87.70万元): a habit of some reports, not a different quantity."""
    k = factor(stated)
    unit = Decimal(1).scaleb(-stated.decimals)
    q = out.computed.mid / k
    # nothing is not an amount cut short: 0万元 for the table's 0.95万元 says there is none
    if q >= 0 and (q // unit) * unit == stated.value and stated.value != 0:
        return "按截尾取数，与四舍五入结果相差末位一个单位"
    return None


def _unit_slip(rel: Relation, ctx: CheckContext) -> Finding | None:
    """A money figure in 元 among 万元 (or the reverse) whose relation holds when re-read."""
    ids = [rel.figures[0]] + [i for key in ("terms", "num", "den") for i, _ in getattr(rel.data, key)]
    figs = [ctx.by_id[i] for i in dict.fromkeys(ids) if i in ctx.by_id]  # this reading's figures only
    money = [f for f in figs if f.kind == "money"]
    units = {f.unit for f in money}
    if len(units) < 2:
        return None
    if rel.data.at_most:  # a partial list closes only exactly: "less than the total" proves nothing
        rel = rel.model_copy(update={"data": rel.data.model_copy(update={"at_most": False})})
    # the figure whose unit is the odd one out in its paragraph first: "…为89410万元，比上年的131870.68元
    # 减少32.20%" holds with either re-read, but 元 is the slip among the paragraph's 万元
    def share_of_unit(f: Figure) -> int:
        return sum(1 for g in ctx.by_id.values() if g.kind == "money" and g.block == f.block and g.unit == f.unit)

    for f in sorted(money, key=share_of_unit):
        if f.value == 0:
            continue  # nothing is nothing in any unit (0.00万元 among 元 is no slip)
        others = [g.unit for g in money if g is not f]
        for alt in set(others) - {f.unit}:
            if others.count(alt) < max(1, len(others) // 2):
                continue
            trial = evaluate(rel, ctx.by_id, {f.id: UNIT_FACTOR[alt]})
            if trial.verdict in ("ok", "rounding"):
                cited = [f] + [g for g in figs if g is not f]
                return make_finding(
                    ctx.doc, "UNIT001", cited,
                    f"{f.label or '该数'}写作{show(f)}，与同一计算中的其他数字单位（{alt}）不一致；"
                    f"按{f.value}{alt}计算则{_relation_words(rel, ctx)}成立",
                    stated=show(f), computed=f"{f.value}{alt}",
                )
    # several figures written in the other unit alike ("保费收入7237元，其中：财产险781万元，寿险6003元，…453万元")
    for unit in sorted(units, key=lambda u: (sum(share_of_unit(f) for f in money if f.unit == u), u)):  # the odd unit first
        odd = [f for f in money if f.unit == unit and f.value != 0]
        if len(odd) < 2:
            continue
        others = [g.unit for g in money if g.unit != unit]
        for alt in set(others):
            if others.count(alt) < len(odd):
                continue
            if evaluate(rel, ctx.by_id, {f.id: UNIT_FACTOR[alt] for f in odd}).verdict in ("ok", "rounding"):
                written = "、".join(f"{f.label or '该数'}写作{show(f)}" for f in odd)
                return make_finding(
                    ctx.doc, "UNIT001", odd + [g for g in figs if g not in odd],
                    f"{written}，与同一计算中的其他数字单位（{alt}）不一致；按{alt}计算则{_relation_words(rel, ctx)}成立",
                    stated=show(odd[0]), computed=f"{odd[0].value}{alt}",
                )
    return None


def _subject_words(rel: Relation, ctx: CheckContext, stated: Figure) -> str:
    """What the stated figure is, for a message: a percentage is named after what it measures."""
    label = stated.label or "该数"
    if rel.kind != "ratio" or stated.kind != "percent":
        return label
    num = terms_of(rel, ctx.by_id, "num")
    if not num:
        return label
    subject = num[0][0].label
    return f"{subject}（{label}）" if subject and subject not in label else label


def _formula(rel: Relation, ctx: CheckContext) -> str:
    """The computation in words: 按 223.45 + 1914.36 − 1980.3 / 按 15.42 ÷ 16."""

    def join(terms: list[tuple[Figure, int]]) -> str:
        out = ""
        terms = sorted(terms, key=lambda t: t[1] < 0)  # 12.39 − 11.8, not −11.8 + 12.39
        for i, (f, s) in enumerate(terms):
            num = f"{f.value}{f.unit if f.kind == 'money' else ''}"
            out += (num if s > 0 else f"−{num}") if i == 0 else (f" + {num}" if s > 0 else f" − {num}")
        return out

    if rel.kind == "ratio":
        num, den = join(terms_of(rel, ctx.by_id, "num")), join(terms_of(rel, ctx.by_id, "den"))
        num = f"({num})" if any(c in num for c in "+−") else num
        den = f"({den})" if any(c in den for c in "+−") else den
        return f"按{num} ÷ {den}"
    return f"按{join(terms_of(rel, ctx.by_id, 'terms'))}" if rel.data.terms else ""


def _relation_words(rel: Relation, ctx: CheckContext) -> str:
    return {"ratio": "比例关系", "balance": "结转结余关系", "direction": "比较关系", "difference": "差额关系"}.get(rel.kind, "合计关系")


def _finding(rel: Relation, ctx: CheckContext, out: Outcome, note: str | None = None) -> Finding:
    figs = [ctx.by_id[i] for i in rel.figures if i in ctx.by_id]
    stated = figs[0]
    if out.verdict == "zero-base":
        den = terms_of(rel, ctx.by_id, "den")
        if rel.data.base_stated:  # "执行数为0.00万元…增加100.00%": the base is written as zero
            base = den[0][0]
            return make_finding(
                ctx.doc, "PCT003", figs,
                f"比较基数{base.label or ''}为{show(base)}，变动率无法计算（报告写作{show(stated)}）",
                severity="warning", stated=show(stated), computed="基数为0",
            )
        if rel.data.growth:  # this year's figure less its change: last year had nothing
            cur, change = den[0][0], den[-1][0]
            # the templates' 100% is a convention; any other rate says the change or the rate is wrong
            convention = stated.value == 100
            return make_finding(
                ctx.doc, "PCT003", figs,
                f"按本年{show(cur)}与变动额{show(change)}推算，上年数为0，增长率无法计算（报告写作{show(stated)}）"
                + ("" if convention else "，变动额或增长率有误"),
                severity="info" if convention else "error", stated=show(stated), computed="上年数为0",
            )
        base = den[0][0] if den else stated
        meant = next((r for r in readings(rel)[1:] if evaluate(r, ctx.by_id).verdict in ("ok", "rounding")), None)
        other = next((r for r in readings(rel)[1:] if evaluate(r, ctx.by_id).verdict == "mismatch"), None)
        if meant is None and other is not None:
            # "年初预算为0万元，全年预算为321.02万元，支出决算为307.82万元，完成年初预算的85.89%": wrong over the base
            # it names (0) and over every other one too
            found = _finding(other, ctx, evaluate(other, ctx.by_id))
            return found.model_copy(update={"message": f"{found.message}（所称基数{base.label or ''}{show(base)}为0）"})
        said = f"（按{ctx.by_id[meant.data.den[0][0]].label}{show(ctx.by_id[meant.data.den[0][0]])}计算正为{show(stated)}，" \
               "疑为基数名称有误）" if meant is not None else ""
        return make_finding(
            ctx.doc, "PCT003", figs,
            f"{_subject_words(rel, ctx, stated)}{show(stated)}的基数{base.label or ''}{show(base)}为0，比例无法计算{said}",
            stated=show(stated), computed="基数为0",
        )
    if rel.kind == "ratio" and rel.data.scale == 100:
        unit, k = "%", Decimal(1)
    elif stated.kind == "money":
        unit, k = money_unit(figs)  # state the result in the unit most of the figures use
    else:
        unit, k = stated.unit, Decimal(1)
    computed = out.computed.mid / k if out.computed is not None else None
    whole = stated.kind == "count" or (unit == "元" and stated.decimals == 0)
    places = max(stated.decimals, 0) if whole else max(stated.decimals, 2)  # (128.69万人次: −2, written out whole)
    comp_text = f"{fmt(computed, places)}{unit}" if computed is not None else "?"
    severity = "info" if out.verdict == "rounding" or note else None
    how = _formula(rel, ctx)
    message = f"{_subject_words(rel, ctx, stated)}说明为{show(stated)}，{how}计算为{comp_text}"
    parts = terms_of(rel, ctx.by_id, "terms")
    if rel.kind == "sum" and len(parts) == 1 and rel.data.at_most:  # one 其中 part above its total
        part = parts[0][0]
        message = f"{_subject_words(rel, ctx, stated)}说明为{show(stated)}，其中{part.label or '所列部分'}{show(part)}大于该总数"
    if out.verdict == "rounding":
        message += "，差异在取整误差范围内"
    elif note:
        message += f"（{note}）"
    elif computed is not None and rel.kind != "direction":
        if scale := _units_apart(rel, ctx, out):
            # parts in 元 under a total in 万元 that still misses: a gap of 68204154元 says nothing; the gap
            # once the units agree does
            gap = abs(out.stated.mid - out.computed.mid * scale) / factor(stated)
            message += f"，单位不一致（相差{fmt(scale if scale > 1 else 1 / scale, 0)}倍），统一单位后仍相差{fmt(gap, places)}{stated.unit}"
        else:
            message += f"，相差{fmt(abs(out.stated.mid / k - computed), places)}{unit}"
    if rel.rule == "CON001":
        other = figs[1]
        where = f"（{other.section[-1]}）" if other.section and other.section != stated.section else ""
        message = (f"同一数额前后不一致：{rel.data.subject or stated.label or rel.data.same}此处为{show(stated)}，"
                   f"前文{where}为{show(other)}")
        if out.verdict != "rounding":
            message += f"，相差{fmt(abs(out.stated.mid - out.computed.mid) / k, places)}{unit}"
        comp_text = show(other)
    if rel.rule == "CHG002" and rel.kind == "linear":  # a balanced budget's two changes (changes.balanced_changes)
        e, d, spending = figs[0], figs[1], figs[2]
        said_d, _, said_e = rel.data.word.partition("|")
        message = f"收入与支出预算同为{show(spending)}且比较基数相同，但收入{said_d}{show(d)}、支出{said_e}{show(e)}，变动额应一致"
        if out.verdict != "rounding":
            message += f"，相差{fmt(abs(out.stated.mid - out.computed.mid) / k, places)}{unit}"
        comp_text = show(d)
    if rel.rule == "CON002":
        cells = terms_of(rel, ctx.by_id, "terms")
        table = rel.data.table
        unit, k = stated.unit, factor(stated)  # in the text's unit: the table's may be 元
        written = show(cells[0][0]) if cells else "空白（0）"
        message = (f"文字与表格不一致：{rel.data.same or stated.label}文字为{show(stated)}，"
                   f"表格{('（' + table + '）') if table else ''}中为{written}")
        if out.verdict != "rounding":
            message += f"，相差{fmt(abs(out.stated.mid - out.computed.mid) / k, places)}{unit}"
        comp_text = written
    if rel.rule == "CON003":
        other = figs[1]
        unit, k = stated.unit, factor(stated)
        message = (f"表格之间不一致：{rel.data.same or stated.label}在{rel.data.table_of_stated or '此表'}中为"
                   f"{show(stated)}，在{rel.data.table or '其他表格'}中为{show(other)}")
        if out.verdict != "rounding":
            message += f"，相差{fmt(abs(out.stated.mid - out.computed.mid) / k, places)}{unit}"
        comp_text = show(other)
    if rel.kind == "direction":
        a, b = figs[0], figs[1]
        message = f"文字称{rel.data.word}，但{a.label or ''}{show(a)}与{b.label or ''}{show(b)}不符"
        comp_text = None
    return make_finding(ctx.doc, rel.rule, figs, message, severity=severity, stated=show(stated), computed=comp_text)
