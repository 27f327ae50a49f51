//! A report's last clause planning the rest of the work by a date ahead
//! (`目前已完成现场踏勘，计划2026年11月底前出具审计报告。`): a step done,
//! the work still open. Notices' reports and ledgers' status cells are
//! read so.

use super::norm_chars;

/// Words that open a clause planning the rest of the work.
const PLAN_OPENINGS: &[&str] = &["计划", "预计", "力争", "争取", "拟于", "将于", "确保"];

/// The report's last clause plans the rest of the work by a date ahead
/// (`目前已完成现场踏勘，计划2026年11月底前出具审计报告。`): a step done and
/// the problem's work still open. The clause, if so; not when the report
/// states the whole work done (`已完成整改`, `整改到位`).
pub(crate) fn planned_ahead(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    // `…，剩余部分结合合同到期时间调整，完成时限：2027年3月底前。`: the
    // deadline's key closes the report; the clause before it is the plan.
    let (body, deadline) = split_deadline_key(&n);
    let last = last_clause(body);
    let t = last
        .trim()
        .trim_start_matches("并")
        .trim_start_matches("目前");
    // `其余2处计划…补植到位`: the rest planned; with a deadline of its own,
    // the rest left to do (`剩余部分…调整`).
    let rest_word = |c: &str| ["其余", "剩余", "余下"].iter().any(|w| c.starts_with(w));
    let rest = rest_word(t);
    // `其余小区随改造工程同步实施，年底前全部完成`: the rest named in the
    // clause before, its date in the last.
    let rest_before = clause_before_last(body).is_some_and(|c| rest_word(c) && !c.contains('已'));
    // `责任单位：计划财务科；完成时限：…`: the owners' field, a name that
    // opens with a plan's word, no plan.
    let owners_field = t
        .split_once(':')
        .is_some_and(|(key, _)| super::owners::ends_with_owner_key(key.trim()));
    let plans = !owners_field
        && (PLAN_OPENINGS
            .iter()
            .any(|w| t.starts_with(w) || (rest && t.contains(w)))
            || (rest && deadline.is_some() && !t.contains('已'))
            || (rest_before && t.contains('前') && !t.contains('已'))
            || plans_after_its_subject(t));
    let t = deadline.unwrap_or(t);
    let relative = RELATIVE_TIMES.iter().any(|w| t.contains(w));
    let dated = t.chars().any(|c| c.is_ascii_digit())
        || t.contains("年底")
        || t.contains("月底")
        || relative;
    let whole_done = [
        "完成整改",
        "整改完成",
        "整改到位",
        "整改完毕",
        "已整改",
        "办结",
    ]
    .iter()
    .any(|w| n.contains(w));
    // `计划2027年春季造林时补植到位`: a year ahead is a date too, and so
    // is the end of a year or month (`剩余部分预计年底完成`).
    let by_date =
        t.contains('前') || names_a_year(t) || relative || t.contains("年底") || t.contains("月底");
    (plans && dated && by_date && !whole_done).then(|| last.trim().to_string())
}

/// Times ahead named without a date (`计划寒假期间实施`, `明年春季`).
const RELATIVE_TIMES: &[&str] = &[
    "寒假",
    "暑假",
    "春季",
    "夏季",
    "秋季",
    "冬季",
    "上半年",
    "下半年",
    "明年",
    "年内",
    "汛期",
];

/// The longest subject before a plan word (characters).
const MAX_SUBJECT_CHARS: usize = 12;

/// `设备类资产盘点预计2026年11月底完成`: a clause that names the part of the
/// work left and plans it, its subject first; nothing in the subject is
/// reported done (`已`).
fn plans_after_its_subject(t: &str) -> bool {
    PLAN_OPENINGS.iter().any(|w| {
        t.find(w).is_some_and(|at| {
            let subject = &t[..at];
            subject.chars().count() <= MAX_SUBJECT_CHARS && !subject.contains('已')
        })
    })
}

/// Keys of a deadline that may close a report (`完成时限：`).
const DEADLINE_KEYS: &[&str] = &["完成时限:", "整改时限:", "完成时间:", "整改期限:"];

