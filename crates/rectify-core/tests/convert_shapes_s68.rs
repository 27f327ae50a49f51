//! Shapes met in session 68. Every notice here is my own, and each test
//! fails on the converter of the session's start (e459e34).

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems};
use rectify_core::model::Status;

use Status::*;

/// Problems at the `一、` level, each with bare sub-headings for its parts
/// (`（一）存在问题` › the finding, `（二）整改措施` › `一是…`, `（三）整改成效`
/// › the report): the sub-headings are the problem's fields, not its
/// measures, and a list of measures under `整改措施` is the problem's.
/// A heading that ends by stating its failing (`…主体责任压得不实`) is a
/// problem, though `主体责任` names a section of the work elsewhere.
#[test]
fn problems_with_bare_field_headings() {
    let text = "\
某县农业农村局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改2个，正在整改1个。

一、农机购置补贴审核不严
（一）存在问题
　　个别乡镇对补贴申请材料审核流于形式。
（二）整改措施
　　一是修订补贴审核办法；二是对2023年以来补贴发放情况开展全面复核。
　　责任科室：农机股。
（三）整改成效
　　复核补贴申请612份，追回违规补贴2.3万元。该问题已完成整改。

二、全面从严治党主体责任压得不实
（一）存在问题
　　党组研究党风廉政建设工作次数偏少。
（二）整改措施
　　党组每季度专题研究一次全面从严治党工作。责任单位：机关党委。
（三）整改成效
　　已专题研究3次。该问题已完成整改。

三、高标准农田建设进度滞后
（一）存在问题
　　2023年度项目开工率仅为64%。
（二）整改措施
　　一是建立周调度机制；二是对进度滞后的施工单位进行约谈。
（三）整改成效
　　目前项目开工率已达91%，该问题正在整改中。

某县农业农村局党组
2024年11月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("农机购置补贴", Done),
            ("全面从严治党", Done),
            ("高标准农田建", InProgress),
        ],
    );
    let subsidy = problem(&r, "农机购置补贴");
    assert!(subsidy.children.is_empty(), "{:?}", subsidy.children);
    assert_eq!(subsidy.owners, ["农机股"]);
    assert_eq!(problem(&r, "全面从严治党").owners, ["机关党委"]);
}

/// Problems as unnumbered paragraphs under a heading with no problem's
/// keyword, each opened by the inspection's lead run on into the finding
/// (`巡察组指出我局…`) or with a comma (`巡察中还发现，…`), or naming its
/// problem first (`针对巡察组反馈的…问题（…），…`), each with its work and
/// state in the same paragraph.
#[test]
fn paragraphs_opened_by_the_inspections_lead() {
    let text = "\
中共某县水利局党组关于巡察整改进展情况的通报

巡察反馈问题五个，已完成整改三个，正在推进一个，需长期坚持一个。

一、提高站位，压实责任

　　局党组成立整改工作领导小组，召开专题会议4次。

二、坚持以改促治，逐项抓好落实

　　巡察组指出我局理论学习不够深入，学习研讨不充分。对此，我局修订学习制度，由局机关党委牵头建立学习台账。目前，该问题已完成整改。

　　巡察组指出我局河道采砂监管存在薄弱环节，部分河段违法采砂发现不及时。对此，由河湖管理股、水政监察大队具体负责，开展专项整治。目前，整改正在推进，预计6月底前完成。

　　巡察中还发现，局机关公务用车管理不规范。对此，由局办公室负责重新修订管理办法。目前已办结。

　　针对巡察组反馈的财务管理不严格问题（部分报销票据附件不全），我局对会计凭证进行全面自查，并由计划财务股牵头开展培训。目前，该问题已整改到位。

　　巡察组指出我局干部队伍结构不够合理，专业人才短缺。对此，我局制定干部队伍建设规划。目前，此项工作将长期坚持。

三、巩固整改成果

　　下一步，局党组将持续用力，确保整改到位。

中共某县水利局党组
2024年4月18日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 5);
    for (opening, status) in [
        ("巡察组指出我局理", Done),
        ("巡察组指出我局河", InProgress),
        ("巡察中还发现，局", Done),
        ("针对巡察组反馈的", Done),
        ("巡察组指出我局干", LongTerm),
    ] {
        assert_eq!(problem(&r, opening).status, Some(status), "{opening}");
    }
    assert_eq!(problem(&r, "巡察组指出我局理").owners, ["局机关党委"]);
    assert_eq!(
        problem(&r, "巡察组指出我局河").owners,
        ["河湖管理股", "水政监察大队"]
    );
    assert_eq!(problem(&r, "巡察中还发现，局").owners, ["局办公室"]);
    assert_eq!(problem(&r, "针对巡察组反馈的").owners, ["计划财务股"]);
    assert!(problem(&r, "巡察组指出我局干").owners.is_empty());
}

