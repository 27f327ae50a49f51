//! Pathological inputs convert in linear time: long lines of figures,
//! phrases, brackets, colons and duplicate numbers that a quadratic scan
//! would take minutes on.
//!
//! Each input is converted at two sizes, n and 8n (8n is about 0.5 MB), and
//! the ratio of their times must stay below [`MAX_RATIO`]: linear time gives
//! about 8, quadratic time 64. Times are the converting thread's CPU time
//! where the system tells it (Linux), so that other processes on a busy
//! machine do not count; each size is timed several times and the fastest
//! run counts. A conversion that takes longer than [`LIMIT`] fails the test
//! at once rather than letting a quadratic regression run for minutes.
//! The 1 MB benchmark is `examples/bench_convert.rs`.

use std::sync::mpsc::{channel, RecvTimeoutError};
use std::time::{Duration, Instant};

use rectify_core::convert::{convert_notice, ConvertOptions};

/// The size of the larger input, in bytes.
const LARGE: usize = 500_000;
/// The larger input is this many times the smaller one.
const FACTOR: u32 = 8;
/// Linear is 8, n log n about 9.5, quadratic 64: 3 × 8 leaves room for
/// cache effects and noise, and none for a quadratic regression.
const MAX_RATIO: f64 = 3.0 * FACTOR as f64;
/// Timings per size at the most (fewer when the ratio is already low).
const ATTEMPTS: usize = 5;
/// Wall-clock time one conversion may take (about 1 s of CPU time in a
/// debug build for 0.5 MB).
const LIMIT: Duration = Duration::from_secs(60);

/// CPU time of the calling thread: the first field of
/// `/proc/thread-self/schedstat`, in nanoseconds (Linux).
fn thread_cpu_time() -> Option<Duration> {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    let ns: u64 = stat.split_whitespace().next()?.parse().ok()?;
    Some(Duration::from_nanos(ns))
}

/// Converts `text` on a thread of its own and returns its CPU time (wall
/// time where the system does not tell); fails if it exceeds [`LIMIT`].
fn convert(text: &str) -> Duration {
    let (text, bytes) = (text.to_string(), text.len());
    let (done, result) = channel();
    std::thread::spawn(move || {
        let (cpu, wall) = (thread_cpu_time(), Instant::now());
        let c = convert_notice(&text, &ConvertOptions::default());
        let time = match (cpu, thread_cpu_time()) {
            (Some(start), Some(end)) => end.saturating_sub(start),
            _ => wall.elapsed(),
        };
        let _ = done.send((time, c.report.walk().count()));
    });
    match result.recv_timeout(LIMIT) {
        Ok((time, nodes)) => {
            assert!(nodes < 1_000_000);
            time
        }
        Err(RecvTimeoutError::Timeout) => {
            panic!("converting {bytes} bytes took more than {LIMIT:?} (quadratic?)")
        }
        Err(RecvTimeoutError::Disconnected) => panic!("the conversion panicked"),
    }
}

fn repeat(piece: &str, bytes: usize) -> String {
    piece.repeat(bytes / piece.len().max(1) + 1)
}

/// The smallest ratio of the fastest large run to the fastest small run.
fn time_ratio(piece: &str) -> (f64, Duration, Duration) {
    ratio_of(
        &repeat(piece, LARGE / FACTOR as usize),
        &repeat(piece, LARGE),
    )
}

/// The same for two texts, `large` [`FACTOR`] times `small`.
fn ratio_of(small: &str, large: &str) -> (f64, Duration, Duration) {
    let (mut best_small, mut best_large) = (Duration::MAX, Duration::MAX);
    let mut ratio = f64::INFINITY;
    for _ in 0..ATTEMPTS {
        best_small = best_small.min(convert(small));
        best_large = best_large.min(convert(large));
        // At least a microsecond, so that a tiny time cannot divide by zero.
        ratio = best_large.as_secs_f64() / best_small.as_secs_f64().max(1e-6);
        if ratio < MAX_RATIO {
            break;
        }
    }
    (ratio, best_small, best_large)
}

