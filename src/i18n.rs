//! Interface strings. Each key has a 简体 and an English text; 繁體 falls
//! back to 简体 until the conversion data is added.

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
    LegendHint,
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
}

pub fn t(lang: Lang, key: T) -> &'static str {
    let en = matches!(lang, Lang::En);
    macro_rules! s {
        ($zh:expr, $en:expr) => {
            if en {
                $en
            } else {
                $zh
            }
        };
    }
    match key {
        T::Loading => s!("正在加载整改数据…", "Loading rectification data…"),
        T::ErrorTitle => s!("整改数据无法显示", "The rectification data cannot be shown"),
        T::ErrorFile => s!("数据文件", "Data file"),
        T::ErrorWhere => s!("位置", "Location"),
        T::ErrorWhat => s!("问题", "Problem"),
        T::ErrorHint => s!(
            "请网站编辑检查数据文件后重新发布；可用 rectify validate 命令定位错误。",
            "Web editors: check the data file and publish it again; `rectify validate` locates errors."
        ),
        T::Problems => s!("问题总数", "Problems"),
        T::LongTermItems => s!("需长期整改事项", "Long-term items"),
        T::CompletionRate => s!("完成率", "Completion"),
        T::AsOf => s!("数据截至", "As of"),
        T::Published => s!("发布日期", "Published"),
        T::Issuer => s!("发布单位", "Issued by"),
        T::DonutTitle => s!("问题整改完成情况", "Problems by status"),
        T::BarsTitle => s!("各重点领域问题整改情况", "Problems by focus area"),
        T::BarsHint => s!("选择一个领域查看其问题清单", "Choose an area to list its problems"),
        T::Legend => s!("按状态筛选", "Filter by status"),
        T::LegendHint => s!("点击状态可隐藏或显示", "Click a status to hide or show it"),
        T::AllAreas => s!("全部领域", "All areas"),
        T::Back => s!("返回上一级", "Back"),
        T::ProblemsIn => s!("问题清单", "Problems"),
        T::Measures => s!("整改措施", "Measures"),
        T::NoMeasures => s!("（本问题未分条列出措施，整改情况见上文）", "(No itemised measures; see the text above.)"),
        T::ShowMore => s!("显示更多", "Show more"),
        T::FilterEmpty => s!("当前筛选条件下没有问题。", "No problems match the filter."),
        T::Evidence => s!("状态依据", "Status basis"),
        T::Stated => s!("原文表述", "stated in the text"),
        T::Inferred => s!("规则推断", "inferred by rule"),
        T::Editor => s!("编辑设定", "set by the editor"),
        T::Figures => s!("文中数据", "Figures in the text"),
        T::Unit => s!("个", ""),
        T::Items => s!("项", " items"),
        T::ShowingOf => s!("已显示", "Showing"),
    }
}
