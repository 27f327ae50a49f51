//! Pathological inputs convert in linear time: long lines of figures,
//! phrases, brackets, colons and duplicate numbers that a quadratic scan
//! would take minutes on. Each input is about 0.5 MB; the test only checks
//! that conversion finishes (a regression makes it time out) and keeps its
//! invariants. The 1 MB benchmark is `examples/bench_convert.rs`.

use rectify_core::convert::{convert_notice, ConvertOptions};

fn check(text: &str) {
    let c = convert_notice(text, &ConvertOptions::default());
    assert!(c.report.walk().count() < 1_000_000);
}

fn repeat(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len().max(1) + 1)
}

#[test]
fn pathological_inputs_finish() {
    const N: usize = 500_000;
    for piece in [
        "1个",         // one sentence of figures
        "2025年1个",   // figures with periods
        "增长3%1亿元", // changes
        "正在问题",    // in-progress phrases that do not count
        "针对正在",    // … in a clause that starts with 针对
        "(",           // unclosed brackets
        "(责任单位:",  // notes and keys
        "责任人:甲、",
        "共反馈问题1个已完成整改1个", // summary words in one clause
        "截至2025年6月底",
        "一、甲\n",       // the same number again and again
        "关于“甲”问题\n", // unnumbered headings
        "问题一：甲\n整改情况：乙\n",
        "索引号：\n",
        "1.甲\n一是乙\n",
    ] {
        let t = std::time::Instant::now();
        check(&repeat(piece, N));
        eprintln!("{piece:?}: {:?}", t.elapsed());
    }
}