/// Problems labelled `反馈问题1：`, their tasks numbered `1.1` `1.2` and
/// each tagged with its state after its full stop (`…。（长期坚持）`): the
/// tasks are the problem's measures, and a problem with a task tagged
/// long-term and none under way is long-term work.
#[test]
fn feedback_problems_with_decimal_tasks_tagged_by_state() {
    let text = "\
某省粮食局党组关于巡视整改进展情况的通报

反馈问题3个，细化整改任务7项；3个问题中已完成整改1个、正在推进整改1个、需长期坚持1个。

一、关于贯彻落实决策部署方面

反馈问题1：理论学习制度执行不严格，研讨交流质量不高。
牵头单位：局办公室、机关党委
1.1 修订中心组学习规则。（已完成）
1.2 开展专题研讨4次。（已完成）

反馈问题2：仓储设施建设推进迟缓，部分项目资金拨付滞后。
牵头单位：规划建设处
整改时限：2025年6月底
2.1 对19个仓储设施项目逐一建立台账。（已完成）
2.2 督促相关市县加快低温仓改造项目建设，其余8个正在加紧施工。（推进中）

二、关于作风建设方面

反馈问题3：作风建设持续发力不够，基层减负成效不明显。
3.1 严格控制发文数量和会议规模，全年发文数量同比下降21%。（长期坚持）
3.2 统筹规范督查检查考核事项。（长期坚持）
3.3 清理规范各类微信工作群，共注销工作群27个。（已完成）

某省粮食局党组
2025年1月14日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("理论学习制度", Done),
            ("仓储设施建设", InProgress),
            ("作风建设持续", LongTerm),
        ],
    );
    assert_eq!(problem(&r, "理论学习制度").children.len(), 2);
    assert_eq!(problem(&r, "理论学习制度").owners, ["局办公室", "机关党委"]);
    let storage = problem(&r, "仓储设施建设");
    assert_eq!(storage.owners, ["规划建设处"]);
    assert_eq!(storage.deadline.as_deref(), Some("2025-06-30"));
    let c = rectify_core::convert::convert_notice(
        text,
        &rectify_core::convert::ConvertOptions::default(),
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
}

/// `1.` at three depths with nothing but position to tell them apart:
/// areas `第一部分`, problems `1.…不够到位。<detail>。` restarting per area,
/// and under each its measures `1.` `2.` `3.` restarting per problem. A list
/// restarting at 1 right after a finding's own line is its measures; a
/// measure that acts on those who failed (`对履职不力的3名河长进行约谈`,
/// `对超许可取水的7家单位依法下达…`) goes on with the measures.
#[test]
fn one_numbering_at_three_depths() {
    let text = "\
某市水务局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改2个，需长期坚持整改1个。

第一部分  贯彻落实决策部署方面

1.落实最严格水资源管理制度不够到位。部分取水户未安装在线计量设施。
1.对全市126家取水户开展专项检查，督促43家未安装在线计量设施的取水户完成安装。
2.对超许可取水的7家单位依法下达整改通知书，追缴水资源税费18.6万元。
3.修订取水许可管理实施细则，建立取水户监管台账。
责任领导：陈某某　责任部门：水资源管理科　完成时限：2024年3月底
整改进展：已完成整改。

2.河湖长制工作存在“挂名”现象。部分乡镇河长巡河流于形式。
1.印发压实河湖长责任的通知。
2.开发巡河APP，实行巡河轨迹实时上传。
3.将河长履职情况纳入年度目标考核，对履职不力的3名乡镇河长进行约谈。
整改进展：长期坚持。

第二部分  全面从严治党方面

1.财务管理不规范。差旅费报销审核不严。
1.清退违规报销费用1.26万元。
2.修订财务报销管理办法。
整改进展：已完成整改。

某市水务局党组
2024年7月5日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("落实最严格水", Done),
            ("河湖长制工作", LongTerm),
            ("财务管理不规", Done),
        ],
    );
    let water = problem(&r, "落实最严格水");
    assert_eq!(water.children.len(), 3);
    assert_eq!(water.owners, ["陈某某", "水资源管理科"]);
    assert_eq!(water.deadline.as_deref(), Some("2024-03-31"));
    assert_eq!(problem(&r, "河湖长制工作").children.len(), 3);
}

