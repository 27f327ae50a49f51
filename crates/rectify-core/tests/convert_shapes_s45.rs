//! Shapes met in session 45. Every notice here is my own, one per shape,
//! and each test but the guard (`a_count_no_level_holds_moves_nothing`)
//! failed on the converter of the session's start (92a24d1).

mod common;

use common::{assert_accounted, assert_states, convert, focus_areas, problems};
use rectify_core::convert::{convert_notice, ConvertOptions};
use rectify_core::model::Status;

use Status::*;

const COUNTED_LEVELS: &str = "\
中共某某县水利局党组关于巡视反馈意见整改进展情况的通报
现将整改进展情况予以公布。
1.关于“落实安全责任不到位”问题
（1）水库安全度汛责任落实不够。
①落实小型水库防汛责任人。已完成。
②开展安全鉴定，已完成鉴定39座，其余8座正在开展鉴定工作。
（2）农村饮水工程管护不到位。
①制定运行管理办法。已完成。
2.关于“水资源管理不严格”问题
（1）取水许可审批把关不严。
①复核取水许可。已完成。
（2）水资源费征收不到位。
①追缴欠缴水资源费86.3万元。已完成。
②建立征收台账，实行动态管理。此项工作需长期坚持。
（3）部分项目未批先建。
①补办审批手续，已补办2个，1个正在办理。
截至目前，巡视反馈的2个方面5个具体问题，已完成整改3个，正在整改2个。
中共某某县水利局党组
2025年11月20日
";

/// `巡视反馈的2个方面5个具体问题` over `1.关于“…”问题` › `（1）…` › `①…`:
/// the `关于` headings look like problems, but the notice counts 5, as
/// many as the `（1）` level holds: those are the problems, the `1.`
/// headings their areas, `①` their measures, and a warning says so. A
/// quoted finding that is `不到位` states no state for its group; the
/// problem whose last measure goes on for the long term is counted done,
/// as the totals count it.
#[test]
fn the_stated_count_of_problems_picks_their_level() {
    let c = convert_notice(COUNTED_LEVELS, &ConvertOptions::default());
    let r = &c.report;
    assert_eq!(
        focus_areas(r),
        [
            ("关于“落实安全责任不到位”问题", 2),
            ("关于“水资源管理不严格”问题", 3)
        ]
    );
    assert_states(
        r,
        &[
            ("水库安全度汛", InProgress),
            ("农村饮水工程", Done),
            ("取水许可审批", Done),
            ("水资源费征收", Done),
            ("部分项目未批", InProgress),
        ],
    );
    assert!(
        c.warnings.iter().any(|w| w.message.contains("（1）")),
        "{:?}",
        c.warnings
    );
    assert_accounted(COUNTED_LEVELS, r);
}

/// The same notice when its count fits the headings as read, or no level
/// next to them: nothing moves and nothing is said.
#[test]
fn a_count_no_level_holds_moves_nothing() {
    let unmoved = |from: &str, to: &str| {
        let c = convert_notice(
            &COUNTED_LEVELS.replace(from, to),
            &ConvertOptions::default(),
        );
        assert_eq!(problems(&c.report).len(), 2, "{to}");
        assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    };
    unmoved(
        "2个方面5个具体问题，已完成整改3个",
        "2个问题，已完成整改0个",
    );
    // Moving the problems down takes the areas counted too: a notice may
    // count all its problems while listing some, with as many measures.
    unmoved("2个方面5个具体问题", "5个具体问题");
    unmoved(
        "2个方面5个具体问题，已完成整改3个",
        "2个方面6个具体问题，已完成整改4个",
    );
}

