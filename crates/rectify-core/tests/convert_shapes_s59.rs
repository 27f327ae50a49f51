//! Shapes met in session 59. Every notice here is my own, and each test
//! fails on the converter of the session's start (4cbc428).

mod common;

use common::{assert_accounted, assert_states, convert, problem, problems};
use rectify_core::model::{NodeKind, Status};

use Status::*;

/// A 督查 bulletin grouped by the unit that answers for each finding,
/// each group's count on a line of its own under its heading; findings
/// past their deadline and not rectified; demands after the groups.
#[test]
fn findings_grouped_by_unit_under_counted_headings() {
    let text = "\
关于全市燃气安全专项督查发现问题及整改情况的通报

本次督查共发现问题5个，已整改到位2个，正在整改1个，逾期未整改2个。现将有关情况按责任单位通报如下：

【东河区】
（共3个问题，已整改1个）

1.老旧小区燃气立管锈蚀严重。整改情况：已整改到位。已更换立管240米。

2.瓶装液化气非法储存。整改情况：正在整改，限2026年1月15日前完成。

3.隐患排查台账不实。整改情况：逾期未整改。截至通报日仍未报送台账。

【市住建局】
（共2个问题，已整改1个）

1.燃气经营许可事后监管缺位。整改情况：逾期未整改。检查方案尚未印发。

2.入户安检覆盖率偏低。整改情况：已整改到位。覆盖率已达96%。

下一步工作要求

1.压实整改责任。各责任单位要逐项制定整改措施。

2.强化跟踪问效。市政府督查室将开展“回头看”。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("老旧小区燃气", Done),
            ("瓶装液化气非", InProgress),
            ("隐患排查台账", NotStarted),
            ("燃气经营许可", NotStarted),
            ("入户安检覆盖", Done),
        ],
    );
    for (opening, unit) in [
        ("老旧小区燃气", "东河区"),
        ("隐患排查台账", "东河区"),
        ("入户安检覆盖", "市住建局"),
    ] {
        assert_eq!(problem(&r, opening).owners, [unit], "{opening}");
    }
    let groups: Vec<&str> = r.nodes.iter().map(|n| n.title.as_str()).collect();
    assert!(
        groups.contains(&"【东河区】（共3个问题，已整改1个）"),
        "{groups:?}"
    );
    assert_accounted(text, &r);
}

/// A group named otherwise than by a unit gives its problems no owner.
#[test]
fn groups_named_by_kinds_of_place_give_no_owner() {
    let text = "\
关于燃气安全督查问题整改情况的通报

【老旧小区】
（共2个问题）

1.燃气立管锈蚀严重。整改情况：已整改到位。

2.管卡脱落。整改情况：已整改到位。

【餐饮场所】
（共1个问题）

1.未安装报警装置。整改情况：已整改到位。
";
    let r = convert(text);
    assert_eq!(problems(&r).len(), 3);
    assert!(r.walk().all(|n| n.owners.is_empty()), "{:?}", problems(&r));
}

/// Findings not numbered, each a paragraph that names its problem first,
/// under group headings with no label and no word of a heading's, then
/// the next steps under a heading of the same shape.
#[test]
fn unnumbered_findings_under_bare_group_headings() {
    let text = "\
中共某某水务集团有限公司委员会关于巡察整改进展情况的通报

巡察反馈问题4个，已完成整改2个，正在整改2个。

党的领导与公司治理

针对“第一议题”制度落实不到位的问题，集团党委修订学习规则，开展督导检查2轮。已整改完成。（责任部门：党委办公室）

关于“三重一大”决策制度执行不严格问题。集团党委修订实施办法，对6项不规范事项逐一补正。已整改完成。

作风和队伍建设

针对落实中央八项规定精神存在薄弱环节、公务用车管理不规范的问题，集团党委开展专项整治，安装车辆定位系统。目前正在推进，计划于2026年4月底前完成。（责任部门：纪委办公室）

关于年轻干部培养储备不足问题。集团党委制定三年规划，建立年轻干部人才库。目前正在推进，计划于2026年6月底前完成。

下一步工作

集团党委将持续以巡察整改为契机，对已完成整改的问题适时开展“回头看”，对需长期坚持的问题久久为功抓好落实。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("针对“第一议", Done),
            ("关于“三重一", Done),
            ("针对落实中央", InProgress),
            ("关于年轻干部", InProgress),
        ],
    );
    assert_eq!(problem(&r, "针对落实中央八项").owners, ["纪委办公室"]);
    assert_eq!(
        problem(&r, "关于年轻干部").deadline.as_deref(),
        Some("2026-06-30")
    );
    let groups: Vec<(&str, usize)> = r
        .nodes
        .iter()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect();
    assert_eq!(groups, [("党的领导与公司治理", 2), ("作风和队伍建设", 2)]);
    assert_accounted(text, &r);
}