/// A 督察 petition notice as keyed cards, its title on two lines ending with
/// the batch (`…办理情况的公示（第三批）`): the handling is the progress
/// (not the investigation's findings before it), a case's verdict states
/// its state (`阶段性办结` is under way), a plan there is its deadline, and
/// with no owners' key the units the handling names as doing the work are
/// its owners.
#[test]
fn petition_cards_handed_over_by_an_inspection() {
    let text = "\
某县关于省生态环境保护督察组交办信访件
办理情况的公示（第三批）

本批次共交办信访件3件，已办结2件，阶段性办结1件。

受理编号：D3JS202406100017
交办问题基本情况：群众反映，白沙镇某木业公司夜间排放刺鼻气味。
行政区域：白沙镇
污染类型：大气
调查核实情况：县生态环境局现场检查，废气处理设施已安装但活性炭未及时更换。
是否属实：属实
处理和整改情况：县生态环境局已对该公司立案调查；企业已完成活性炭更换。已办结。
责任人被处理情况：无

受理编号：D3JS202406100022
交办问题基本情况：群众反映，城东街道3家烧烤店油烟直排。
行政区域：城东街道
污染类型：大气
调查核实情况：经核查，2家未安装油烟净化设施，已全部停业。
是否属实：属实
处理和整改情况：县城市管理局已责令3家店铺安装油烟净化设施。已办结。
责任人被处理情况：无

受理编号：D3JS202406100031
交办问题基本情况：群众反映，柳林镇一养猪场粪污直排农田沟渠。
行政区域：柳林镇
污染类型：水
调查核实情况：经核查，沼液储存池容量不足，已全部满溢。
是否属实：部分属实
处理和整改情况：县农业农村局督促养殖户清运沼液12吨。该件阶段性办结，储存池扩容预计2024年7月15日前完成。
责任人被处理情况：无

某县生态环境保护督察整改工作领导小组办公室
2024年6月21日
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "某县关于省生态环境保护督察组交办信访件办理情况的公示（第三批）"
    );
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("群众反映，白", Done),
            ("群众反映，城", Done),
            ("群众反映，柳", InProgress),
        ],
    );
    assert_eq!(problem(&r, "群众反映，白").owners, ["县生态环境局"]);
    assert_eq!(problem(&r, "群众反映，城").owners, ["县城市管理局"]);
    let farm = problem(&r, "群众反映，柳");
    assert_eq!(farm.owners, ["县农业农村局"]);
    assert_eq!(farm.deadline.as_deref(), Some("2024-07-15"));
}

/// Problems `第一项：…` numbered through the notice under unlabelled area
/// lines, each with `措施一：` lines, a leads' line and `完成情况：`: each
/// item is a problem with its own owners and state, the lines above them
/// its areas.
#[test]
fn counted_items_under_unlabelled_areas() {
    let text = "\
某局党组关于巡察整改进展情况的通报

贯彻落实决策部署方面

第一项：理论学习不够深入，研讨交流质量不高。
措施一：修订学习制度。
措施二：建立学习情况通报制度。
牵头领导：陈某某　责任单位：办公室
完成情况：长期坚持。

第二项：食品安全“两个责任”落实不到位。
措施一：对217家包保主体督导记录进行全面复核。
牵头领导：林某　责任单位：食品安全协调股
完成情况：已完成整改。

全面从严治党方面

第三项：公务用车管理不规范。
措施一：修订公务用车管理办法。
牵头领导：周某　责任单位：综合股
完成情况：正在整改，将于2025年年底前完成。

截至目前，3项问题中已完成整改1项，正在整改1项，需长期坚持1项。

某局党组
2025年1月9日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("理论学习不够", LongTerm),
            ("食品安全“两", Done),
            ("公务用车管理", InProgress),
        ],
    );
    assert_eq!(problem(&r, "理论学习不够").owners, ["陈某某", "办公室"]);
    assert_eq!(
        problem(&r, "食品安全“两").owners,
        ["林某", "食品安全协调股"]
    );
    let cars = problem(&r, "公务用车管理");
    assert_eq!(cars.owners, ["周某", "综合股"]);
    assert_eq!(cars.deadline.as_deref(), Some("2025-12-31"));
}