/// A bulletin: a masthead line naming its office and date above the
/// title, places as unlabelled headings with a note counting them
/// (`城东街道（2个，已全部销号）`) over one numbering that runs on.
#[test]
fn places_with_a_counting_note_head_their_problems() {
    let text = "\
督查通报
某某区人民政府督查室　　　　2025年11月14日
关于燃气安全专项整治督查发现问题整改情况的通报
共发现问题5个，已整改销号3个，正在整改2个。
一、问题整改明细
城东街道（2个，已全部销号）
1.部分商户未安装燃气泄漏报警装置。已销号。
2.菜市场燃气管道穿越密闭空间。已销号。
白沙街道（3个，已销号1个）
3.农贸市场燃气报警器失效。已销号。
4.老街燃气管网老化。正在整改。
5.燃气企业巡检记录不全。正在整改。
";
    let r = convert(text);
    assert_eq!(
        focus_areas(&r),
        [
            ("城东街道（2个，已全部销号）", 2),
            ("白沙街道（3个，已销号1个）", 3)
        ]
    );
    assert_eq!(r.meta.issuer.as_deref(), Some("某某区人民政府督查室"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-11-14"));
    assert_accounted(text, &r);
}

/// A signature printed on one line (`某某区人民政府督查室　　2025年11月14日`)
/// is the signature: issuer and date, not the last section's text.
#[test]
fn a_signature_on_one_line_signs() {
    let text = "\
关于燃气安全专项整治督查发现问题整改情况的通报
一、问题整改情况
1.部分商户未安装燃气泄漏报警装置。已整改。
2.燃气企业巡检记录不全。正在整改。
二、下步要求
各责任单位要加快整改进度。
某某区人民政府督查室　　　2025年11月14日
";
    let c = convert_notice(text, &ConvertOptions::default());
    let r = &c.report;
    assert_eq!(r.meta.issuer.as_deref(), Some("某某区人民政府督查室"));
    assert_eq!(r.meta.published.as_deref(), Some("2025-11-14"));
    let last = r.nodes.last().unwrap();
    assert!(!last.body.contains("督查室"), "{last:?}");
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_accounted(text, r);
}

/// A portal's page title, then the document's own printed on three lines
/// with its issuer first: the document's title is the title, and the
/// page's a repeat; the same lines without the issuer are only a repeat.
/// Neither stays in the preamble.
#[test]
fn the_title_printed_again_with_its_issuer_is_the_title() {
    let text = "\
巡察整改
关于县委第五巡察组反馈意见整改情况的通报
2025-11-28
中共某某县农业农村局党组
关于县委第五巡察组反馈意见
整改情况的通报
根据县委统一部署，县委第五巡察组对局党组开展了巡察。
一、反馈问题整改落实情况
1.产业项目带动作用不明显。已整改。
2.高标准农田建设质量不高。正在整改。
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "中共某某县农业农村局党组关于县委第五巡察组反馈意见整改情况的通报"
    );
    let preamble = &r.nodes[0];
    assert!(!preamble.body.contains("整改情况的通报"), "{preamble:?}");
    assert_accounted(text, &r);
    let without_issuer = text.replace("中共某某县农业农村局党组\n", "");
    let r = convert(&without_issuer);
    assert_eq!(r.meta.title, "关于县委第五巡察组反馈意见整改情况的通报");
    assert!(
        !r.nodes[0].body.contains("整改情况的通报"),
        "{:?}",
        r.nodes[0]
    );
    let repeats = r.skipped.iter().filter(|s| s.reason == "标题重复").count();
    assert_eq!(repeats, 2, "{:?}", r.skipped);
    assert_accounted(&without_issuer, &r);
}

/// Problems numbered across their areas, each with `（1）` measures, read
/// first as categories over problems: the stated count (4) is the `1.`
/// level's, so those are the problems, the `（1）` their measures. A last
/// measure of one line that ends `此项工作需长期坚持` makes its problem
/// long-term.
#[test]
fn the_stated_count_moves_the_problems_up_a_level() {
    let text = "\
中共某某区市场监督管理局党组关于区委巡察反馈意见整改进展情况的通报
现将整改进展情况通报如下。
一、逐项落实情况
（一）食品安全监管方面
1.校园食品安全监管存在盲区。
（1）对全区86所学校食堂开展全覆盖检查。
（2）建立明厨亮灶监管平台，接入率达100%。
2.网络餐饮监管手段落后。
（1）建设网络订餐监测系统，目前正在调试。
（二）制度建设方面
3.公务接待管理不规范。
（1）修订公务接待管理办法。
4.整改长效机制不健全。
（1）制定完善制度14项，此项工作需长期坚持。
截至10月31日，4个问题中已完成整改2个，正在整改1个，长期坚持1个。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("校园食品安全", Done),
            ("网络餐饮监管", InProgress),
            ("公务接待管理", Done),
            ("整改长效机制", LongTerm),
        ],
    );
    assert_eq!(
        focus_areas(&r),
        [("食品安全监管方面", 2), ("制度建设方面", 2)]
    );
    assert_accounted(text, &r);
}

/// A byline under the title whose date is in brackets (`中共某某局党组` ›
/// `（2025年12月2日）`) gives the date published, as a bare date does.
#[test]
fn a_bracketed_date_in_the_byline_is_the_date_published() {
    let text = "\
关于市委第四轮巡察反馈问题整改进展情况的公示
中共某某市文化广电旅游局党组
（2025年12月2日）
市委第四巡察组反馈问题共2个，已整改到位1个，正在整改1个。
问题一：文旅融合发展推进不力。
整改进展：旅游线路已推出5条，第6条正在踩线论证。
问题二：文物保护经费使用效益不高。
整改进展：已完成绩效评价。已整改到位。
";
    let r = convert(text);
    assert_eq!(
        r.meta.issuer.as_deref(),
        Some("中共某某市文化广电旅游局党组")
    );
    assert_eq!(r.meta.published.as_deref(), Some("2025-12-02"));
    assert_accounted(text, &r);
}

