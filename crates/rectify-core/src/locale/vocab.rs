//! The interface vocabulary: every word, sentence pattern and separator the
//! widget shows, keyed by [`Msg`], in 简体, 繁體 and English. The macro
//! makes a key without all three languages a compile error; the tests check
//! that none is empty and that English has no full-width punctuation.
//!
//! Patterns hold numbered slots (`{0}`, `{1}`) that [`Msg::fill`] replaces in
//! one pass, so a report's text put into a slot is never read as a pattern.

use super::Lang;

macro_rules! vocabulary {
    ($(#[$tdoc:meta])* $name:ident; $( $(#[$doc:meta])* $key:ident => [$hans:expr, $hant:expr, $en:expr $(,)?], )*) => {
        $(#[$tdoc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$doc])* $key, )*
        }

        impl $name {
            /// Every message, for completeness tests.
            pub const ALL: &'static [$name] = &[$( $name::$key, )*];

            /// The message in `lang`.
            pub fn text(self, lang: Lang) -> &'static str {
                match self {
                    $( $name::$key => match lang {
                        Lang::ZhHans => $hans,
                        Lang::ZhHant => $hant,
                        Lang::En => $en,
                    }, )*
                }
            }

            /// The pattern in `lang` with its slots `{0}`, `{1}`… replaced by
            /// `args` in one pass (see [`fill_slots`]).
            pub fn fill(self, lang: Lang, args: &[&str]) -> String {
                $crate::locale::vocab::fill_slots(self.text(lang), args)
            }
        }
    };
}
pub(crate) use vocabulary;

/// [`Msg`]'s vocabulary: as [`vocabulary!`], but 繁體 and English are
/// tables that a wasm bundle links only if it asks for them
/// ([`Msg::install_compiled`]) or fetches (`i18n/zh-Hant.txt`,
/// `i18n/en.txt`, written by the build from these same texts:
/// [`Msg::table_text`], installed with [`Msg::install`]). The embed fetches
/// them with the language; until a table is installed a message reads in
/// 简体, except the `resident` ones, which every build keeps in all three
/// languages (what the widget says while or because a table is missing).
/// Natively every language is compiled in.
macro_rules! fetched_vocabulary {
    ($(#[$tdoc:meta])* $name:ident; resident [$($r:ident),* $(,)?];
     $( $(#[$doc:meta])* $key:ident => [$hans:expr, $hant:expr, $en:expr $(,)?], )*) => {
        $(#[$tdoc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $( $(#[$doc])* $key, )*
        }

        impl $name {
            /// Every message, for completeness tests.
            pub const ALL: &'static [$name] = &[$( $name::$key, )*];
            /// The messages in 简体, in `ALL`'s order.
            const HANS: &'static [&'static str] = &[$( $hans, )*];
            /// 繁體 and English, in `ALL`'s order: only where used (natively,
            /// [`Self::install_compiled`], the resident messages).
            const COMPILED: [&'static [&'static str]; 2] = [&[$( $hant, )*], &[$( $en, )*]];

            /// The message in `lang` (in 简体 when `lang`'s table is not
            /// installed, unless it is resident).
            pub fn text(self, lang: Lang) -> &'static str {
                let i = self as usize;
                let Some(slot) = table_slot(lang) else {
                    return Self::HANS[i];
                };
                if let Some(table) = TABLES[slot].get() {
                    return table[i];
                }
                #[cfg(not(target_arch = "wasm32"))]
                return Self::COMPILED[slot][i];
                #[cfg(target_arch = "wasm32")]
                self.resident(lang).unwrap_or(Self::HANS[i])
            }

            /// A resident message in 繁體 or English (each text a constant:
            /// the other messages' tables stay out of the wasm).
            #[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
            fn resident(self, lang: Lang) -> Option<&'static str> {
                match (self, lang) {
                    $(
                        ($name::$r, Lang::ZhHant) => Some(const { $name::COMPILED[0][$name::$r as usize] }),
                        ($name::$r, Lang::En) => Some(const { $name::COMPILED[1][$name::$r as usize] }),
                    )*
                    _ => None,
                }
            }

            /// Installs the compiled 繁體 and English tables: a wasm bundle
            /// that does not fetch them calls this first.
            pub fn install_compiled() {
                for (slot, table) in Self::COMPILED.iter().enumerate() {
                    let _ = TABLES[slot].set(table);
                }
            }

            /// Whether `lang`'s texts are there (简体 always is; natively,
            /// every language).
            pub fn installed(lang: Lang) -> bool {
                cfg!(not(target_arch = "wasm32"))
                    || table_slot(lang).is_none_or(|slot| TABLES[slot].get().is_some())
            }

            /// `lang`'s table as a file: a first line naming the vocabulary
            /// it belongs to ([`Self::table_head`]), then one message a line
            /// in `ALL`'s order (no message holds a line break: tested).
            pub fn table_text(lang: Lang) -> String {
                let texts = match table_slot(lang) {
                    None => Self::HANS,
                    Some(slot) => Self::COMPILED[slot],
                };
                let mut out = Self::table_head();
                for t in texts {
                    out.push('\n');
                    out.push_str(t);
                }
                out.push('\n');
                out
            }

            /// `rectify-vocab/1 <count> <fingerprint of the 简体 texts>`: a
            /// table made from another version of the vocabulary is refused.
            pub fn table_head() -> String {
                let hash = $crate::fingerprint::Fingerprint::of(Self::HANS.join("\n").as_bytes());
                format!("rectify-vocab/1 {} {}", Self::HANS.len(), hash.to_text())
            }

            /// The texts of a table file (see [`Self::table_text`]); `None`
            /// when it is not a table of this vocabulary (another version,
            /// cut short, not a table at all).
            pub fn read_table(text: &str) -> Option<Vec<&str>> {
                let mut lines = text.lines();
                if lines.next()? != Self::table_head() {
                    return None;
                }
                let table: Vec<&str> = lines.collect();
                let whole = table.len() == Self::HANS.len()
                    && table.iter().all(|t| !t.trim().is_empty());
                whole.then_some(table)
            }

            /// Installs `lang`'s table from a fetched file (kept for the
            /// page's life); `false` when [`Self::read_table`] refuses it.
            pub fn install(lang: Lang, text: String) -> bool {
                let Some(slot) = table_slot(lang) else {
                    return true;
                };
                if Self::read_table(&text).is_none() {
                    return false;
                }
                let text: &'static str = Box::leak(text.into_boxed_str());
                if let Some(table) = Self::read_table(text) {
                    let _ = TABLES[slot].set(Box::leak(table.into_boxed_slice()));
                }
                true
            }

            /// The pattern in `lang` with its slots `{0}`, `{1}`… replaced by
            /// `args` in one pass (see [`fill_slots`]).
            pub fn fill(self, lang: Lang, args: &[&str]) -> String {
                $crate::locale::vocab::fill_slots(self.text(lang), args)
            }
        }
    };
}