/// Cards of fields, a line each, set apart by blank lines, their keys
/// varied from card to card as an editor types them (`问题：` `反馈问题：`
/// `存在问题：`; `整改措施：` `整改举措：`; `整改进展：` `目前进展：`).
#[test]
fn cards_whose_keys_vary_are_one_problem_each() {
    let text = "\
中共某市文化广电和旅游局党组关于巡察反馈意见整改进展情况的通报

巡察反馈问题4个，已完成整改2个，正在整改2个。

一、贯彻落实上级决策部署方面的问题

问题：文旅重点项目推进迟缓，部分项目未按计划开工。
整改措施：建立一项目一专班推进机制，实行月调度。
责任领导：局长 周某
责任科室：规划发展科
整改时限：2026年3月31日前
整改进展：正在推进，已完成总任务的60%

存在问题：旅游市场监管存在薄弱环节，投诉处置不及时。
整改措施：建立旅游投诉接诉即办工作机制。
责任单位：市场管理科、市文化市场综合执法支队
整改时限：2026年6月30日前
整改情况：正在推进，已完成总任务的40%

二、全面从严治党方面的问题

反馈问题：公务接待管理不规范，个别单位超标准接待。
整改举措：清理公务接待台账，清退超标准接待费用。
责任单位：办公室、财务科
完成时限：已完成
目前进展：已完成整改

存在问题：政府采购程序执行不严格，存在拆分采购问题。
整改措施：逐一复查政府采购项目，修订内部控制制度。
责任科室：财务科
完成时限：2025年11月30日前
整改进展：已完成整改
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("文旅重点项目", InProgress),
            ("旅游市场监管", InProgress),
            ("公务接待管理", Done),
            ("政府采购程序", Done),
        ],
    );
    assert_eq!(
        problem(&r, "旅游市场监管").owners,
        ["市场管理科", "市文化市场综合执法支队"]
    );
    assert_eq!(
        problem(&r, "旅游市场监管").deadline.as_deref(),
        Some("2026-06-30")
    );
    assert_eq!(problem(&r, "政府采购程序").owners, ["财务科"]);
    assert_accounted(text, &r);
}

/// A document saved from a word processor as text: a table of contents at
/// the top, headings whose automatic numbers were lost (bare lines, some
/// `关于…方面存在的问题`), problems keyed `问题：`, and measures listed
/// `（1）` `（2）` under their key, one led by departments it names
/// (`由…牵头`).
#[test]
fn an_exported_document_with_contents_and_lost_heading_numbers() {
    let text = "\
某县人民医院党委关于县委巡察组反馈意见整改进展情况的通报
目录
关于党的建设方面存在的问题\t2
医院管理和医疗服务方面\t4
截至2026年1月15日，巡察反馈问题4个，已整改到位2个，阶段性完成1个，长期推进1个。
关于党的建设方面存在的问题
问题：党委议事决策机制执行不够规范。
整改措施：修订完善议事决策制度，严格落实集体决策程序。
（1）修订党委会议事规则，明确事项清单42项；
（2）建立议题前置审核台账，补充完善会议记录3份。
整改结果：已整改到位。
问题：党建与业务工作融合不够紧密。
整改措施：推进“党建+业务”融合项目，将支部建在学科上。
整改结果：作为长期任务持续推进。
医院管理和医疗服务方面
问题：药品耗材集中采购执行不到位。
整改措施：由药学部、设备物资科牵头，从以下方面推进整改：
（1）全面清理线下采购目录；
（2）将集采药品使用比例纳入科室绩效考核。
整改结果：已完成阶段性任务，剩余工作计划于2026年5月底前完成。
问题：财务内控管理存在薄弱环节。
整改措施：开展专项资金使用情况全面自查，补齐审批手续9笔。
整改结果：已整改到位。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("党委议事决策", Done),
            ("党建与业务工", LongTerm),
            ("药品耗材集中", InProgress),
            ("财务内控管理", Done),
        ],
    );
    let groups: Vec<(&str, usize)> = r
        .walk()
        .filter(|n| n.kind == NodeKind::FocusArea)
        .map(|n| (n.title.as_str(), n.children.len()))
        .collect();
    assert_eq!(
        groups,
        [
            ("关于党的建设方面存在的问题", 2),
            ("医院管理和医疗服务方面", 2)
        ]
    );
    let contents: Vec<u32> = r
        .skipped
        .iter()
        .filter(|s| s.reason == "目录")
        .map(|s| s.line)
        .collect();
    assert_eq!(contents, [2, 3, 4]);
    assert_eq!(
        problem(&r, "药品耗材集中").deadline.as_deref(),
        Some("2026-05-31")
    );
    assert_accounted(text, &r);
}

