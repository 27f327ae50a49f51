//! Which ledger column is which field: header names per field, overridable
//! with a JSON file of the same shape (`rectify convert --columns map.json`).

use serde::{Deserialize, Serialize};

use crate::text::{is_ws, norm_chars};

/// A field of the report a ledger column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Number,
    Source,
    Problem,
    Measures,
    Progress,
    Unit,
    Leader,
    Person,
    Deadline,
    Status,
    CompletedOn,
}

/// Header names for each field. Matching ignores whitespace (line breaks in
/// Excel headers) and full-/half-width differences, and falls back to the
/// header without a bracketed remark (`是否整改完成（是/否）`).
///
/// In a JSON override (`--columns`), each given field replaces that field's
/// defaults; fields not given keep them:
/// `{"problem": ["问题描述"], "status": ["办理状态"]}`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ColumnMap {
    /// 序号: the printed number, used as the label and in ids.
    pub number: Vec<String>,
    /// 问题来源 / category: problems with the same value form a focus area.
    pub source: Vec<String>,
    /// 问题简述 / 问题: the problem (title and body).
    pub problem: Vec<String>,
    /// 整改措施: one measure per line or numbered item.
    pub measures: Vec<String>,
    /// 整改进展: the report on the work, added to the problem's body.
    pub progress: Vec<String>,
    /// 责任单位 → owners.
    pub unit: Vec<String>,
    /// 整改责任领导 → owners.
    pub leader: Vec<String>,
    /// 整改责任人 → owners.
    pub person: Vec<String>,
    /// 完成时限 → deadline.
    pub deadline: Vec<String>,
    /// 整改状态 / 是否整改完成 → status.
    pub status: Vec<String>,
    /// 整改完成时间 → completed_on.
    pub completed_on: Vec<String>,
}

fn v(names: &[&str]) -> Vec<String> {
    names.iter().map(|s| s.to_string()).collect()
}

impl Default for ColumnMap {
    fn default() -> Self {
        ColumnMap {
            number: v(&[
                "序号",
                "编号",
                "问题序号",
                "问题编号",
                "受理编号",
                "交办编号",
            ]),
            source: v(&[
                "问题来源",
                "问题类别",
                "问题类型",
                "问题分类",
                "问题所属方面",
                "所属方面",
                "类别",
                "方面",
                "反馈类别",
                "领域",
            ]),
            problem: v(&[
                "问题简述",
                "问题",
                "存在问题",
                "问题描述",
                "问题表现",
                "问题内容",
                "反馈问题",
                "具体问题",
                "巡察反馈问题",
                "审计查出问题",
                "问题清单",
                "事项",
                "交办问题基本情况",
                "被投诉对象",
                "投诉对象",
                "被举报对象",
                // Safety checks list hazards (`隐患情况`: the hazard, not
                // its progress).
                "隐患",
                "隐患情况",
                "隐患描述",
                "隐患内容",
                "存在隐患",
                "问题情况",
            ]),
            measures: v(&[
                "整改措施",
                "整改计划及措施",
                "整改举措",
                "整改计划",
                "具体措施",
                "整改措施及计划",
            ]),
            progress: v(&[
                "整改进展",
                "整改进展情况",
                "整改情况",
                "整改落实情况",
                "进展情况",
                "整改成效",
                "进展",
                "进度",
                "整改进度",
                // A petition's handling (`信访件办理情况公示`).
                "处理和整改情况",
                "处理整改情况",
                "处理及整改情况",
                "办理情况",
                "办理结果",
                "处理情况",
                "整改结果",
            ]),
            unit: v(&[
                "责任单位",
                "整改责任单位",
                "责任部门",
                "牵头单位",
                "责任科室",
                "责任股室",
                "责任处室",
                "牵头部门",
                "被审计单位",
            ]),
            leader: v(&["整改责任领导", "责任领导", "分管领导", "牵头领导"]),
            person: v(&["整改责任人", "责任人", "具体责任人", "经办人"]),
            deadline: v(&[
                "完成时限",
                "目标设定完成时间",
                "整改时限",
                "计划完成时间",
                "整改期限",
                "目标完成时间",
            ]),
            status: v(&[
                "整改状态",
                "是否整改完成",
                "是否完成整改",
                "整改完成情况",
                "完成情况",
                "状态",
                "办理状态",
                "销号情况",
                "销号状态",
                "是否办结",
                "办结情况",
                "是否销号",
                "是否整改到位",
                "是否完成",
                "是否已完成",
                "是否已整改",
            ]),
            completed_on: v(&["整改完成时间", "实际完成时间", "完成时间", "销号时间"]),
        }
    }
}