/// A township's problems `一、…` with their measures inline `1、…；2、…` and
/// the state last, a note of the person answering for it after that
/// (`…需长期坚持。（责任人：副镇长 陈某某）`): the note states no state, and a
/// township head's post before the name is no owner.
#[test]
fn inline_measures_then_the_state_then_a_note_of_the_person() {
    let text = "\
中共某镇委员会关于巡察整改进展情况的通报

巡察反馈问题2个，已完成整改1个，需长期坚持1个。

　　一、村级集体经济发展不平衡，部分村集体经济收入偏低。
　　整改措施：1、制定集体经济发展三年行动方案；2、盘活闲置资产12处。该问题已整改到位。（责任人：副镇长 王某某）

　　二、安全生产防范工作存在薄弱环节，部分隐患点监测预警不及时。
　　整改措施：1、对15处隐患点逐一落实监测员；2、每年汛前组织开展应急避险演练不少于2次。该项工作需长期坚持。（责任人：副镇长 陈某某、镇人大主席 孙某某）

中共某镇委员会
2025年3月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(&r, &[("村级集体经济", Done), ("安全生产防范", LongTerm)]);
    assert_eq!(problem(&r, "村级集体经济").owners, ["王某某"]);
    assert_eq!(problem(&r, "安全生产防范").owners, ["陈某某", "孙某某"]);
}

/// A numbered list without a header, each line ending with its state after
/// a tab and perhaps a deadline after another (`3.…⇥整改中⇥2025年3月底`),
/// the village answering for it in brackets (`（责任村：杨庄村）`): the cells
/// give the state and deadline, the bracket the owner.
#[test]
fn a_list_with_its_states_in_cells_after_tabs() {
    let text = "\
某镇党委关于巡察反馈问题整改情况的公示

巡察反馈问题3个，已完成整改1个，正在整改1个，需长期坚持1个。

1.村务公开栏更新不及时（责任村：柳湾村）\t已完成
2.部分村集体“三资”台账登记不全（责任村：杨庄村）\t整改中\t2025年3月底
3.发展党员程序不够规范\t长期坚持

欢迎群众监督。

中共某镇委员会
2025年1月10日
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("村务公开栏更", Done),
            ("部分村集体“", InProgress),
            ("发展党员程序", LongTerm),
        ],
    );
    assert_eq!(problem(&r, "村务公开栏更").owners, ["柳湾村"]);
    let assets = problem(&r, "部分村集体“");
    assert_eq!(assets.owners, ["杨庄村"]);
    assert_eq!(assets.deadline.as_deref(), Some("2025-03-31"));
}

/// An audit of village finances by village, each finding's report naming
/// the village that answers for it (`由柳湾村村委会负责整改，镇农经站
/// 督促`), one giving the share done below 100 % after a result
/// (`已收回2.4万元，整改率60%`): the village is the owner, and the work is
/// under way.
#[test]
fn village_audit_findings_with_their_villages_and_shares() {
    let text = "\
某镇关于村级财务审计发现问题整改情况的通报

审计发现问题3个，已整改到位2个，正在整改1个。

（一）柳湾村

1.村集体鱼塘承包费未按合同收取，涉及金额4万元。
整改情况：由柳湾村村委会负责整改，镇农经站督促，已收回承包费2.4万元，整改率60%。

2.报销凭证不规范，部分票据无经办人签字。
整改情况：由柳湾村村委会负责整改，已补齐签字手续，已整改到位。

（二）石桥村

1.集体资产未登记入账，涉及金额3.2万元。
整改情况：由石桥村负责整改，已登记入账，已整改到位。

某镇人民政府
2024年6月1日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("村集体鱼塘承", InProgress),
            ("报销凭证不规", Done),
            ("集体资产未登", Done),
        ],
    );
    assert_eq!(problem(&r, "村集体鱼塘承").owners, ["柳湾村村委会"]);
    assert_eq!(problem(&r, "集体资产未登").owners, ["石桥村"]);
}

/// States said without the usual words: work made routine
/// (`…，作为常态化工作持续抓好。`) is long-term; a first step then the
/// rest planned by a date ahead (`已召开专题会议部署，下一步将…，确保2025年
/// 9月30日前完成全面排查。`) is under way; a finding of lax oversight
/// (`…监督管理偏松偏软。`) is a problem with its report; a measure that
/// organises a unit (`组织机关党委对…开展检查`) names no owner.
#[test]
fn states_said_without_the_usual_words() {
    let text = "\
某县住房和城乡建设局党组关于巡察整改进展情况的通报

巡察反馈问题3个，正在整改1个，需长期坚持2个。

一、全面从严治党方面

（一）廉政风险防控机制不健全。
整改情况：梳理廉政风险点87个，制定防控措施126条。今后每年年初开展一次风险点更新，作为常态化工作持续抓好。

（二）对下属单位监督管理偏松偏软。
整改情况：组织机关党委对11个基层党支部开展专项检查。今后每季度开展一次，作为常态化工作持续抓好。

二、民生保障方面

（一）农村危房改造动态监测不到位。
整改进展：已召开专题会议部署，下一步将联合各乡镇开展拉网式排查，确保2025年9月30日前完成全面排查。

某县住房和城乡建设局党组
2025年4月20日
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("廉政风险防控", LongTerm),
            ("对下属单位监", LongTerm),
            ("农村危房改造", InProgress),
        ],
    );
    assert!(problem(&r, "对下属单位监").owners.is_empty());
    assert_eq!(
        problem(&r, "农村危房改造").deadline.as_deref(),
        Some("2025-09-30")
    );
}

