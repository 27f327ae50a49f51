//! A large notice converts within a small multiple of its size (issue 11,
//! item 11: a 50 MB notice took 1.3 GB, 25 times its size). Checked by what
//! is allocated, not by time: the converter must not hold the text as
//! chars for the metadata (8 bytes a character), nor keep its lines and
//! paragraphs beside the report, nor copy the tree's text into the nodes.
//! One test in this file: the counting allocator sees the whole process.

use rectify_core::convert::{convert_notice, ConvertOptions};

#[path = "common/counting.rs"]
mod counting;
use counting::{peak_allocated, Counting};

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// A notice of about `size` bytes shaped like `bench/large_inputs.py`'s:
/// areas of numbered problems, each with its report on one line.
fn notice(size: usize) -> String {
    let areas = [
        "党的领导方面",
        "全面从严治党方面",
        "选人用人方面",
        "巡察整改方面",
    ];
    let states = ["已完成", "正在整改", "长期坚持"];
    let mut s =
        String::from("关于巡察整改进展情况的通报\n\n截至2025年9月底，整改工作有序推进。\n\n");
    let (mut area, mut n) = (0, 0);
    while s.len() < size {
        area += 1;
        s.push_str(&format!("{area}.{}的问题\n", areas[area % 4]));
        for _ in 0..200 {
            n += 1;
            s.push_str(&format!(
                "（{n}）关于第{n}项制度执行不到位的问题。整改情况：已修订制度，组织专题学习，{}。\n",
                states[n % 3]
            ));
        }
    }
    s
}

#[test]
fn a_large_notice_converts_within_a_small_multiple_of_its_size() {
    let text = notice(2 * 1024 * 1024);
    let (conversion, peak) = peak_allocated(|| convert_notice(&text, &ConvertOptions::default()));
    assert!(conversion.report.walk().count() > 10_000);
    // The report itself is about four times the text (a node's fields take
    // 300 bytes beside its text); holding the text as chars for the
    // metadata and in three copies took over 20 times.
    assert!(
        peak < 8 * text.len(),
        "converting {} bytes allocated {peak} bytes at the peak ({:.1}×)",
        text.len(),
        peak as f64 / text.len() as f64
    );
}