/// Endings that name a column whose header matches no name
/// (`诉求问题`, `督查发现问题`, `主要整改举措`, `牵头责任单位`), longest
/// first where one ends another.
const ENDINGS: &[(&str, Field)] = &[
    ("编号", Field::Number),
    ("问题", Field::Problem),
    ("不足", Field::Problem),
    ("事项", Field::Problem),
    ("指出", Field::Problem),
    ("发现", Field::Problem),
    ("措施", Field::Measures),
    ("举措", Field::Measures),
    ("做法", Field::Measures),
    ("进展情况", Field::Progress),
    ("进展", Field::Progress),
    ("进度", Field::Progress),
    ("情况", Field::Progress),
    ("结果", Field::Progress),
    ("责任人", Field::Person),
    ("单位", Field::Unit),
    ("部门", Field::Unit),
    ("科室", Field::Unit),
    ("股室", Field::Unit),
    ("处室", Field::Unit),
    ("时限", Field::Deadline),
    ("期限", Field::Deadline),
    ("状态", Field::Status),
];

/// Words of a column that tells what an investigation found
/// (`调查核实情况`, `核查情况`): no report on the work.
const FOUND_WORDS: &[&str] = &["核实", "核查", "调查"];

/// The field a header names by its ending, when it names none by name.
fn by_ending(h: &str) -> Option<Field> {
    if FOUND_WORDS.iter().any(|w| h.contains(w)) {
        return None;
    }
    ENDINGS
        .iter()
        .find(|(ending, _)| {
            h.ends_with(ending)
                && (h.chars().count() > ending.chars().count() || ALONE.contains(ending))
        })
        .map(|&(_, f)| f)
}

/// Endings that name their column alone too, as a card's short keys do
/// (`问题：` `措施：` `责任人：` `时限：` `进度：`).
const ALONE: &[&str] = &[
    "措施",
    "举措",
    "做法",
    "进展",
    "进度",
    "责任人",
    "时限",
    "期限",
];

/// A header without whitespace, normalised.
pub(crate) fn squash(s: &str) -> String {
    norm_chars(s).into_iter().filter(|c| !is_ws(*c)).collect()
}

/// A header without a trailing bracketed remark: `是否整改完成(是/否)`.
fn unbracket(s: &str) -> &str {
    match s.find(['(', '【', '[']) {
        Some(i) if i > 0 && s.ends_with([')', '】', ']']) => &s[..i],
        _ => s,
    }
}

impl ColumnMap {
    fn fields(&self) -> [(Field, &Vec<String>); 11] {
        [
            (Field::Number, &self.number),
            (Field::Source, &self.source),
            (Field::Problem, &self.problem),
            (Field::Measures, &self.measures),
            (Field::Progress, &self.progress),
            (Field::Unit, &self.unit),
            (Field::Leader, &self.leader),
            (Field::Person, &self.person),
            (Field::Deadline, &self.deadline),
            (Field::Status, &self.status),
            (Field::CompletedOn, &self.completed_on),
        ]
    }

    /// The field a header names, if any.
    pub fn field_of(&self, header: &str) -> Option<Field> {
        let h = squash(header);
        if h.is_empty() {
            return None;
        }
        self.named_field(&h).or_else(|| by_ending(unbracket(&h)))
    }

