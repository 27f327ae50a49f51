//! A large notice converts within a small multiple of its size (issue 11,
//! item 11: a 50 MB notice took 1.3 GB, 25 times its size). Checked by what
//! is allocated, not by time: the converter must not hold the text as
//! chars for the metadata (8 bytes a character), nor keep its lines and
//! paragraphs beside the report, nor copy the tree's text into the nodes.
//! One test in this file: the counting allocator sees the whole process.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

use rectify_core::convert::{convert_notice, ConvertOptions};

/// The system allocator, counting the bytes live and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
}

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
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let conversion = convert_notice(&text, &ConvertOptions::default());
    let peak = PEAK.load(Ordering::Relaxed) - before;
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