/// The installed 繁體 and English tables of [`Msg`].
static TABLES: [std::sync::OnceLock<&'static [&'static str]>; 2] =
    [std::sync::OnceLock::new(), std::sync::OnceLock::new()];

/// Where `lang`'s table is in [`TABLES`]; `None` for 简体 (compiled in).
fn table_slot(lang: Lang) -> Option<usize> {
    match lang {
        Lang::ZhHans => None,
        Lang::ZhHant => Some(0),
        Lang::En => Some(1),
    }
}

fetched_vocabulary! {
    /// A message of the interface.
    Msg;
    resident [Loading, Retry, VocabLoading, VocabFailed, HantLoading, HantFailed];
    Loading => ["正在加载整改数据…", "正在載入整改資料…", "Loading rectification data…"],
    ErrorTitle => ["整改数据暂时无法显示", "整改資料暫時無法顯示", "The rectification data cannot be shown at the moment"],
    ErrorCalm => [
        "请稍后再试；如仍无法显示，请与发布单位联系。",
        "請稍後再試；如仍無法顯示，請與發佈單位聯繫。",
        "Please try again later, or contact the issuing department if it still does not show.",
    ],
    FetchNetwork => ["网络错误，无法连接", "網路錯誤，無法連線", "Network error: cannot connect"],
    FetchUnreadable => ["无法读取响应", "無法讀取回應", "The response could not be read"],
    /// `{0}` the other site's origin.
    FetchRedirected => [
        "数据文件被重定向到其他网站（{0}），已拒绝显示",
        "資料檔案被重新導向到其他網站（{0}），已拒絕顯示",
        "The data file was redirected to another site ({0}) and is not shown",
    ],
    /// A `?src=` that may not be shown: `{0}` its site, scheme or text.
    SourceRefused => [
        "页面地址指定的数据文件（{0}）不在本网站，已拒绝显示",
        "頁面網址指定的資料檔案（{0}）不在本網站，已拒絕顯示",
        "The page address names a data file ({0}) that is not on this site; it is not shown",
    ],
    /// `{0}` seconds.
    FetchStalled => ["{0} 秒内未收到数据，已停止等待", "{0} 秒內未收到資料，已停止等待", "Nothing arrived for {0} s; stopped waiting"],
    Retry => ["重新加载", "重新載入", "Try again"],
    /// The drill-down's code (a second bundle) is on its way.
    DetailLoading => ["正在打开问题清单…", "正在開啟問題清單…", "Opening the list of problems…"],
    /// The drill-down's code could not be loaded.
    DetailFailed => [
        "问题清单暂时无法打开，请检查网络后重试。",
        "問題清單暫時無法開啟，請檢查網路後重試。",
        "The list of problems cannot be opened at the moment; check the connection and try again.",
    ],
    /// Search's code could not be loaded.
    SearchFailed => [
        "搜索暂时无法使用，请检查网络后重试。",
        "搜尋暫時無法使用，請檢查網路後重試。",
        "Search cannot be used at the moment; check the connection and try again.",
    ],
    /// `{0}` how much of the file has arrived.
    Received => ["已接收 {0}", "已接收 {0}", "{0} received"],
    /// `{0}` a message, `{1}` the browser's own words.
    WithDetail => ["{0}（{1}）", "{0}（{1}）", "{0} ({1})"],
    ErrorTechnical => ["技术信息（供网站编辑）", "技術資訊（供網站編輯）", "Technical details (for web editors)"],
    ErrorFileSentence => ["无法读取的数据文件：", "無法讀取的資料檔案：", "The data file that could not be read: "],
    ErrorWhere => ["位置", "位置", "Location"],
    ErrorWhat => ["问题", "問題", "Problem"],
    ErrorHint => [
        "请网站编辑检查数据文件后重新发布；可用 rectify validate 命令定位错误。",
        "請網站編輯檢查資料檔案後重新發佈；可用 rectify validate 命令定位錯誤。",
        "Web editors: check the data file and publish it again; `rectify validate` locates errors.",
    ],
    /// `{0}` the JSON path, `{1}` the line, `{2}` the column.
    ErrorLocation => ["{0}（第 {1} 行，第 {2} 列）", "{0}（第 {1} 行，第 {2} 列）", "{0} (line {1}, column {2})"],
    StatedTitle => ["通报口径与看板列示", "通報口徑與看板列示", "Stated in the report vs listed"],
    StatedSays => ["通报口径", "通報口徑", "stated"],
    StatedCounted => ["看板列示", "看板列示", "listed"],
    /// A stated total that differs from the listed count, worded neutrally
    /// (a notice may detail only typical problems).
    StatedMismatch => ["口径不同", "口徑不同", "differs"],
    StatedAgrees => ["一致", "一致", "agrees"],
    Problems => ["问题总数", "問題總數", "Problems"],
    LongTermItems => ["需长期整改事项", "需長期整改事項", "Long-term items"],
    CompletionRate => ["完成率", "完成率", "Completion"],
    /// A stated completion rate beside the counted one.
    CompletionRateField => ["完成率", "完成率", "Completion rate"],
    AsOf => ["数据截至", "資料截至", "As of"],
    Published => ["发布日期", "發佈日期", "Published"],
    Issuer => ["发布单位", "發佈單位", "Issued by"],
    DonutTitle => ["问题整改完成情况", "問題整改完成情況", "Problems by status"],
    BarsTitle => ["各重点领域问题整改情况", "各重點領域問題整改情況", "Problems by focus area"],
    BarsHint => ["选择一个领域查看其问题清单", "選擇一個領域查看其問題清單", "Choose an area to list its problems"],
    Legend => ["按状态筛选", "按狀態篩選", "Filter by status"],
    AllAreas => ["全部领域", "全部領域", "All areas"],
    /// The group of problems that stand at the top level of a report.
    AllProblems => ["全部问题", "全部問題", "All problems"],
    Back => ["返回上一级", "返回上一級", "Back"],
    ProblemsIn => ["问题清单", "問題清單", "Problems"],
    /// A group that the current data has no longer (the data changed).
    GroupMissing => [
        "当前数据中没有这一项，请返回总览。",
        "目前資料中沒有這一項，請返回總覽。",
        "The current data has no such item; go back to the overview.",
    ],
    Measures => ["整改措施", "整改措施", "Measures"],
    NoMeasures => [
        "（本问题未分条列出措施，整改情况见上文）",
        "（本問題未分條列出措施，整改情況見上文）",
        "(No itemised measures; see the text above.)",
    ],
    ShowMore => ["显示更多", "顯示更多", "Show more"],
    /// `{0}` how many are shown, `{1}` of how many.
    ShowingOf => ["已显示 {0} / {1}", "已顯示 {0} / {1}", "Showing {0} / {1}"],
    FilterEmpty => ["当前筛选条件下没有问题。", "目前篩選條件下沒有問題。", "No problems match the filter."],
    Evidence => ["状态依据", "狀態依據", "Status basis"],
    Stated => ["原文表述", "原文表述", "stated in the text"],
    Inferred => ["规则推断", "規則推斷", "inferred by rule"],
    Editor => ["编辑设定", "編輯設定", "set by the editor"],
    /// Beside the completion rate when any counted status is inferred.
    RateInferred => [
        "完成率按通报措施表述推算，未经部门确认",
        "完成率按通報措施表述推算，未經部門確認",
        "Completion rate inferred from the wording of the measures, not confirmed by the department",
    ],
    /// Beside the completion rate when every counted status is stated or set by an editor.
    RateConfirmed => [
        "完成率依据通报原文表述或编辑核定",
        "完成率依據通報原文表述或編輯核定",
        "Completion rate based on stated or editor-set statuses",
    ],
    Figures => ["文中数据", "文中資料", "Figures in the text"],
    /// A count of problems: `{0}` the number.
    Count => ["{0}个", "{0}個", "{0}"],
    /// A count of items (measures, long-term items): `{0}` the number.
    ItemCount => ["{0}项", "{0}項", "{0} items"],
    Language => ["语言", "語言", "Language"],
    Elderly => ["长者模式（大字）", "長者模式（大字）", "Large text (elderly mode)"],
    Settings => ["显示设置", "顯示設定", "Display settings"],
    ShowTable => ["显示数据表", "顯示資料表", "Show data table"],
    HideTable => ["隐藏数据表", "隱藏資料表", "Hide data table"],
    /// A data table's caption: `{0}` the chart's title.
    TableCaption => ["数据表：{0}", "資料表：{0}", "Data table: {0}"],
    DownloadSvg => ["下载 SVG 图", "下載 SVG 圖", "Download SVG"],
    DownloadPng => ["下载 PNG 图", "下載 PNG 圖", "Download PNG"],
    DownloadCsv => ["下载问题清单（CSV）", "下載問題清單（CSV）", "Download the problem list (CSV)"],
    ChartKeys => [
        "用方向键在图形之间移动，回车键打开，Esc 键返回。",
        "用方向鍵在圖形之間移動，Enter 鍵開啟，Esc 鍵返回。",
        "Arrow keys move between marks, Enter opens, Escape goes back.",
    ],
    Area => ["领域", "領域", "Area"],
    HantLoading => ["正在载入繁体字表…", "正在載入繁體字表…", "Loading the Traditional Chinese table…"],
    HantFailed => [
        "繁体字表无法载入，报告原文以简体显示。",
        "繁體字表無法載入，報告原文以簡體顯示。",
        "The Traditional Chinese table could not be loaded; the report is shown in Simplified Chinese.",
    ],
    /// The interface's words in the chosen language are on their way
    /// (fetched with the language; 简体 meanwhile).
    VocabLoading => ["正在载入界面文字…", "正在載入介面文字…", "Loading the English interface…"],
    VocabFailed => [
        "界面文字无法载入，暂以简体中文显示。",
        "介面文字無法載入，暫以簡體中文顯示。",
        "The English interface could not be loaded; it is shown in Simplified Chinese for now.",
    ],
    /// The live data differs from the copy pre-rendered into the page.
    LiveNewer => [
        "已换为最新数据（与页面中预先生成的版本不同）。",
        "已換為最新資料（與頁面中預先產生的版本不同）。",
        "Showing the latest data (it differs from the version pre-rendered in this page).",
    ],
    /// Under a pre-rendered board when scripts are off.
    NoScript => [
        "启用脚本后可筛选、逐级查看和下载数据。",
        "啟用指令碼後可篩選、逐級檢視和下載資料。",
        "With scripts enabled you can filter, drill down and download the data.",
    ],
    Scroll => ["整改看板（可滚动）", "整改看板（可捲動）", "Rectify board (scrollable)"],
    StatusDone => ["已完成", "已完成", "Done"],
    StatusInProgress => ["正在整改", "正在整改", "In progress"],
    StatusLongTerm => ["长期整改", "長期整改", "Long-term"],
    StatusNotStarted => ["未开始", "未開始", "Not started"],
    StatusNotStated => ["未标明", "未標明", "Not stated"],
    /// A status and its count inside a sentence: `{0}` the status in lower
    /// case, `{1}` the number.
    StatusCount => ["{0}{1}个", "{0}{1}個", "{0} {1}"],
    /// Counts as a sentence: `{0}` the total, `{1}` the statuses with their
    /// counts, `{2}` the completion rate.
    CountsSentence => [
        "共{0}个问题，{1}，完成率{2}。",
        "共{0}個問題，{1}，完成率{2}。",
        "{0} problems: {1}; {2} complete.",
    ],
    NoProblemsRecorded => ["没有问题记录。", "沒有問題記錄。", "No problems recorded."],
    TableStatus => ["状态", "狀態", "Status"],
    TableProblemCount => ["问题数", "問題數", "Problems"],
    TableShare => ["占比", "佔比", "Share"],
    TableTotal => ["合计", "合計", "Total"],
    TableNumber => ["序号", "序號", "No."],
    TableProblem => ["问题", "問題", "Problem"],
    TableMeasureCount => ["措施数", "措施數", "Measures"],
    Owners => ["责任单位/责任人", "責任單位/責任人", "Responsible"],
    Deadline => ["整改时限", "整改時限", "Deadline"],
    CompletedOn => ["完成时间", "完成時間", "Completed"],
    /// The date a deadline is judged against: `{0}` the ISO date.
    DeadlineAsOf => ["截至{0}", "截至{0}", "as of {0}"],
    DeadlineDoneOnTime => ["按期完成", "按期完成", "Done on time"],
    DeadlineDoneLate => ["逾期完成", "逾期完成", "Done late"],
    DeadlineDoneUndated => ["已完成", "已完成", "Done"],
    DeadlineNotDue => ["未到期", "未到期", "Not yet due"],
    DeadlineDueSoon => ["即将到期", "即將到期", "Due soon"],
    DeadlineOverdue => ["已逾期", "已逾期", "Overdue"],
    /// Between names in a list (`办公室、张某某`).
    NameSeparator => ["、", "、", ", "],
    Filtered => ["已筛选", "已篩選", "Filtered"],
    /// How many items a filter shows: `{0}` the number.
    ItemTotal => ["共{0}项", "共{0}項", "{0} in all"],
    ClearFilter => ["清除筛选", "清除篩選", "Clear filter"],
    ContactTitle => ["联系我们 · 公示期", "聯絡我們 · 公示期", "Contact and comment period"],
    Phone => ["电话", "電話", "Phone"],
    Email => ["电子邮箱", "電子郵箱", "Email"],
    Address => ["通信地址", "通訊地址", "Address"],
    Postcode => ["邮政编码", "郵遞區號", "Postcode"],
    Disclosure => ["公示期", "公示期", "Comment period"],
    /// A date range: `{0}` start, `{1}` end.
    DateRange => ["{0}至{1}", "{0}至{1}", "{0} to {1}"],
    /// `{0}` days left, today included.
    DisclosureOpen => ["公示中，还剩{0}天", "公示中，還剩{0}天", "open, {0} days left"],
    /// `{0}` days until it starts.
    DisclosureUpcoming => ["{0}天后开始", "{0}天後開始", "starts in {0} days"],
    DisclosureClosed => ["已结束", "已結束", "closed"],
    Search => ["搜索问题、措施、责任单位", "搜尋問題、措施、責任單位", "Search problems, measures, owners"],
    /// How many problems a search found: `{0}` the number.
    SearchFound => ["找到{0}个问题", "找到{0}個問題", "{0} problems found"],
    /// Problems found but not listed: `{0}` how many.
    SearchMore => ["另有{0}个未列出，请输入更多字词", "另有{0}個未列出，請輸入更多字詞", "and {0} more not listed; type more words"],
    SearchKeys => ["按 / 键搜索，方向键选择，回车键打开。", "按 / 鍵搜尋，方向鍵選擇，Enter 鍵開啟。", "Press / to search, arrows to choose, Enter to open."],
    FieldBody => ["正文", "正文", "Text"],
    /// Between a label and its value (`数据截至：`).
    Colon => ["：", "：", ": "],
    /// Between the items of a list in running text.
    ListSeparator => ["，", "，", ", "],
    /// Around a count or an aside after a word.
    ParenOpen => ["（", "（", " ("],
    ParenClose => ["）", "）", ")"],
    /// Around a quoted phrase of the report, as an aside.
    QuoteOpen => ["（“", "（“", " (“"],
    QuoteClose => ["”）", "”）", "”)"],
    CopyLink => ["复制链接", "複製連結", "Copy link"],
    LinkCopied => ["链接已复制", "連結已複製", "Link copied"],
    /// The clipboard refused: the link follows, to copy by hand.
    /// The deadline filter's label: `{0}` the as-of date judged against.
    DeadlineFilter => ["按整改时限筛选（截至{0}）", "按整改時限篩選（截至{0}）", "Deadline status (as of {0})"],
    AllDeadlines => ["全部", "全部", "All"],
    /// The other parts of the notice, to read (collapsed).
    OtherParts => ["通报其他内容", "通報其他內容", "The rest of the notice"],
    Preamble => ["通报开头", "通報開頭", "Introduction"],
    Closing => ["结束语", "結束語", "Closing"],
    KeyFigures => ["主要数据", "主要數據", "Key figures"],
    /// The toggle that shows every figure: `{0}` how many.
    AllFigures => ["全部主要数据（{0}项）", "全部主要數據（{0}項）", "All key figures ({0})"],
    /// The link to where a figure is stated: `{0}` the problem and measure labels.
    FigureSource => ["出处：{0}", "出處：{0}", "Source: {0}"],
    Timeline => ["时间线", "時間線", "Timeline"],
    TimelineInspection => ["巡察", "巡察", "Inspection"],
    TimelineFeedback => ["反馈巡察意见", "反饋巡察意見", "Findings given"],
    /// The span of the problems' dated deadlines: `{0}` how many.
    TimelineDeadlines => ["整改时限（{0}项）", "整改時限（{0}項）", "Deadlines ({0})"],
    OriginalNotice => ["通报原文", "通報原文", "Original notice"],
    ReadOriginal => ["查看通报原文", "查看通報原文", "Read the original notice"],
    CopyFailed => ["无法自动复制，请手动复制：", "無法自動複製，請手動複製：", "Could not copy; copy it by hand: "],
}