/// Paragraphs under areas, each opening `针对“…”的问题，` then the work:
/// each is a problem whatever the quote's words (`宽松软`), and one alone
/// under its area too, as the notice has several.
#[test]
fn paragraphs_naming_a_quoted_problem_are_problems() {
    let text = "\
中共某某市生态环境局党组关于巡视整改进展情况的通报
现将整改进展情况通报如下。
一、逐项抓好整改落实
（一）污染防治攻坚方面
针对“大气污染联防联控机制不健全”的问题，牵头制定联防联控工作方案。目前已完成整改。
针对“部分河道水质不稳定”的问题，实施河道综合整治工程4项，其中1项正在施工。
（二）生态环境监管执法方面
针对“环境执法监管宽松软”的问题，开展专项执法行动5次。目前已完成整改。
（三）干部队伍建设方面
针对“年轻干部培养力度不够”的问题，选派8名年轻干部到基层挂职锻炼。目前已完成整改。
";
    let r = convert(text);
    assert_eq!(
        focus_areas(&r),
        [
            ("污染防治攻坚方面", 2),
            ("生态环境监管执法方面", 1),
            ("干部队伍建设方面", 1)
        ]
    );
    assert_eq!(problems(&r).len(), 4);
    assert_accounted(text, &r);
}

/// A bulletin listing findings town by town, each paragraph opening with
/// the town's name and a sentence counting its findings, then `①…，已清运；`
/// `②…，正在改造。`: each town a group over its findings, whatever their
/// words, each with its state; a town with one finding too.
#[test]
fn findings_counted_then_listed_by_town_are_grouped() {
    let text = "\
关于农村人居环境整治督查情况的通报
共发现问题6个，已整改4个，正在整改2个。
一、各乡镇问题及整改情况
城关镇：发现问题2个。①桥头村垃圾收集点满溢，已清运；②河西村有露天粪坑2处，已填埋。
青山镇：发现问题3个。①公厕保洁不到位，已落实专人保洁；②村内沟渠淤塞，正在组织清淤；③房前屋后杂草丛生，已清理。
石门乡：发现问题1个。①生活污水处理设施未正常运行，正在维修。
二、工作要求
各乡镇要于10月底前全部整改到位。
";
    let c = convert_notice(text, &ConvertOptions::default());
    let r = &c.report;
    assert_eq!(
        focus_areas(r),
        [
            ("城关镇：发现问题2个。", 2),
            ("青山镇：发现问题3个。", 3),
            ("石门乡：发现问题1个。", 1)
        ]
    );
    assert_states(
        r,
        &[
            ("桥头村垃圾收", Done),
            ("河西村有露天", Done),
            ("公厕保洁不到", Done),
            ("村内沟渠淤塞", InProgress),
            ("房前屋后杂草", Done),
            ("生活污水处理", InProgress),
        ],
    );
    assert!(c.warnings.is_empty(), "{:?}", c.warnings);
    assert_accounted(text, r);
}

/// Found by fuzzing: a notice whose last paragraph is a bracketed line
/// (`【打印本…窗口】`) read the field line after it, past the end.
#[test]
fn a_bracketed_last_line_reads_nothing_past_the_end() {
    let bytes = include_bytes!("regressions/convert-bracketed-last-line.bin");
    let text = String::from_utf8_lossy(bytes);
    let c = convert_notice(&text, &ConvertOptions::default());
    common::assert_loads_back(&c.report, "bracketed last line");
}

/// An audit notice that sums each area up in one sentence counting its
/// problems (`审计指出的问题共9个，已整改到位8个，部分整改1个。`) and lists
/// none: each heading is an area, not one problem, and the notice lists
/// no problems; its totals are still read.
#[test]
fn areas_summed_up_by_their_counts_list_no_problems() {
    let text = "\
锦阳市审计局关于2024年度预算执行审计查出问题整改情况的公告
一、总体情况
审计工作报告反映的问题共涉及2个方面23个具体问题。截至2025年10月底，已整改到位20个，部分整改3个。
二、审计查出问题整改情况
（一）市级财政管理审计方面
审计指出的问题共9个，已整改到位8个，部分整改1个。
（二）部门预算执行审计方面
审计指出的问题共14个，已整改到位12个，部分整改2个。
";
    let r = convert(text);
    assert!(problems(&r).is_empty(), "{:?}", problems(&r));
    assert_eq!(
        focus_areas(&r),
        [("市级财政管理审计方面", 0), ("部门预算执行审计方面", 0)]
    );
    assert_eq!(r.stated_totals.as_ref().and_then(|t| t.total), Some(23));
    assert_accounted(text, &r);
}

/// `按时序推进` after a problem, the words of `序时推进` the other way
/// round: on schedule, not yet done.
#[test]
fn work_on_schedule_the_other_way_round_is_in_progress() {
    let text = "\
市教育局关于市委巡察反馈意见整改进展情况的通报
巡察反馈的问题共计3项，已完成整改2项，剩余1项正在按时序推进。
一、具体问题整改情况
1.落实教育优先发展战略不够有力。已完成整改。
2.职业教育服务地方产业发展能力不强。按时序推进。
3.教育收费管理不规范。已完成整改。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("落实教育优先", Done),
            ("职业教育服务", InProgress),
            ("教育收费管理", Done),
        ],
    );
    assert_accounted(text, &r);
}
