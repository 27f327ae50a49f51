//! `convert_notice` never panics, and keeps its invariants, on arbitrary input.

use std::collections::HashSet;

use proptest::prelude::*;
use rectify_core::convert::{convert_notice, ConvertOptions};

const PIECES: &[&str] = &[
    "一、",
    "二、",
    "(一)",
    "（二）",
    "1.",
    "2、",
    "1．",
    "16)",
    "（3）",
    "(12)",
    "①",
    "②",
    "③",
    "⑳",
    "巡察指出：",
    "存在问题:",
    "针对问题",
    "该项工作需长期坚持",
    "上一轮",
    "已督促立行立改",
    "整改完成时限：",
    "共性问题3个、",
    "已全部整改完毕",
    "欢迎",
    "监督",
    "一是",
    "十是",
    "第一,",
    "第二，",
    "关于“",
    "”问题的整改",
    "整改情况：",
    "截至2025年6月底",
    "截至2024年底",
    "截止",
    "2025年1-6月",
    "2024年9月23日至12月20日",
    "公开期限:",
    "联系电话:",
    "0760-88266496",
    "(工作时间)",
    "电子邮箱:",
    "a@b.c",
    "邮政编码:",
    "528403",
    "\n",
    "\r\n",
    "\r",
    "\n\n",
    "  ",
    "\u{3000}",
    "。",
    "，",
    ",",
    "；",
    ":",
    "“",
    "”",
    "《",
    "》",
    "(",
    ")",
    "（",
    "）",
    "1",
    "9",
    "0",
    "176.1",
    ".",
    "-",
    "~",
    "亿元",
    "万元",
    "%",
    "％",
    "个",
    "人次",
    "增长",
    "下降",
    "压减约",
    "约",
    "逾",
    "余",
    "下一步",
    "已完成",
    "尚未",
    "需长期整改",
    "问题",
    "反馈",
    "登录 繁体版",
    "当前位置:首页 > 政务动态",
    "信息来源:本网发布日期:2025-09-12",
    "中共中山市财政局党组",
    "2025年9月12日",
    "二〇二五年九月十二日",
    "欢迎广大",
    "巡察组",
    "轮巡察",
    "关于",
    "年",
    "月",
    "底",
    "日",
    "至",
    "是",
    "第",
    "十",
    "〇",
    "\u{feff}",
    "🙂",
    "é",
];

fn pieces() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..80).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let c = convert_notice(text, &ConvertOptions::default());
    let mut ids = HashSet::new();
    for n in c.report.walk() {
        assert!(ids.insert(n.id.clone()), "duplicate id {}", n.id);
        assert!(n.source_line.is_some());
        for f in &n.figures {
            assert!(f.value.is_finite());
        }
    }
    let lines = text.chars().filter(|&c| c == '\n' || c == '\r').count() as u32 + 1;
    for w in &c.warnings {
        assert!(w.line >= 1 && w.line <= lines && w.column >= 1);
    }
    let json = serde_json::to_string(&c.report).unwrap();
    let back = rectify_core::load::from_json_str(&json).unwrap();
    assert_eq!(back, c.report);
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn never_panics_on_arbitrary_strings(text in any::<String>()) {
        check(&text);
    }

    #[test]
    fn never_panics_on_notice_like_text(text in pieces()) {
        check(&text);
    }

    #[test]
    fn never_panics_on_lines_of_pieces(lines in prop::collection::vec(pieces(), 0..12)) {
        check(&lines.join("\n"));
    }
}

#[test]
fn never_panics_on_edge_cases() {
    for t in [
        "",
        "\n",
        "\r",
        "一、",
        "(",
        "（一",
        "1.",
        "16)",
        "一是",
        "第一,",
        "截至",
        "截至2025年",
        "截至2025年13月底",
        "2025年2月29日",
        "2024年2月29日至2月28日",
        "9999999999999999999999亿元",
        "整改率666666666666666666666666666666666666666666666666666666666666666681.25%；",
        "1.亿元",
        ".5%",
        "增长5%",
        "关于问题",
        "整改情况：",
        "（一）关于“a”问题的整改\n整改情况：",
        "公开期限:2025年9月12日至",
        "联系电话:(",
        "邮政信箱:x(",
        "电子邮箱:@",
        "中共某某党组\n2025年9月12日",
        "巡察指出：①",
        "巡察指出：①a；②",
        "一、甲\n巡察指出：①a；②b。整改情况：②c；①d。",
        "1.甲不规范。\n存在问题：①a；②b。整改情况：针对问题②，",
        "①\n巡察指出：①②③",
    ] {
        check(t);
    }
}