/// `pattern` with its slots `{0}`, `{1}`… replaced by `args` in one pass
/// (an argument's own braces are kept as they are).
pub fn fill_slots(pattern: &str, args: &[&str]) -> String {
    let mut out = String::with_capacity(pattern.len() + 16);
    let mut rest = pattern;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let slot = after
            .find('}')
            .and_then(|close| Some((after[..close].parse::<usize>().ok()?, close)));
        match slot.and_then(|(i, close)| Some((args.get(i)?, close))) {
            Some((arg, close)) => {
                out.push_str(arg);
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

impl Msg {
    /// Whether `s` has full-width or CJK punctuation (U+3000–U+303F,
    /// U+FF00–U+FFEF), which has no place in English text.
    pub fn has_cjk_punctuation(s: &str) -> bool {
        s.chars()
            .any(|c| matches!(c, '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FFEF}'))
    }
}

/// A count of problems as the language writes it (`20个`, `20`).
pub fn count(n: usize, lang: Lang) -> String {
    Msg::Count.fill(lang, &[&n.to_string()])
}

/// A count of items as the language writes it (`4项`, `4 items`).
pub fn item_count(n: usize, lang: Lang) -> String {
    Msg::ItemCount.fill(lang, &[&n.to_string()])
}

/// `label` followed by the language's colon (`数据截至：`, `As of: `).
pub fn with_colon(label: &str, lang: Lang) -> String {
    format!("{label}{}", Msg::Colon.text(lang))
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
    fn every_message_has_every_language() {
        for &msg in Msg::ALL {
            for lang in LANGS {
                assert!(
                    !msg.text(lang).trim().is_empty(),
                    "{msg:?} is empty in {lang:?}"
                );
            }
            // A pattern has the same slots in every language.
            let hans = slots(msg.text(Lang::ZhHans));
            for lang in LANGS {
                assert_eq!(slots(msg.text(lang)), hans, "{msg:?} slots in {lang:?}");
            }
        }
    }

    #[test]
    fn english_has_no_full_width_punctuation() {
        for &msg in Msg::ALL {
            let en = msg.text(Lang::En);
            assert!(!Msg::has_cjk_punctuation(en), "{msg:?}: {en}");
        }
    }

    #[test]
    fn traditional_differs_from_simplified_where_the_script_does() {
        // Spot checks of words that leaked before: 問題總數, 長期整改.
        assert_eq!(Msg::Problems.text(Lang::ZhHant), "問題總數");
        assert_eq!(Msg::StatusLongTerm.text(Lang::ZhHant), "長期整改");
        assert_eq!(Msg::AllProblems.text(Lang::En), "All problems");
    }

    #[test]
    fn tables_read_back_as_written() {
        for lang in LANGS {
            let text = Msg::table_text(lang);
            let table = Msg::read_table(&text).expect("a table of this vocabulary");
            let texts: Vec<&str> = Msg::ALL.iter().map(|m| m.text(lang)).collect();
            assert_eq!(table, texts, "{lang:?}");
        }
    }

    #[test]
    fn tables_of_another_vocabulary_are_refused() {
        let text = Msg::table_text(Lang::En);
        // Cut short, a message missing, another version's head, not a table.
        assert!(Msg::read_table(&text[..text.len() / 2]).is_none());
        let (head, body) = text.split_once('\n').unwrap();
        let (_, fewer) = body.split_once('\n').unwrap();
        assert!(Msg::read_table(&format!("{head}\n{fewer}")).is_none());
        let other = text.replacen("rectify-vocab/1 ", "rectify-vocab/1 0", 1);
        assert!(Msg::read_table(&other).is_none());
        assert!(Msg::read_table("<!doctype html>").is_none());
        // A table with an empty message.
        let blank = text.replacen(Msg::Retry.text(Lang::En), " ", 1);
        assert!(Msg::read_table(&blank).is_none());
    }

    #[test]
    fn no_message_holds_a_line_break() {
        for &msg in Msg::ALL {
            for lang in LANGS {
                assert!(
                    !msg.text(lang).contains(['\n', '\r']),
                    "{msg:?} in {lang:?}"
                );
            }
        }
    }

    #[test]
    fn resident_messages_read_as_in_the_tables() {
        for msg in [
            Msg::Retry,
            Msg::VocabFailed,
            Msg::VocabLoading,
            Msg::HantFailed,
        ] {
            assert_eq!(msg.resident(Lang::En), Some(msg.text(Lang::En)));
            assert_eq!(msg.resident(Lang::ZhHant), Some(msg.text(Lang::ZhHant)));
        }
        assert_eq!(Msg::Legend.resident(Lang::En), None);
        assert_eq!(Msg::Retry.resident(Lang::ZhHans), None);
    }

    #[test]
    fn fill_replaces_slots_once() {
        assert_eq!(Msg::Count.fill(Lang::ZhHans, &["20"]), "20个");
        assert_eq!(
            Msg::ErrorLocation.fill(Lang::En, &["$.nodes", "3", "7"]),
            "$.nodes (line 3, column 7)"
        );
        // An argument that looks like a slot is text.
        assert_eq!(Msg::Count.fill(Lang::En, &["{0}"]), "{0}");
        assert_eq!(Msg::ShowingOf.fill(Lang::En, &["1"]), "Showing 1 / {1}");
        assert_eq!(item_count(4, Lang::ZhHant), "4項");
        assert_eq!(with_colon("As of", Lang::En), "As of: ");
    }
}
