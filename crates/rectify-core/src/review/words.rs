//! The import page's vocabulary (review step, limits, errors of review
//! choices), in 简体, 繁體 and English, apart from the widget's [`Msg`]
//! so that none of it enters the embed bundle. Same rules as `Msg`: a key
//! without all three languages does not compile; patterns have numbered
//! slots filled in one pass by [`ReviewMsg::fill`].
//!
//! [`Msg`]: crate::locale::Msg

use crate::locale::Lang;

macro_rules! review_vocabulary {
    ($( $(#[$doc:meta])* $key:ident => [$hans:expr, $hant:expr, $en:expr $(,)?], )*) => {
        /// A message of the import page.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ReviewMsg {
            $( $(#[$doc])* $key, )*
        }

        impl ReviewMsg {
            /// Every message, for completeness tests.
            pub const ALL: &'static [ReviewMsg] = &[$( ReviewMsg::$key, )*];

            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $( ReviewMsg::$key => match lang {
                        Lang::ZhHans => $hans,
                        Lang::ZhHant => $hant,
                        Lang::En => $en,
                    }, )*
                }
            }
        }
    };
}

review_vocabulary! {
    // Errors in review choices.
    /// `{0}` the format found.
    ChoicesFormat => [
        "审核记录格式“{0}”无法识别，应为 rectify-review/1",
        "審核記錄格式「{0}」無法識別，應為 rectify-review/1",
        "Review choices format \"{0}\" is not understood; expected rectify-review/1",
    ],
    /// `{0}` the id.
    UnknownId => ["没有 id 为“{0}”的条目", "沒有 id 為「{0}」的條目", "There is no item with id \"{0}\""],
    /// `{0}` the id.
    NoStatusHere => [
        "“{0}”不是问题、措施或长期事项，不能设定状态",
        "「{0}」不是問題、措施或長期事項，不能設定狀態",
        "\"{0}\" is not a problem, measure or long-term item; it has no status",
    ],
    MissingReason => [
        "修改状态须填写理由（读者会看到）",
        "修改狀態須填寫理由（讀者會看到）",
        "A changed status needs a reason (readers see it)",
    ],
    /// `{0}` the value.
    BadDate => [
        "日期“{0}”无效，应为 YYYY-MM-DD（如 2025-06-30）",
        "日期「{0}」無效，應為 YYYY-MM-DD（如 2025-06-30）",
        "Invalid date \"{0}\"; expected YYYY-MM-DD (e.g. 2025-06-30)",
    ],
    /// `{0}` the line.
    NoCandidate => [
        "第 {0} 行没有可选的汇总数字句",
        "第 {0} 行沒有可選的彙總數字句",
        "Line {0} holds no summary sentence to choose",
    ],

    // Consistency checks.
    /// `{0}` the problem, `{1}` the measure.
    CheckDoneOpenMeasure => [
        "{0} 标为已完成，但其措施 {1} 仍在整改",
        "{0} 標為已完成，但其措施 {1} 仍在整改",
        "{0} is marked done, but its measure {1} is still in progress",
    ],
    /// `{0}` the problem.
    CheckOpenAllDone => [
        "{0} 未标为已完成，但其措施均已完成",
        "{0} 未標為已完成，但其措施均已完成",
        "{0} is not marked done, but all its measures are done",
    ],
    /// `{0}` the field, `{1}` stated, `{2}` counted.
    CheckStated => [
        "通报所述{0}为 {1}，看板统计为 {2}",
        "通報所述{0}為 {1}，看板統計為 {2}",
        "The notice states {0} {1}; the board counts {2}",
    ],
    /// `{0}` the item, `{1}` its deadline, `{2}` the feedback date.
    CheckDeadline => [
        "{0} 的整改时限 {1} 早于巡察反馈日期 {2}",
        "{0} 的整改時限 {1} 早於巡察反饋日期 {2}",
        "The deadline of {0} ({1}) is before the feedback date {2}",
    ],
    /// `{0}` the items, `{1}` the title.
    CheckDuplicate => [
        "{0} 标题相同：{1}",
        "{0} 標題相同：{1}",
        "{0} have the same title: {1}",
    ],
    ListSeparator => ["、", "、", ", "],

    // The page around the review.
    PageTitle => ["整改看板 · 数据导入", "整改看板 · 資料匯入", "Rectify Board · Data import"],
    PageLead => [
        "把整改进展通报的全文粘贴到下面，或选择（拖入）整改台账 CSV / XLSX 文件或看板数据 JSON 文件，即可审核修改、预览看板，并下载看板所需的 JSON 数据文件。",
        "把整改進展通報的全文貼到下面，或選擇（拖入）整改台賬 CSV / XLSX 檔案或看板資料 JSON 檔案，即可審核修改、預覽看板，並下載看板所需的 JSON 資料檔案。",
        "Paste the full text of a rectification progress notice below, or choose (drop) a ledger as CSV / XLSX or a board data JSON file, to review and correct it, preview the board and download the JSON data file the board needs.",
    ],
    PageLocal => [
        "所有处理都在本机浏览器中完成，文件不会上传。",
        "所有處理都在本機瀏覽器中完成，檔案不會上傳。",
        "Everything happens in this browser; no file is uploaded.",
    ],
    InputTitle => ["1. 输入", "1. 輸入", "1. Input"],
    PasteLabel => ["粘贴通报全文", "貼上通報全文", "Paste the notice"],
    PastePlaceholder => [
        "例如：中共××局党组关于巡察整改进展情况的通报……",
        "例如：中共××局黨組關於巡察整改進展情況的通報……",
        "For example: 中共××局党组关于巡察整改进展情况的通报…",
    ],
    ConvertPasted => ["转换粘贴的文本", "轉換貼上的文字", "Convert the pasted text"],
    ChooseFile => [
        "或选择文件（.txt 通报 · .csv / .xlsx 台账 · .json 看板数据）",
        "或選擇檔案（.txt 通報 · .csv / .xlsx 台賬 · .json 看板資料）",
        "Or choose a file (.txt notice · .csv / .xlsx ledger · .json board data)",
    ],
    /// `{0}` the limit.
    SizeLimit => [
        "导入页可处理 {0} 以内的文件；更大的文件请用命令行工具 rectify convert。",
        "匯入頁可處理 {0} 以內的檔案；更大的檔案請用命令列工具 rectify convert。",
        "The import page takes files up to {0}; convert larger ones with the command-line tool rectify convert.",
    ],
    ResultTitle => ["2. 转换结果", "2. 轉換結果", "2. Result"],
    /// `{0}` the file.
    CannotConvert => ["{0} 无法转换", "{0} 無法轉換", "{0} cannot be converted"],
    /// `{0}` the file.
    CannotLoad => ["{0} 不是有效的看板数据", "{0} 不是有效的看板資料", "{0} is not valid board data"],
    /// `{0}` the file.
    ChoicesStale => [
        "审核记录不适用于 {0}，可撤销上一步或清除草稿：",
        "審核記錄不適用於 {0}，可撤銷上一步或清除草稿：",
        "The review choices do not apply to {0}; undo the last step or clear the draft:",
    ],
    /// `{0}` line, `{1}` column.
    LineColumn => ["第 {0} 行第 {1} 列", "第 {0} 行第 {1} 列", "line {0}, column {1}"],
    BlobFailed => ["浏览器无法生成下载文件", "瀏覽器無法產生下載檔案", "The browser could not make the download"],
    FormatNotice => ["通报文本", "通報文字", "notice text"],
    FormatCsv => ["CSV 台账", "CSV 台賬", "CSV ledger"],
    FormatXlsx => ["XLSX 台账", "XLSX 台賬", "XLSX ledger"],
    FormatJson => ["看板数据 JSON", "看板資料 JSON", "board data JSON"],
    /// `{0}` the file, `{1}` its kind, `{2}` the counts.
    Summary => ["{0}（{1}）：{2}", "{0}（{1}）：{2}", "{0} ({1}): {2}"],
    /// `{0}` the file name.
    DownloadJson => ["下载 JSON 数据（{0}）", "下載 JSON 資料（{0}）", "Download the JSON data ({0})"],
    /// `{0}` how many.
    WarningsTitle => ["转换提示（{0}条）", "轉換提示（{0}條）", "Converter warnings ({0})"],
    NoWarnings => [
        "没有提示：每段文字都已归入相应条目。",
        "沒有提示：每段文字都已歸入相應條目。",
        "No warnings: every paragraph went into an item.",
    ],
    /// `{0}` how many lines.
    SkippedTitle => [
        "未放入条目的行（{0}行，已保留在数据的 skipped 中）",
        "未放入條目的行（{0}行，已保留在資料的 skipped 中）",
        "Lines in no item ({0}, kept in the data's skipped list)",
    ],
    /// `{0}` the line.
    LineNo => ["第{0}行", "第{0}行", "line {0}"],
    PreviewTitle => ["4. 看板预览", "4. 看板預覽", "4. Board preview"],

    // The review section.
    ReviewTitle => ["3. 审核与修改", "3. 審核與修改", "3. Review and correct"],
    LevelsTitle => ["编号层级", "編號層級", "Numbering levels"],
    LevelsHint => [
        "转换程序认出的编号层级如下。若某一层的含义判断错误，请在此选择，条目会按新的层级重新划分。",
        "轉換程式認出的編號層級如下。若某一層的含義判斷錯誤，請在此選擇，條目會按新的層級重新劃分。",
        "These are the numbering levels the converter found. If a level is misread, choose what it is; the items are divided again.",
    ],
    /// `{0}` the example label, `{1}` how many.
    LevelLabel => ["“{0}”层（{1}处）", "「{0}」層（{1}處）", "Level \"{0}\" ({1} items)"],
    KindSection => ["部分", "部分", "Part"],
    KindFocusArea => ["重点领域", "重點領域", "Focus area"],
    KindCategory => ["问题类别", "問題類別", "Category"],
    KindProblem => ["问题", "問題", "Problem"],
    KindMeasure => ["整改措施", "整改措施", "Measure"],
    KindLongTerm => ["长期事项", "長期事項", "Long-term item"],
    KindItem => ["其他条目", "其他條目", "Other item"],
    TableTitle => ["问题与状态", "問題與狀態", "Problems and statuses"],
    /// `{0}` shown, `{1}` all.
    TableCount => ["显示 {0} 个问题，共 {1} 个", "顯示 {0} 個問題，共 {1} 個", "Showing {0} of {1} problems"],
    /// `{0}` how many more rows are shown on a click.
    ShowMoreRows => ["再显示 {0} 个", "再顯示 {0} 個", "Show {0} more"],
    OnlyInferred => ["只看推算的状态", "只看推算的狀態", "Only inferred statuses"],
    AcceptInferred => ["全部采纳推算结果", "全部採納推算結果", "Accept all inferred statuses"],
    AcceptedReason => [
        "编辑核对原文后确认",
        "編輯核對原文後確認",
        "Confirmed by the editor against the text",
    ],
    ColLabel => ["编号", "編號", "No."],
    ColTitle => ["问题", "問題", "Problem"],
    ColStatus => ["状态", "狀態", "Status"],
    ColEvidence => ["依据", "依據", "Basis"],
    ColOwners => ["责任单位", "責任單位", "Owners"],
    ColDeadline => ["整改时限", "整改時限", "Deadline"],
    ColCompleted => ["完成日期", "完成日期", "Completed on"],
    ColReason => ["修改理由", "修改理由", "Reason for the change"],
    BasisStated => ["原文表述", "原文表述", "Stated in the text"],
    BasisInferred => ["按措施表述推算", "按措施表述推算", "Inferred from the wording"],
    BasisEditor => ["编辑设定", "編輯設定", "Set by the editor"],
    BasisNone => ["无依据", "無依據", "No basis"],
    ReasonNeeded => ["请填写理由", "請填寫理由", "Please give a reason"],
    OwnersHint => ["多个单位用“、”分隔", "多個單位用「、」分隔", "Separate several with 、 or commas"],
    TotalsTitle => ["通报所述的汇总数字", "通報所述的彙總數字", "Totals stated in the notice"],
    TotalsNone => ["不采用（通报未说明总数）", "不採用（通報未說明總數）", "None (the notice states no totals)"],
    /// `{0}` the line, `{1}` the sentence.
    TotalsCandidate => ["第 {0} 行：{1}", "第 {0} 行：{1}", "Line {0}: {1}"],
    TotalsNoCandidates => [
        "通报中没有找到汇总数字句。",
        "通報中沒有找到彙總數字句。",
        "The notice has no summary sentence with totals.",
    ],
    ChecksTitle => ["一致性检查", "一致性檢查", "Consistency checks"],
    /// `{0}` how many.
    ChecksCount => ["发现 {0} 处需要核对", "發現 {0} 處需要核對", "{0} things to check"],
    ChecksNone => ["未发现不一致之处。", "未發現不一致之處。", "Nothing inconsistent was found."],
    JumpTo => ["转到", "轉到", "Go to"],
    Undo => ["撤销", "撤銷", "Undo"],
    ClearDraft => ["清除草稿", "清除草稿", "Clear the draft"],
    DraftRestored => [
        "已恢复上次未完成的审核草稿（保存在本机浏览器中）。",
        "已恢復上次未完成的審核草稿（保存在本機瀏覽器中）。",
        "The unfinished review from last time was restored (kept in this browser).",
    ],
    DownloadChoices => ["下载审核记录（供 rectify convert --review 使用）", "下載審核記錄（供 rectify convert --review 使用）", "Download the review choices (for rectify convert --review)"],
    DownloadWarnings => ["下载全部提示", "下載全部提示", "Download all warnings"],
    /// `{0}` how many more.
    MoreWarnings => ["……另有 {0} 条提示未显示", "……另有 {0} 條提示未顯示", "…and {0} more not shown"],
    SheetLabel => ["工作表", "工作表", "Worksheet"],
    SheetApply => ["读取此工作表", "讀取此工作表", "Read this worksheet"],
    ReopenedJson => [
        "已打开看板数据文件（JSON），可审核修改后重新下载。",
        "已開啟看板資料檔案（JSON），可審核修改後重新下載。",
        "A board data file (JSON) was opened; review, correct and download it again.",
    ],
    /// `{0}` the size of the file, `{1}` the limit.
    TooLarge => [
        "文件大小 {0}，超过导入页的上限 {1}，未读取。较大的文件请用命令行工具转换：rectify convert 文件 -o report.json（台账另有 --max-rows 等参数可调整上限）。",
        "檔案大小 {0}，超過匯入頁的上限 {1}，未讀取。較大的檔案請用命令列工具轉換：rectify convert 檔案 -o report.json（台賬另有 --max-rows 等參數可調整上限）。",
        "The file is {0}, above the import page's limit of {1}, and was not read. Convert larger files with the command-line tool: rectify convert FILE -o report.json (ledgers have flags such as --max-rows to raise limits).",
    ],
}

impl ReviewMsg {
    /// The message with `{0}`, `{1}`… replaced by `args`, in one pass.
    pub fn fill(self, lang: Lang, args: &[&str]) -> String {
        let pattern = self.text(lang);
        let mut out = String::with_capacity(pattern.len() + 16);
        let mut rest = pattern;
        while let Some(open) = rest.find('{') {
            out.push_str(&rest[..open]);
            let after = &rest[open + 1..];
            match after.find('}').and_then(|close| {
                let n: usize = after[..close].parse().ok()?;
                Some((n, close))
            }) {
                Some((n, close)) => {
                    out.push_str(args.get(n).copied().unwrap_or(""));
                    rest = &after[close + 1..];
                }
                None => {
                    out.push('{');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_message_in_every_language() {
        for m in ReviewMsg::ALL {
            for lang in [Lang::ZhHans, Lang::ZhHant, Lang::En] {
                assert!(!m.text(lang).trim().is_empty(), "{m:?} {lang:?}");
            }
            let slots = |s: &str| s.matches('{').count();
            assert_eq!(
                slots(m.text(Lang::ZhHans)),
                slots(m.text(Lang::En)),
                "{m:?}"
            );
            assert_eq!(
                slots(m.text(Lang::ZhHans)),
                slots(m.text(Lang::ZhHant)),
                "{m:?}"
            );
        }
    }

    #[test]
    fn english_has_no_full_width_punctuation() {
        // These quote Chinese on purpose (an example, the list mark 、).
        let quoting = [ReviewMsg::PastePlaceholder, ReviewMsg::OwnersHint];
        for m in ReviewMsg::ALL.iter().filter(|m| !quoting.contains(m)) {
            let en = m.text(Lang::En);
            assert!(!crate::locale::Msg::has_cjk_punctuation(en), "{m:?}: {en}");
        }
    }

    #[test]
    fn fill_replaces_once() {
        assert_eq!(
            ReviewMsg::UnknownId.fill(Lang::En, &["{0}"]),
            "There is no item with id \"{0}\""
        );
    }
}
