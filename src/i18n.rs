//! Interface strings in 简体, 繁體 and English. The report's own text is
//! converted to 繁體 separately (rectify_core::locale::hant), with OpenCC's
//! table fetched only when a reader chooses 繁體.

use rectify_core::locale::Lang;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum T {
    Loading,
    ErrorTitle,
    ErrorFile,
    ErrorWhere,
    ErrorWhat,
    ErrorHint,
    Problems,
    LongTermItems,
    CompletionRate,
    AsOf,
    Published,
    Issuer,
    DonutTitle,
    BarsTitle,
    BarsHint,
    Legend,
    AllAreas,
    Back,
    ProblemsIn,
    Measures,
    NoMeasures,
    ShowMore,
    FilterEmpty,
    Evidence,
    Stated,
    Inferred,
    Editor,
    Figures,
    Unit,
    Items,
    ShowingOf,
    Language,
    StatedTitle,
    StatedSays,
    StatedCounted,
    StatedMismatch,
    StatedAgrees,
    Elderly,
    Settings,
    ShowTable,
    HideTable,
    TableOf,
    DownloadSvg,
    DownloadPng,
    DownloadCsv,
    ChartKeys,
    Area,
    HantLoading,
    HantFailed,
    Scroll,
}

pub fn t(lang: Lang, key: T) -> &'static str {
    macro_rules! s {
        ($zh:expr, $hant:expr, $en:expr) => {
            match lang {
                Lang::ZhHans => $zh,
                Lang::ZhHant => $hant,
                Lang::En => $en,
            }
        };
    }
    match key {
        T::Loading => s!("正在加载整改数据…", "正在載入整改資料…", "Loading rectification data…"),
        T::ErrorTitle => s!("整改数据无法显示", "整改資料無法顯示", "The rectification data cannot be shown"),
        T::ErrorFile => s!("数据文件", "資料檔案", "Data file"),
        T::ErrorWhere => s!("位置", "位置", "Location"),
        T::ErrorWhat => s!("问题", "問題", "Problem"),
        T::ErrorHint => s!(
            "请网站编辑检查数据文件后重新发布；可用 rectify validate 命令定位错误。",
            "請網站編輯檢查資料檔案後重新發佈；可用 rectify validate 命令定位錯誤。",
            "Web editors: check the data file and publish it again; `rectify validate` locates errors."
        ),
        T::StatedTitle => s!("通报所述与看板统计", "通報所述與看板統計", "Stated in the report vs counted"),
        T::StatedSays => s!("通报所述", "通報所述", "stated"),
        T::StatedCounted => s!("看板统计", "看板統計", "counted"),
        T::StatedMismatch => s!("不一致", "不一致", "mismatch"),
        T::StatedAgrees => s!("一致", "一致", "agrees"),
        T::Problems => s!("问题总数", "問題總數", "Problems"),
        T::LongTermItems => s!("需长期整改事项", "需長期整改事項", "Long-term items"),
        T::CompletionRate => s!("完成率", "完成率", "Completion"),
        T::AsOf => s!("数据截至", "資料截至", "As of"),
        T::Published => s!("发布日期", "發佈日期", "Published"),
        T::Issuer => s!("发布单位", "發佈單位", "Issued by"),
        T::DonutTitle => s!("问题整改完成情况", "問題整改完成情況", "Problems by status"),
        T::BarsTitle => s!("各重点领域问题整改情况", "各重點領域問題整改情況", "Problems by focus area"),
        T::BarsHint => s!("选择一个领域查看其问题清单", "選擇一個領域查看其問題清單", "Choose an area to list its problems"),
        T::Legend => s!("按状态筛选", "按狀態篩選", "Filter by status"),
        T::AllAreas => s!("全部领域", "全部領域", "All areas"),
        T::Back => s!("返回上一级", "返回上一級", "Back"),
        T::ProblemsIn => s!("问题清单", "問題清單", "Problems"),
        T::Measures => s!("整改措施", "整改措施", "Measures"),
        T::NoMeasures => s!(
            "（本问题未分条列出措施，整改情况见上文）",
            "（本問題未分條列出措施，整改情況見上文）",
            "(No itemised measures; see the text above.)"
        ),
        T::ShowMore => s!("显示更多", "顯示更多", "Show more"),
        T::FilterEmpty => s!("当前筛选条件下没有问题。", "目前篩選條件下沒有問題。", "No problems match the filter."),
        T::Evidence => s!("状态依据", "狀態依據", "Status basis"),
        T::Stated => s!("原文表述", "原文表述", "stated in the text"),
        T::Inferred => s!("规则推断", "規則推斷", "inferred by rule"),
        T::Editor => s!("编辑设定", "編輯設定", "set by the editor"),
        T::Figures => s!("文中数据", "文中資料", "Figures in the text"),
        T::Unit => s!("个", "個", ""),
        T::Items => s!("项", "項", " items"),
        T::ShowingOf => s!("已显示", "已顯示", "Showing"),
        T::Language => s!("语言", "語言", "Language"),
        T::Elderly => s!("长者模式（大字）", "長者模式（大字）", "Large text (elderly mode)"),
        T::Settings => s!("显示设置", "顯示設定", "Display settings"),
        T::ShowTable => s!("显示数据表", "顯示資料表", "Show data table"),
        T::HideTable => s!("隐藏数据表", "隱藏資料表", "Hide data table"),
        T::TableOf => s!("数据表：", "資料表：", "Data table: "),
        T::DownloadSvg => s!("下载 SVG 图", "下載 SVG 圖", "Download SVG"),
        T::DownloadPng => s!("下载 PNG 图", "下載 PNG 圖", "Download PNG"),
        T::DownloadCsv => s!("下载问题清单（CSV）", "下載問題清單（CSV）", "Download the problem list (CSV)"),
        T::ChartKeys => s!(
            "用方向键在图形之间移动，回车键打开，Esc 键返回。",
            "用方向鍵在圖形之間移動，Enter 鍵開啟，Esc 鍵返回。",
            "Arrow keys move between marks, Enter opens, Escape goes back."
        ),
        T::Area => s!("领域", "領域", "Area"),
        T::HantLoading => s!("正在载入繁体字表…", "正在載入繁體字表…", "Loading the Traditional Chinese table…"),
        T::HantFailed => s!(
            "繁体字表无法载入，报告原文以简体显示。",
            "繁體字表無法載入，報告原文以簡體顯示。",
            "The Traditional Chinese table could not be loaded; the report is shown in Simplified Chinese."
        ),
        T::Scroll => s!("整改看板（可滚动）", "整改看板（可捲動）", "Rectify board (scrollable)"),
    }
}
