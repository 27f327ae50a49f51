//! Shapes met in session 63. Every notice here is my own, and each test
//! fails on the converter of the session's start (894e9f8).

mod common;

use common::{assert_accounted, assert_owners, assert_states, convert, problem};
use rectify_core::model::Status;

use Status::*;

/// A phone article's keys in brackets without a colon (`【责任部门】…`,
/// `【办结时限】…`) under a problem's `【整改措施】`: notes on the problem
/// (its owners and deadline), not items under its measures; owners after
/// a `；` and a lead's `（牵头）` read as names; a long-term deadline with a
/// report that opens `持续推进。` is long-term work.
#[test]
fn bracketed_keys_are_the_problems_notes() {
    let text = "\
中共某某市疾病预防控制中心委员会关于市委巡察反馈问题整改进展情况的通报

截至2026年3月20日，市委第二巡察组反馈的2个方面4个问题，已完成整改2个，正在整改1个，需长期坚持1个。

二、反馈问题整改情况

▲ 履行职能责任方面

△ 传染病疫情报告审核不及时，个别病例订正超时。
【整改措施】修订疫情报告审核规程，实行AB岗，每日两次审核。
【责任部门】传染病防制科（牵头）、信息科
【办结时限】2026年1月底前
【整改进展】已完成整改，本年度报告审核及时率100%。

△ 预防接种门诊冷链设备老化，温度监测记录不全。
【整改措施】更新冰箱6台，安装温度自动监测系统。
【责任部门】免疫规划科 ；后勤保障科
【办结时限】2026年6月30日
【整改进展】正在整改，已更新冰箱4台，监测系统正在安装调试。

▲ 内部管理方面

△ 实验室危险化学品台账与实物不符。
【整改措施】全面盘点危化品，建立双人双锁和出入库登记制度。
【责任部门】检验科
【办结时限】2026年2月28日
【整改进展】已完成整改。

△ 职工健康教育宣传覆盖面不广，形式单一。
【整改措施】制定健康教育年度计划，开设短视频专栏，每月进社区宣讲。
【责任部门】健康教育科
【办结时限】长期坚持
【整改进展】持续推进。已开展进社区宣讲9场，发布短视频24条。
";
    let r = convert(text);
    assert_accounted(text, &r);
    assert_states(
        &r,
        &[
            ("传染病疫情报", Done),
            ("预防接种门诊", InProgress),
            ("实验室危险化", Done),
            ("职工健康教育", LongTerm),
        ],
    );
    assert_owners(
        &r,
        &[
            ("传染病疫情", &["传染病防制科", "信息科"]),
            ("预防接种门", &["免疫规划科", "后勤保障科"]),
            ("实验室危险", &["检验科"]),
            ("职工健康教", &["健康教育科"]),
        ],
    );
    let deadline = |o: &str| problem(&r, o).deadline.clone();
    assert_eq!(deadline("传染病疫情").as_deref(), Some("2026-01-31"));
    assert_eq!(deadline("预防接种门").as_deref(), Some("2026-06-30"));
    assert_eq!(deadline("实验室危险").as_deref(), Some("2026-02-28"));
    // The notes are the problem's, not items under its measures.
    assert!(problem(&r, "实验室危险").children.len() <= 1);
}