    /// Whether a row is a header row: it names the problem column and at
    /// least one other known column.
    pub fn is_header(&self, cells: &[String]) -> bool {
        let fields = self.map_headers(cells);
        fields.contains(&Some(Field::Problem)) && fields.iter().flatten().count() >= 2
    }

    /// Fields per column for a header row; a field claimed by an earlier
    /// column leaves later ones unmapped (they are kept as extra columns).
    /// A header naming a field by name claims it before one that names it
    /// only by its ending (`处理和整改情况` is the progress, not the
    /// `调查核实情况` before it).
    pub fn map_headers(&self, headers: &[String]) -> Vec<Option<Field>> {
        let named: Vec<Option<Field>> = headers.iter().map(|h| self.named_field(h)).collect();
        let mut taken: Vec<Field> = named.iter().flatten().copied().collect();
        let mut claimed = Vec::new();
        headers
            .iter()
            .zip(named)
            .map(|(h, named)| {
                if let Some(f) = named {
                    let first = !claimed.contains(&f);
                    claimed.push(f);
                    return first.then_some(f);
                }
                let f = by_ending(unbracket(&squash(h))).filter(|f| !taken.contains(f))?;
                taken.push(f);
                Some(f)
            })
            .collect()
    }

    /// The field a header names by one of its names, not by its ending.
    fn named_field(&self, header: &str) -> Option<Field> {
        let h = squash(header);
        let find = |h: &str| {
            self.fields()
                .into_iter()
                .find(|(_, names)| names.iter().any(|n| squash(n) == h))
                .map(|(f, _)| f)
        };
        find(&h).or_else(|| find(unbracket(&h)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers() {
        let m = ColumnMap::default();
        assert_eq!(m.field_of("问题"), Some(Field::Problem));
        assert_eq!(m.field_of("问题来源"), Some(Field::Source));
        assert_eq!(m.field_of("整改\n责任人"), Some(Field::Person));
        assert_eq!(m.field_of("是否整改完成（是/否）"), Some(Field::Status));
        assert_eq!(m.field_of("备注"), None);
        assert_eq!(m.field_of("进展"), Some(Field::Progress));
        assert_eq!(m.field_of("整改进度"), Some(Field::Progress));
        // A header named by its ending.
        assert_eq!(m.field_of("诉求问题"), Some(Field::Problem));
        assert_eq!(m.field_of("主要整改举措"), Some(Field::Measures));
        assert_eq!(m.field_of("牵头责任单位"), Some(Field::Unit));
        assert_eq!(m.field_of("办结时限"), Some(Field::Deadline));
        assert_eq!(m.field_of("办理情况"), Some(Field::Progress));
        assert_eq!(m.field_of("所在位置"), None);
        let cols = m.map_headers(&["序号".into(), "问题".into(), "问题描述".into()]);
        assert_eq!(cols, [Some(Field::Number), Some(Field::Problem), None]);
        assert_eq!(m.field_of("隐患情况"), Some(Field::Problem));
        let o: ColumnMap = serde_json::from_str(r#"{"problem": ["问题描述"]}"#).unwrap();
        assert_eq!(o.field_of("问题描述"), Some(Field::Problem));
        assert_eq!(o.field_of("问题"), None);
        assert_eq!(o.field_of("整改措施"), Some(Field::Measures));
        assert!(serde_json::from_str::<ColumnMap>(r#"{"problme": []}"#).is_err());
    }

    #[test]
    fn a_header_named_claims_its_field_before_one_by_its_ending() {
        let m = ColumnMap::default();
        let headers: Vec<String> = [
            "受理编号",
            "交办问题基本情况",
            "调查核实情况",
            "处理和整改情况",
            "责任人被处理情况",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        assert_eq!(
            m.map_headers(&headers),
            [
                Some(Field::Number),
                Some(Field::Problem),
                None,
                Some(Field::Progress),
                None
            ]
        );
    }
}
