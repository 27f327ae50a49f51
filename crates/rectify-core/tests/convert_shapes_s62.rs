//! Shapes met in session 62. Every notice here is my own, and each test
//! fails on the converter of the session's start (0a26c9d).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem};
use rectify_core::model::Status;

use Status::*;

/// Numbering reused one level deeper (`1.…方面` › `（1）…` › `1.` `2.`
/// measures) with a note of owners between a problem and its first
/// measure: the measures are the problem's, not items after its area.
#[test]
fn a_note_between_a_problem_and_its_measures_keeps_them_its_own() {
    let text = "\
某县农业农村局党组关于巡察整改进展情况的通报

巡察反馈的2个方面3个问题，已完成整改2个，正在整改1个。

二、巡察反馈问题的整改落实情况
1.关于政治建设方面
（1）理论学习中心组学习存在“以读代学”现象。
责任单位：局办公室、机关党委
1.修订中心组学习制度，明确每月集中学习不少于1次；
2.开展专题研讨4次。
整改进展：已完成整改。
（2）高标准农田建设进度滞后。
1.成立工作专班，实行周调度；
2.对3个未完工项目倒排工期。
责任单位：农田建设管理股
整改进展：正在整改，预计2026年3月底前完成。
2.关于全面从严治党方面
（1）惠农补贴资金发放监管不严。
　　牵头领导：张某某　　责任单位：计划财务股
1.对6类惠农补贴发放情况开展全面排查，追回资金12.6万元；
2.推动补贴资金线上审核。
整改进展：已完成整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("理论学习中心", Done),
            ("高标准农田建", InProgress),
            ("惠农补贴资金", Done),
        ],
    );
    assert_owners(
        &r,
        &[
            ("理论学习", &["局办公室", "机关党委"]),
            ("惠农补贴", &["张某某", "计划财务股"]),
        ],
    );
    assert_eq!(problem(&r, "理论学习").children.len(), 2);
}

/// A problem read done whose report ends saying the work goes on
/// (`已建立长效机制，持续推进。`) is long-term when the notice's own totals
/// count exactly that many more long-term and fewer done.
#[test]
fn totals_settle_done_work_that_goes_on_as_long_term() {
    let text = "\
某县文旅局党组关于巡察整改进展情况的通报

巡察反馈问题3个，已完成整改1个，正在整改1个，需长期坚持的1个。

1.文物安全巡查不到位。
整改进展：已完成整改。
2.干部队伍年龄结构老化。
整改进展：已建立长效机制，持续推进。
3.公共文化设施利用率不高。
整改进展：正在整改。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("文物安全巡查", Done),
            ("干部队伍年龄", LongTerm),
            ("公共文化设施", InProgress),
        ],
    );
    // Without totals to say so, the words are read as they stand.
    let untold = convert(&text.replace(
        "巡察反馈问题3个，已完成整改1个，正在整改1个，需长期坚持的1个。",
        "",
    ));
    assert_eq!(problem(&untold, "干部队伍").status, Some(Done));
}

/// A table copied one cell per line whose cells wrap onto two lines (a
/// finding after a comma, measures after a comma): the wrapped lines are
/// the cell's, every later cell keeps its column, and the rows after it
/// are read.
#[test]
fn wrapped_cells_of_a_table_one_cell_a_line() {
    let text = "\
某县市场监督管理局党组关于巡察整改进展情况的公告

反馈的3个问题中已完成整改2个，正在整改1个。
序号
反馈问题
整改措施
责任单位
完成时限
整改进展
1
落实食品安全“两个责任”不到位
制定包保督导工作清单，建立督导台账
食品安全协调股
2025年9月30日
已完成整改
2
特种设备安全监管存在盲区，
部分乡镇电梯维保检查覆盖不全
开展特种设备隐患排查专项行动，检查电梯412台
特种设备安全监察股、各市场监管所
2025年10月底
已完成整改
3
执法办案程序不规范
开展案卷评查，组织执法人员培训2期，
评查发现的问题案卷19件均已补正
法规股
2026年6月30日
正在整改
欢迎广大干部群众监督。联系电话：0000-6123456。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("落实食品安全", Done),
            ("特种设备安全", Done),
            ("执法办案程序", InProgress),
        ],
    );
    let lift = problem(&r, "特种设备");
    assert!(lift.title.contains("覆盖不全"), "{}", lift.title);
    assert_eq!(lift.owners, ["特种设备安全监察股", "各市场监管所"]);
    assert_eq!(lift.deadline.as_deref(), Some("2025-10-31"));
    let cases = problem(&r, "执法办案");
    assert_eq!(cases.owners, ["法规股"]);
    assert_eq!(cases.deadline.as_deref(), Some("2026-06-30"));
}
