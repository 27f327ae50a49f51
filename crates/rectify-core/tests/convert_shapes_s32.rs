//! Shapes met in session 32. Every notice here is my own, one per shape,
//! and each test failed on the converter of the session's start (1a74203).

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

/// A paragraph that opens with its first item's label and runs the next
/// items on (`（1）…；（2）…；（3）…`), then a report by their numbers.
#[test]
fn items_run_on_in_a_paragraph_that_opens_with_the_first() {
    let text = "\
某某市档案馆党组关于市委巡察反馈意见整改进展情况的通报
一、关于贯彻落实上级决策部署方面
（一）档案数字化推进缓慢的问题。巡察指出：
（1）馆藏档案数字化率低于全省平均水平；（2）到期档案未及时开放；（3）库房温湿度记录不全。
整改情况：第（1）项已整改完成，完成数字化12万卷；第（2）项已整改完成；第（3）项正在整改，预计2025年底前完成。
（二）主体责任落实不够到位的问题。巡察指出：
（1）对下属单位监督不够有力；（2）存在无公函接待情况。
整改情况：第（1）项已整改完成；第（2）项已整改完成，清退费用0.3万元。
联系电话：0760-1234567
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("馆藏档案数字", Done),
            ("到期档案未及", Done),
            ("库房温湿度记", InProgress),
            ("对下属单位监", Done),
            ("存在无公函接", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 5, "{:?}", problems(&r));
    assert_accounted(text, &r);
}

/// A notice copied from a PDF: lines wrapped at the page's width, a page
/// number between pages, and an item's label in the middle of a line.
#[test]
fn a_label_in_the_middle_of_a_wrapped_line() {
    let text = "\
某某市档案馆党组关于市委巡察反馈意见整改
进展情况的通报
一、关于干部队伍建设方面存在的问题。巡察指出：
（1）部分支部“三会一课”制度落实不规范，组织生活会质
量不高，批评和自我批评辣味不足；（2）干部队伍结构不够
合理，专业技术人才储备不足，年轻干部占比偏低；
— 2 —
（3）干部选拔任用工作存在不规范问题，个别干部人事档
案审核把关不严。
整改进展：第（1）项已整改完成；第（2）项正在整改，计
划2026年6月底前完成；第（3）项已整改完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分支部“三", Done),
            ("干部队伍结构", InProgress),
            ("干部选拔任用", Done),
        ],
    );
    assert_eq!(problems(&r).len(), 3, "{:?}", problems(&r));
    assert_accounted(text, &r);
}