#[test]
fn pathological_inputs_convert_in_linear_time() {
    let mut slow = Vec::new();
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
        "其中甲问题1个，已完成1个；", // kinds counted one by one
        "1.甲。\n下一步，乙。\n欢迎监督。\n", // next steps after one-line items
        "截至 2025 年 1 个，", // figures set apart by spaces
        "截至2025年6月底",
        "一、甲\n",       // the same number again and again
        "关于“甲”问题\n", // unnumbered headings
        "问题一：甲\n整改情况：乙\n",
        "索引号：\n",
        "1.甲\n一是乙\n",
        // One long measure: its status phrases are judged (the lines above
        // are a preamble, which gets no status).
        "一是正在问题",
        "一是针对正在",
        "一是未完成",
        // Numbering reused under grouping headings, labels glued to
        // figures, space-separated table rows, part-like lines, results.
        "（一）甲方面\n",
        "（一）甲\n1.3个乙\n",
        "1　甲　乙\n",
        "第三章甲\n",
        "一是已已未",
        // A notice without line breaks, keys inside a paragraph, lists
        // numbered in brackets, reports that point to another problem.
        "一、甲。二、乙 ",
        "（1）甲。整改措施：乙。整改情况：丙。",
        "巡察指出：(1)甲；(2)乙。整改情况：第(1)项，",
        "1.甲问题。\n整改情况：同问题1。\n",
        "1.甲\n针对第1个问题：乙\n", // reports printed apart naming items
        "在甲方面\n1.乙\n",          // unlabelled group headings
        "甲，\n",                    // lines broken after a comma
        // Lists of findings answered further on, by number or in words;
        // ordinals in a count; masked digits.
        "问题：一是甲不足；二是乙滞后。\n二、丙\n针对甲的问题，丁。\n针对第二个问题，戊。\n",
        "第一、三、七项已完成整改1个、",
        "3366****",
        // Tables laid out with spaces: headers again and again, rows whose
        // cells wrap onto the next line.
        "问题  整改措施  责任单位\n",
        "序号  问题  整改进展\n1     甲    已完成，\n      乙    销号\n",
        // Keys in pairs, totals alone then parts in later paragraphs,
        // findings brought in inline, all but one named (session 28).
        "巡察组原话：甲\n我们的回答：乙\n",
        "共发现问题5个。\n已整改3个，正在整改1个。\n",
        "反馈指出：一是甲；二是乙。\n落实如下：\n对甲，已；对乙，已。\n",
        "除甲乙外，其余问题均已整改到位。\n审计发现，甲乙丙丁。\n",
        // Cards of fields, one per line; items each with their measures
        // (session 29).
        "【问题编号】1\n【问题描述】甲\n【整改措施】乙\n【责任单位】丙\n【当前状态】已完成\n",
        "甲乙：丙\n丁戊：己\n",
        "②甲不足。\n　整改措施：乙。\n",
        "存在不足\n采取措施\n目前进度\n甲，\n",
        "存在不足\n采取措施\n目前进度\n甲，\n乙，\n",
        "存在不足\n采取措施\n目前进度\n甲，\n乙，\n丙，\n",
        // Drawn tables, answers in one paragraph, state tags as marks,
        // codes as labels, marks explained unquoted, text after a table.
        "│1│甲│乙│丙│\n│  │丁│  │  │\n├─┼─┼─┼─┤\n",
        "│一、甲│\n",
        "针对第一项，甲。针对第二项，乙。",
        "【已办结】甲。\n乙。\n",
        "【AW-01】甲。｜乙。｜【已销号】\n",
        "●为已完成，◎为推进中，",
        "序号  事项  措施  状态\n1  甲  乙  ●\n以上1项均已整改完成。\n",
        // Findings before the work on them, keyed or not; tables divided
        // by bars; deadlines set by 限期 (session 31).
        "甲不足。\n对此，乙已完成。\n",
        "甲不足。\n整改情况：乙。\n丙。\n整改情况：丁。\n",
        "序号｜问题｜状态\n一、甲\n1｜乙｜已完成\n",
        "【处置】限期于2025年1月1日前完成整改。",
        "截至1月，反馈的2个问题，已完成1个。\n序号\t问题\t状态\n1\t甲\t已完成\n",
        "发现问题：一是甲；二是乙。对上述问题，限期于1月1日前整改到位。\n",
        "1.甲。\n整改情况：已整改。采取了以下措施：\n1.乙；\n2.2026年丙。\n",
        "一、上一轮巡察情况\n反馈了17个问题。\n1.甲问题。已整改。\n二、本轮\n1.乙不规范。\n整改措施：丙。\n整改成效：已完成。\n",
        // Items run on after the first one's label (session 32).
        "（1）甲；（2）乙；（3）丙。",
        "检视问题：第一，甲不足。第二，乙不足。\n整改落实：\n一是丙。\n上述2个问题中，第一个问题已整改完成。\n",
        "1.甲不足。已整改。\n（2）乙不足。已整改。\n",
        "上述事项中，甲和乙两项仍在推进；丙需长期坚持；其余各项均已完成。",
        "甲不足，向已死亡人员发放补贴。\n市残联建立机制，开展比对。\n",
        "關於問題整改進展情況的通報",
        "（一）甲方面 1.乙不足。整改情况：已完成。\n序号 问题 整改状态\n1 甲 已完成\n",
        // Findings by unit answered by the unit's name; problems numbered
        // after a word of their own; single-space tables (session 34).
        "梅岭镇：一是甲不足；二是乙滞后。\n",
        "梅岭镇：一是甲不足；二是乙滞后。\n梅岭镇：第1、2个问题已整改到位。\n",
        "（一）甲县。一是乙不足；二是丙滞后。\n甲县：第1项问题，已整改完成。\n",
        "病灶一：甲不足。\n药方：乙。\n",
        "序号 问题 状态\n1 甲 已完成\n",
        "第（1）（2）件已办结",
        // Cases named over field lines; units as bare headings answered by
        // name and a full stop; state groups answering by number; later
        // sections restating listed problems (session 35).
        "体验场景一：甲\n发现什么：乙不足。\n现在怎样：已整改。\n",
        "（一）甲局\n1.乙不足。\n（一）甲局。针对第1个问题，已整改。\n",
        "1.甲不足。\n（一）已完成整改的问题。第1项已整改。\n",
        "一、甲\n1.乙不规范，丙不到位。\n二、原因及下一步\n（一）关于乙不规范问题。正在整改。\n",
        "反馈问题1：甲不足。\n反馈问题2：乙不足。\n整改落实情况：\n问题1：已整改。\n问题2：正在整改。\n",
        "（一）甲项目\n存在问题：\n①乙不足；\n②丙不足。\n整改情况：①已整改；②正在整改。\n",
        "【督办件1】\n诉求内容：甲不足。\n承办单位：乙局\n办理结果：已办结\n",
        "第1项，已修复2个，其余1个正在安装，其余1项正在，",
        // The done counted and the rest named or listed after a colon
        // (session 42).
        "已整改到位1处；甲和乙共2处，正在整改中；尚有1处隐患未完成整改：丙，",
        "一、检查发现的隐患\n（1）甲未设置。\n二、整改情况\n已整改1处，尚有1处未完成整改：甲；乙；",
        // Done phrases with figures in one clause, the rest counted or a
        // share given later in the sentence (session 48).
        "已完成1，剩余1",
        "已完成1，完成总任务的75%",
        // Kinds counted with commas alone; words a PDF sets apart; tables
        // parted by single spaces under column names (session 50).
        "其中立行立改问题1个，已全部完成整改，",
        "已 整改 到位，",
        "序号 反馈问题 整改措施 整改情况\n",
        "序号 反馈问题 整改情况\n1 甲 已完成\n",
        // Fields set apart by two spaces on one line; posts before names;
        // replies by number (session 66).
        "问题：甲不足。\n措施：乙。\n责任人：丙股股长 周某  时限：2025年6月底  进度：70%\n",
        "责任人：甲股股长 周某 乙股股长 李某 ",
        "关于第1项问题，已整改。",
        // One line of many fields or names apart by spaces: each space was
        // tried as a signature's split, recursively (session 67; a megabyte
        // took two minutes and overflowed a test thread's stack).
        "问题：甲不足  措施：乙  ",
        "中共某某党组 ",
    ] {
        let (ratio, small, large) = time_ratio(piece);
        eprintln!("{piece:?}: {small:?} → {large:?} (×{ratio:.1})");
        if ratio >= MAX_RATIO {
            slow.push(format!("{piece:?}: ×{ratio:.1}"));
        }
    }
    assert!(
        slow.is_empty(),
        "{FACTOR} times the input took more than {MAX_RATIO} times as long \
         (quadratic?): {slow:?}"
    );
}

/// A list of problems without reports, then as many paragraphs pointing
/// back at it (`以上共1个问题。`): each item was given a copy of all those
/// paragraphs, time and memory squared (found in session 63). Smaller
/// than the other inputs: a list this long converts slowly even so.
#[test]
fn a_list_pointed_back_at_many_times_converts_in_linear_time() {
    let text = |problems: usize| {
        let mut s = String::from("某镇关于整改情况的通报\n\n一、管理方面\n");
        for i in 0..problems {
            s += &format!(
                "（{}）第{i}项制度执行不规范。\n整改措施：修订制度。\n",
                i + 1
            );
        }
        for i in 0..problems {
            s += &format!("以上共{i}个问题。\n");
        }
        s
    };
    let problems = 1_600;
    let (ratio, small, large) = ratio_of(&text(problems / FACTOR as usize), &text(problems));
    eprintln!("{problems} problems pointed back at: {small:?} → {large:?} (×{ratio:.1})");
    assert!(ratio < MAX_RATIO, "×{ratio:.1} (quadratic?)");
}
