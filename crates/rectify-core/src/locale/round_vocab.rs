//! The words of the collection views (round overview, a department's
//! history): a vocabulary of its own, [`RoundMsg`], so that the embed
//! widget, which never shows these views, does not carry their text (every
//! key of a vocabulary is in the binary that uses it). Same macro, same
//! completeness tests as [`super::Msg`].

use super::vocab::vocabulary;
use super::Lang;

vocabulary! {
    /// A message of the collection views.
    RoundMsg;
    Loading => ["正在加载报告集…", "正在載入報告集…", "Loading the collection…"],
    TableCaption => ["各部门整改进展", "各部門整改進展", "Progress by department"],
    Department => ["部门", "部門", "Department"],
    Problems => ["问题", "問題", "Problems"],
    Done => ["已完成", "已完成", "Done"],
    InProgress => ["正在整改", "正在整改", "In progress"],
    Rate => ["完成率", "完成率", "Completion"],
    Overdue => ["逾期", "逾期", "Overdue"],
    LastReport => ["最近报告", "最近報告", "Latest report"],
    /// `{0}` a column's name.
    SortBy => ["按{0}排序", "按{0}排序", "Sort by {0}"],
    Round => ["巡察轮次", "巡察輪次", "Inspection round"],
    AllRounds => ["全部轮次", "全部輪次", "All rounds"],
    SearchDepartments => ["搜索部门名称", "搜尋部門名稱", "Search department names"],
    /// `{0}` shown, `{1}` all.
    Shown => ["显示 {0} 个部门，共 {1} 个", "顯示 {0} 個部門，共 {1} 個", "Showing {0} of {1} departments"],
    NoneMatch => ["没有符合条件的部门", "沒有符合條件的部門", "No department matches"],
    AsTable => ["表格", "表格", "Table"],
    AsSmallMultiples => ["小图", "小圖", "Small multiples"],
    Layout => ["显示方式", "顯示方式", "Show as"],
    NoReport => ["暂无报告", "暫無報告", "No report yet"],
    DistributionTitle => ["完成率分布", "完成率分佈", "Distribution of completion rates"],
    RateRange => ["完成率区间", "完成率區間", "Completion range"],
    Departments => ["部门数", "部門數", "Departments"],
    /// `{0}` a range of rates, `{1}` a number of departments.
    BinLabel => ["完成率 {0}：{1} 个部门", "完成率 {0}：{1} 個部門", "Completion {0}: {1} departments"],
    /// `{0}` departments, `{1}` all done, `{2}` below half, `{3}` the median rate.
    DistributionSummary => [
        "{0} 个部门中，{1} 个已全部完成，{2} 个完成率低于一半；完成率中位数为 {3}。",
        "{0} 個部門中，{1} 個已全部完成，{2} 個完成率低於一半；完成率中位數為 {3}。",
        "Of {0} departments, {1} have completed every problem and {2} are below half; the median completion is {3}.",
    ],
    NoRates => ["尚无可统计的完成率。", "尚無可統計的完成率。", "No completion rates to show yet."],
    BackToList => ["返回部门列表", "返回部門列表", "Back to all departments"],
    HistoryTitle => ["各期整改进展", "各期整改進展", "Progress at each report"],
    StatedTotal => ["通报所述问题总数", "通報所述問題總數", "Total stated in the report"],
    Total => ["问题总数", "問題總數", "Problems"],
    /// `{0}` reports, `{1}` first date, `{2}` last date, `{3}` done first, `{4}` done last, `{5}` problems last.
    HistorySummary => [
        "{0} 期报告（{1} 至 {2}）：已完成从 {3} 个变为 {4} 个，最近一期共 {5} 个问题。",
        "{0} 期報告（{1} 至 {2}）：已完成從 {3} 個變為 {4} 個，最近一期共 {5} 個問題。",
        "{0} reports ({1} to {2}): done went from {3} to {4}; {5} problems in the latest.",
    ],
    /// `{0}` date, `{1}` done, `{2}` in progress, `{3}` long-term, `{4}` problems.
    PointLabel => [
        "{0}：已完成 {1}，正在整改 {2}，长期整改 {3}，共 {4} 个问题",
        "{0}：已完成 {1}，正在整改 {2}，長期整改 {3}，共 {4} 個問題",
        "{0}: done {1}, in progress {2}, long-term {3}, {4} problems",
    ],
    /// `{0}` the stated total.
    PointStated => ["；通报所述 {0} 个", "；通報所述 {0} 個", "; {0} stated"],
    ChangesTitle => ["两期之间的变化", "兩期之間的變化", "Changes between two reports"],
    From => ["从", "從", "From"],
    To => ["到", "到", "To"],
    StatusChanges => ["状态变化", "狀態變化", "Status changes"],
    Added => ["新增问题", "新增問題", "New problems"],
    Removed => ["不再列出的问题", "不再列出的問題", "Problems no longer listed"],
    Merged => ["合并的问题", "合併的問題", "Merged problems"],
    Split => ["拆分的问题", "拆分的問題", "Split problems"],
    Reworded => ["改写的问题", "改寫的問題", "Reworded problems"],
    /// `{0}` label, `{1}` old status, `{2}` new status, `{3}` old date, `{4}` new date.
    ChangeLine => ["{0} {1} → {2}，{3} → {4}", "{0} {1} → {2}，{3} → {4}", "{0} {1} → {2}, {3} → {4}"],
    /// `{0}` old date, `{1}` new date, `{2}` status changes, `{3}` new, `{4}` removed.
    ChangesSummary => [
        "{0} → {1}：状态变化 {2} 个，新增 {3} 个，不再列出 {4} 个。",
        "{0} → {1}：狀態變化 {2} 個，新增 {3} 個，不再列出 {4} 個。",
        "{0} → {1}: {2} status changes, {3} new, {4} no longer listed.",
    ],
    SameDate => ["请选择两个不同的日期。", "請選擇兩個不同的日期。", "Choose two different dates."],
    OneReport => [
        "该部门只有一期报告，暂无可比较的变化。",
        "該部門只有一期報告，暫無可比較的變化。",
        "This department has only one report: nothing to compare yet.",
    ],
    LoadingReports => ["正在加载该部门的报告…", "正在載入該部門的報告…", "Loading the department's reports…"],
    /// `{0}` the as-of date.
    LatestBoard => ["最新一期（数据截至 {0}）", "最新一期（資料截至 {0}）", "Latest report (as of {0})"],
    EntryRefused => [
        "报告地址不在报告集所在网站，已拒绝显示",
        "報告地址不在報告集所在網站，已拒絕顯示",
        "The report's address is not on the collection's site, so it is not shown",
    ],
    /// `{0}` the department id from the link.
    UnknownDepartment => [
        "链接中的部门“{0}”不在本报告集中",
        "連結中的部門「{0}」不在本報告集中",
        "The department “{0}” in the link is not in this collection",
    ],
    /// `{0}` similarity as a percentage.
    Similarity => ["相似度 {0}", "相似度 {0}", "similarity {0}"],
}

#[cfg(test)]
mod tests {
    use super::*;

    const LANGS: [Lang; 3] = [Lang::ZhHans, Lang::ZhHant, Lang::En];

    fn slots(s: &str) -> Vec<&str> {
        let mut v: Vec<&str> = s.match_indices('{').map(|(i, _)| &s[i..i + 3]).collect();
        v.sort_unstable();
        v
    }

    #[test]
    fn every_message_has_every_language_and_the_same_slots() {
        for &msg in RoundMsg::ALL {
            let hans = slots(msg.text(Lang::ZhHans));
            for lang in LANGS {
                assert!(!msg.text(lang).trim().is_empty(), "{msg:?} in {lang:?}");
                assert_eq!(slots(msg.text(lang)), hans, "{msg:?} slots in {lang:?}");
            }
            let en = msg.text(Lang::En);
            assert!(!super::super::Msg::has_cjk_punctuation(en), "{msg:?}: {en}");
        }
    }

    #[test]
    fn traditional_is_converted() {
        assert_eq!(RoundMsg::Department.text(Lang::ZhHant), "部門");
        assert_eq!(
            RoundMsg::Shown.fill(Lang::En, &["3", "300"]),
            "Showing 3 of 300 departments"
        );
    }
}