/// A normalised report split before a deadline's key that opens its last
/// clause, and the deadline (`2027年3月底前`).
fn split_deadline_key(n: &str) -> (&str, Option<&str>) {
    let trimmed = n.trim_end_matches(['。', ';', '.', ' ']);
    let Some((at, mark)) = trimmed
        .char_indices()
        .rev()
        .find(|(_, c)| matches!(c, ',' | '。' | ';'))
    else {
        return (n, None);
    };
    let clause = &trimmed[at + mark.len_utf8()..];
    match DEADLINE_KEYS
        .iter()
        .find_map(|k| clause.trim().strip_prefix(k))
    {
        Some(deadline) => (&trimmed[..at], Some(deadline)),
        None => (n, None),
    }
}

/// A clause that plans work ahead (`计划2027年启动`, `预计年底前完成`).
pub(crate) fn opens_a_plan(clause: &str) -> bool {
    let t = clause
        .trim()
        .trim_start_matches("并")
        .trim_start_matches("目前");
    PLAN_OPENINGS.iter().any(|w| t.starts_with(w))
}

/// The text names a year (`2027年`).
fn names_a_year(t: &str) -> bool {
    let c: Vec<char> = t.chars().collect();
    c.windows(5)
        .any(|w| w[..4].iter().all(char::is_ascii_digit) && w[4] == '年')
}

/// The clause before the last one, trimmed.
fn clause_before_last(n: &str) -> Option<&str> {
    let mut clauses = n
        .trim_end_matches(['。', ';', '.', ' '])
        .rsplit([',', '。', ';']);
    clauses.next()?;
    clauses.next().map(str::trim)
}

/// The last clause of a normalised text, its closing mark left out.
pub(crate) fn last_clause(n: &str) -> String {
    n.trim_end_matches(['。', ';', '.', ' '])
        .rsplit([',', '。', ';'])
        .next()
        .unwrap_or("")
        .to_string()
}
/// The longest clause read as setting a deadline (characters).
const MAX_DEADLINE_CLAUSE_CHARS: usize = 20;

/// The longest clause read as demanding work by a date (`要求立即停止并于
/// 12月10日前签订规范收运协议`; characters).
const MAX_DEMAND_CLAUSE_CHARS: usize = 32;

/// A clause that hands the work over with a deadline still ahead
/// (`已交办，限11月10日前整改`, `限期整改`): the work is under way, not
/// done. The clause, if so.
pub(crate) fn deadline_set(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    n.split([',', '。', ';', ')'])
        .map(str::trim)
        .find(|c| {
            // `[处置]限期于…`: a key before the clause is no part of it.
            let c = without_key(c);
            // `要求11月15日前完成设置`, `责令限期整改`: the deadline given;
            // `督查组已责令…单位限期于11月30日前整改到位`: 限期 sets it
            // wherever it stands.
            let opening = ["要求", "责令", "并"]
                .iter()
                .find_map(|w| c.strip_prefix(w));
            // Within the clause, 限期 sets a date only with one (`已责令
            // 限期整改` is an order given, not a deadline).
            let within = opening
                .is_none()
                .then(|| c.find("限期").map(|at| &c[at..]))
                .flatten()
                .filter(|d| *d != c);
            let d = opening.or(within).unwrap_or(c);
            // `限11月10日前整改`, `限12月底前完成年度任务`; a demand by a
            // date, whatever it demands (`要求12月15日前规范设置暂存点`,
            // `要求立即停止并于12月10日前签订…协议`).
            // `限期于2025年12月31日前完成年度改造任务`: a date set by 限期.
            let demanded = d != c || d.starts_with("限期");
            // `限12月10日前接入`: a date set by 限 demands whatever follows.
            let by_date = (d.starts_with('限') || demanded)
                && d.split_once('前').is_some_and(|(before, after)| {
                    let dated = before.contains('月') && before.chars().any(|c| c.is_ascii_digit());
                    dated
                        || ["整改", "完成", "办结"]
                            .iter()
                            .any(|e| after.starts_with(e))
                });
            // `限期整改`, `限期完成鉴定`
            let in_time = d.starts_with("限期") && within.is_none();
            let limit = if demanded {
                MAX_DEMAND_CLAUSE_CHARS
            } else {
                MAX_DEADLINE_CLAUSE_CHARS
            };
            (by_date || in_time) && d.chars().count() <= limit
        })
        .map(str::to_string)
}

/// The clause without a key in brackets before it (`[处置]`, `【处理】`).
fn without_key(c: &str) -> &str {
    let Some(rest) = c.strip_prefix(['[', '【']) else {
        return c;
    };
    match rest.split_once([']', '】']) {
        Some((key, after)) if key.chars().count() <= 6 => after.trim_start(),
        _ => c,
    }
}

