//! Shapes met in session 33. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (a36bf8d).

mod common;

use common::{assert_accounted, assert_states};
use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::{NodeKind, Report, Status};

fn convert(text: &str) -> Report {
    convert_notice(text, &ConvertOptions::default()).report
}

use Status::*;

fn problems(r: &Report) -> Vec<&str> {
    r.walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .map(|n| n.title.as_str())
        .collect()
}

/// A problem printed without its number after the numbered problems of a
/// section, each of them one paragraph with its own report.
#[test]
fn an_unnumbered_problem_after_the_numbered_ones() {
    let text = "\
某县交通运输局关于县委第一巡察组反馈意见整改进展情况的通报
一、工程建设管理方面
1.农村公路养护资金拨付滞后。部分乡镇养护资金未按季度拨付到位。县局已建立按季拨付台账，资金已全部拨付，该问题已整改完成。
2、工程变更审批不规范。个别项目存在先施工后审批现象。县局已修订变更管理办法，补办手续3项，目前已整改完成。
客运站安全检查记录不全，存在漏检漏记等问题。县局已督促企业完善检查台账，开展复查2次，该问题已整改完成。
二、行业监管方面
1.超限超载治理力度不够。县局已联合公安开展联合执法42次，目前正在持续推进。
2.出租车投诉处理不及时。县局已建立投诉限时办结制度，该问题已整改完成。
联系电话：0000-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("农村公路养护", Done),
            ("工程变更审批", Done),
            ("客运站安全检", Done),
            ("超限超载治理", InProgress),
            ("出租车投诉处", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}