/// Findings particular to units, each unit's name alone on a line with a
/// colon over its `（1）` `（2）`; a problem whose state follows the note
/// of its owners in the measures' paragraph.
#[test]
fn units_named_with_a_colon_over_their_findings() {
    let text = "\
中共某县委关于省委巡视反馈意见整改进展情况的通报

省委巡视组共反馈问题5个，已完成整改3个，正在整改1个，需长期坚持1个。

一、共性问题整改情况

1.形式主义问题依然存在，基层负担较重。整改措施：制定为基层减负若干措施，发文数量同比下降31%。责任单位：县委办公室、县政府办公室。需长期坚持。

二、个性问题整改情况

县教育局：

（1）城区学校“大班额”问题尚未彻底解决。整改措施：新建第三小学，新增学位1620个。已完成整改。

（2）校外培训机构监管不到位。整改措施：开展专项治理行动，取缔无证机构6家。已完成整改。

县卫生健康局：

（1）县域医共体建设推进缓慢。整改措施：建设远程会诊中心，已覆盖11个乡镇。正在推进，计划2026年6月底前完成。

（2）药品耗材集中带量采购执行不到位。整改措施：建立月度通报制度。已完成整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("形式主义问题", LongTerm),
            ("城区学校“大", Done),
            ("校外培训机构", Done),
            ("县域医共体建", InProgress),
            ("药品耗材集中", Done),
        ],
    );
    for (opening, unit) in [
        ("城区学校", "县教育局"),
        ("校外培训", "县教育局"),
        ("县域医共体", "县卫生健康局"),
        ("药品耗材", "县卫生健康局"),
    ] {
        assert_eq!(problem(&r, opening).owners, [unit], "{opening}");
    }
    assert_accounted(text, &r);
}

/// Findings listed `一是…二是…` inside paragraphs, the list starting again
/// in each paragraph, each item ending with a bracketed tag of its state
/// (and perhaps its office) right before the next ordinal.
#[test]
fn ordinal_findings_each_closed_by_a_bracketed_state_tag() {
    let text = "\
中共某街道工作委员会关于区委巡察组反馈问题整改进展情况的通报

区委巡察组反馈问题5个，已完成整改3个，正在推进2个。

一、贯彻落实上级决策部署方面
一是理论学习计划性不强的问题。针对此问题，街道党工委修订学习制度，开展专题研讨2次。（已完成，责任科室：党建办）二是企业诉求响应不及时的问题。针对此问题，街道建立服务专班，已办结诉求41件，其余正在推进。（正在推进，预计2026年5月底完成，责任科室：经济发展办）
一是为民办实事项目推进迟缓。针对此问题，街道对12项民生实事逐项复盘，公开项目进展。（已完成）二是垃圾分类长效机制不健全。针对此问题，街道制定督导员考核办法。（正在推进，预计2026年5月底完成）

二、基层党组织建设方面
一是部分社区“三会一课”制度落实不严格。针对此问题，街道开展专项检查，对发现的问题当场反馈、限期整改。（已完成）二是党员发展程序不够严谨。针对此问题，街道补齐相关材料。（已完成）

下一步，街道党工委将持续压紧压实整改责任。一是紧盯未完成事项。二是强化成果运用。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("理论学习计划", Done),
            ("企业诉求响应", InProgress),
            ("为民办实事项", Done),
            ("垃圾分类长效", InProgress),
            ("部分社区“三", Done),
            ("党员发展程序", Done),
        ],
    );
    assert_eq!(problem(&r, "企业诉求").owners, ["经济发展办"]);
    assert_eq!(
        problem(&r, "垃圾分类").deadline.as_deref(),
        Some("2026-05-31")
    );
    assert_accounted(text, &r);
}