/// Problems whose states are only in a table attached below the signature
/// (`附表：整改情况一览`, `序号⇥问题⇥整改状态⇥完成时限`), naming each
/// problem by a short name of its own and numbered as the prose's problems
/// are: each row gives the problem of its number its state and deadline.
/// A finding alone under its area with its measures listed under the key
/// (`整改措施：1.…；2.…`) is a problem, not a group of them.
#[test]
fn states_in_a_table_attached_below_by_number() {
    let text = "\
某县农业农村局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改1个，正在整改1个，需长期坚持1个。

一、党的建设方面

（一）理论学习中心组学习流于形式，研讨交流不深入。
整改措施：一是修订学习规则；二是建立学习通报制度。
责任单位：办公室

二、业务工作方面

（一）高标准农田建设项目监管不到位，部分项目进度滞后。
整改措施：1.对2021年以来实施的项目开展全面排查；2.引入第三方监理；3.对进度滞后标段约谈施工单位。
责任单位：农田建设管理股

（二）落实全面从严治党主体责任不够到位。
整改措施：一是制定责任清单；二是建立季度谈话制度。

某县农业农村局党组
2025年3月10日

附表：整改情况一览
序号\t问题\t整改状态\t完成时限
1\t学习流于形式\t已完成\t2024年10月底
2\t项目监管不到位\t正在整改\t2025年6月30日
3\t主体责任\t长期坚持\t长期
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("高标准农田建", InProgress),
            ("落实全面从严", LongTerm),
        ],
    );
    let fields = problem(&r, "高标准农田建");
    assert_eq!(fields.children.len(), 3);
    assert_eq!(fields.deadline.as_deref(), Some("2025-06-30"));
    assert_eq!(
        problem(&r, "理论学习中心").deadline.as_deref(),
        Some("2024-10-31")
    );
}

/// A ledger copied from Excel with tabs, its cells that hold line breaks
/// wrapped in quotes (`"1.…` / `2.…"`, `"耕地保护股` / `执法监察大队"`): each
/// row is one problem, its measures and owners apart.
#[test]
fn an_excel_ledger_with_quoted_cells_over_lines() {
    let text = "\
某县自然资源局党组关于巡察整改进展情况的通报

巡察反馈问题2个，已完成整改1个，正在整改1个。

序号\t问题描述\t整改措施\t责任部门\t整改时限\t完成情况
1\t学习制度执行不严\t\"1.修订学习制度；
2.开展专题研讨。\"\t办公室\t2024年6月30日\t已完成整改
2\t耕地“非农化”问题查处不及时\t\"1.开展专项整治；
2.对违法用地立案查处。\"\t\"耕地保护股
执法监察大队\"\t2024年12月31日\t正在整改

某县自然资源局党组
2024年10月8日
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 2);
    assert_states(&r, &[("学习制度执行", Done), ("耕地“非农化", InProgress)]);
    let land = problem(&r, "耕地“非农化");
    assert_eq!(land.owners, ["耕地保护股", "执法监察大队"]);
    assert_eq!(land.children.len(), 2);
    assert_eq!(land.deadline.as_deref(), Some("2024-12-31"));
}

/// A phone article's progress drawn in blocks (`完成进度：■■■□□ 60%`,
/// `完成进度：长期坚持 ∞`) after each problem's measures: the line is the
/// problem's report.
#[test]
fn progress_drawn_in_blocks() {
    let text = "\
某局关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改1个，正在整改1个，需长期坚持1个。

▍问题1：档案管理不规范，部分资料未及时归档。
整改措施：补充归档资料316卷。
完成进度：■■■■■ 100%

▍问题2：高标准农田建设项目推进缓慢。
整改措施：建立周调度机制，对滞后标段约谈施工单位。
完成进度：■■■□□ 60%

▍问题3：党组主体责任压得不实。
整改措施：每季度专题研究全面从严治党工作。
完成进度：长期坚持 ∞

某局党组
2025年1月10日
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 3);
    assert_states(
        &r,
        &[
            ("▍问题1：档", Done),
            ("▍问题2：高", InProgress),
            ("▍问题3：党", LongTerm),
        ],
    );
}