/// What a plan puts the work into (`年度计划`, `2026年预算`, `项目库`).
const SCHEDULES: &[&str] = &["计划", "规划", "预算", "日程", "议程", "项目库"];

/// A clause that only schedules the work (`已纳入年度计划`, `已列入2026年
/// 财政预算`): the work is planned, not done. Not a standing arrangement
/// (`纳入长效机制`, `纳入常态化管理`: long-term work, read elsewhere) nor
/// a measure (`将…纳入学习计划`). The clause, if so.
pub(crate) fn scheduled(report: &str) -> Option<String> {
    let n: String = norm_chars(report).into_iter().collect();
    n.split([',', '。', ';'])
        .map(str::trim)
        .find(|c| {
            let Some(at) = c.find("纳入").or_else(|| c.find("列入")) else {
                return false;
            };
            let (before, after) = c.split_at(at);
            // Reported as the state (`已纳入`, `已将该项目列入`), not a
            // measure taken (`将…纳入学习计划，开展专题研讨3次`).
            let reported =
                before.ends_with('已') || before.trim_start_matches("目前").starts_with("已将");
            reported
                && SCHEDULES.iter().any(|w| after.contains(w))
                && !["长效", "常态", "日常"].iter().any(|w| after.contains(w))
                && c.chars().count() <= MAX_DEMAND_CLAUSE_CHARS
        })
        .map(str::to_string)
}

/// A ledger's disposition that hands the work over for handling
/// (`移交区城管执法局立案查处`): under way elsewhere, not done. The clause,
/// if so.
pub(crate) fn handed_over(cell: &str) -> Option<String> {
    let n: String = norm_chars(cell).into_iter().collect();
    n.split([',', '。', ';'])
        .map(str::trim)
        .find(|c| {
            let c = c.strip_prefix('已').unwrap_or(c);
            (c.starts_with("移交") || c.starts_with("移送") || c.starts_with("交由"))
                && ["查处", "处理", "办理", "处置"]
                    .iter()
                    .any(|w| c.contains(w))
                && c.chars().count() <= MAX_DEMAND_CLAUSE_CHARS
        })
        .map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::{deadline_set, planned_ahead, scheduled};

    #[test]
    fn an_owners_field_is_no_plan() {
        assert_eq!(
            planned_ahead("已完成；责任单位：计划财务科；完成时限：2025年10月底"),
            None
        );
    }

    #[test]
    fn a_plan_for_a_time_named_without_a_date() {
        assert!(planned_ahead("已完成改造方案设计，改造工程计划寒假期间实施。").is_some());
        assert!(planned_ahead("已完成选址，计划明年春季开工建设。").is_some());
        assert!(planned_ahead("已完成改造方案设计，计划寒假期间实施，已整改到位。").is_none());
        // The end of a year or month is a date ahead too.
        assert!(planned_ahead("已完成档案数字化80%，剩余部分预计年底完成。").is_some());
        assert!(planned_ahead("已完成主体工程，附属设施预计6月底完工。").is_some());
    }

    #[test]
    fn work_scheduled_and_not_done() {
        for t in [
            "已纳入年度计划。",
            "已完成方案编制，剩余工程已列入2026年财政预算。",
            "目前已将该项目列入2026年项目库。",
        ] {
            assert!(scheduled(t).is_some(), "{t}");
        }
        for t in [
            "已纳入长效机制常态化推进。",
            "该事项未纳入年度计划，正在协调。",
            "已纳入日常监督检查。",
            "已将整改情况纳入年度考核。",
            "将侨务工作纳入年度学习计划，开展专题研讨3次。",
        ] {
            assert!(scheduled(t).is_none(), "{t}");
        }
    }

    #[test]
    fn a_deadline_set_after_a_key_or_within_its_clause() {
        assert!(
            deadline_set("【处置】限期于2025年11月15日前全部整改销号，整改结果报备案。").is_some()
        );
        assert!(deadline_set(
            "对上述问题，督查组已责令市卫生健康委员会督促相关单位限期于2025年11月30日前整改到位。"
        )
        .is_some());
        assert!(
            deadline_set("责令施工单位返工处理，限期于2025年12月31日前完成年度改造任务。")
                .is_some()
        );
        assert!(deadline_set("已于2025年9月完成整改，并建立长效机制。").is_none());
    }
}