/// A news article that reports a notice: the page's headline, a byline of
/// several lines, the journalist's lead, then the notice under its own
/// title, which is the report's.
#[test]
fn a_news_article_quoting_the_notice_takes_the_notices_title() {
    let text = "\
某城新闻网 | 某城日报社主办
首页 > 某城要闻 > 时政

市交通运输局晒出巡察整改“成绩单”

来源：某城日报
作者：记者 闻启航 通讯员 柯蔓
编辑：邵一禾
发布时间：2025-01-16 09:32

记者从市委巡察办获悉，近日，市交通运输局党组通过局门户网站向社会公开了市委第三巡察组反馈问题的整改进展情况，主动接受干部群众监督。现将通报全文刊发如下。

中共某城市交通运输局党组关于市委巡察整改进展情况的通报

市委第三巡察组反馈问题2个，已整改完成1个，正在整改1个。

1.工程招投标监管不严。整改情况：已整改完成。

2.农村公路养护资金拨付滞后。整改情况：正在整改，计划2025年6月底前完成。
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "中共某城市交通运输局党组关于市委巡察整改进展情况的通报"
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("中共某城市交通运输局党组"));
    assert_states(&r, &[("工程招投标监", Done), ("农村公路养护", InProgress)]);
    assert_accounted(text, &r);
}

/// A Markdown table from a portal's editor, one row split over two lines
/// by a line break inside a cell: the rows after it are still the table's.
#[test]
fn a_markdown_row_split_inside_a_cell_keeps_the_table() {
    let text = "\
某县市场监督管理局关于县委巡察反馈问题整改进展情况的公告

巡察反馈问题3个，已完成整改2个，正在整改1个。

| 序号 | 反馈问题 | 整改措施 | 责任股室 | 完成时限 | 整改进展 |
|---|---|---|---|---|---|
| 1 | 理论学习存在以会代学现象。 | 修订学习制度。 | 办公室 | 2025年12月底 | 已完成 |
| 2 | 电梯维保监督不到位。 | 一是排查电梯836台；
二是立案查处3家单位。 | 特种设备安全监察股 | 2026年3月底前 | 正在推进（已完成70%） |
| 3 | 投诉举报处置不够及时。 | 实行限时办结制度。 | 消费者权益保护股 | 2025年12月底 | 已完成 |
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("理论学习存在", Done),
            ("电梯维保监督", InProgress),
            ("投诉举报处置", Done),
        ],
    );
    assert_eq!(problem(&r, "电梯维保").owners, ["特种设备安全监察股"]);
    assert_eq!(
        problem(&r, "电梯维保").deadline.as_deref(),
        Some("2026-03-31")
    );
    assert_eq!(problem(&r, "投诉举报").owners, ["消费者权益保护股"]);
    assert_accounted(text, &r);
}

/// Findings and results in pairs of bracket-keyed lines under bullet
/// headings, each result ending with its office alone in brackets.
#[test]
fn an_office_named_alone_in_brackets_after_the_result_owns_the_problem() {
    let text = "\
某县医疗保障局关于审计发现问题整改情况的公告

审计发现问题2个，已整改到位1个，部分整改1个。

◆ 医保基金监管方面
【审计发现】部分定点医疗机构存在超标准收费问题。
【整改结果】已追回违规资金38.6万元，整改完毕（基金监管股）
【审计发现】医保信息系统部分操作账号共用。
【整改结果】部分整改，剩余规则正在调试上线，计划于2026年9月30日前完成（信息股）
";
    let r = convert(text);
    assert_states(&r, &[("部分定点医疗", Done), ("医保信息系统", InProgress)]);
    assert_eq!(problem(&r, "部分定点医疗").owners, ["基金监管股"]);
    assert_eq!(problem(&r, "医保信息系统").owners, ["信息股"]);
    assert_eq!(
        problem(&r, "医保信息系统").deadline.as_deref(),
        Some("2026-09-30")
    );
    assert_accounted(text, &r);
}
