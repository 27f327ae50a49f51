//! Shapes met in session 27. Five blind sets were written this session
//! by writers who had read neither the converter nor its samples; each was
//! scored when it arrived (problems found / with the writer's status /
//! extra / notices exact), then its faults were fixed:
//!
//! - set 10 (74 problems): 69 / 61 / 5 / 5 of 8, 3 titles of 8 wrong;
//! - set 11 (70), sealed until set 10's fixes: 60 / 55 / 4 / 2;
//! - set 12 (74), sealed until set 11's: 60 / 58 / 9 / 4;
//! - set 13 (89), sealed until set 12's: 74 / 73 / 3 / 4;
//! - set 14 (68), sealed until set 13's: 53 / 50 / 5 / 4.
//!
//! The shapes: reports answering a list by number (`第1、2、3、5项…`);
//! findings in a paragraph answered by numbered paragraphs in order
//! (`（一）针对…情况`, `（一）关于…的问题。`, `整改进展：` › `第一，…`, or
//! `针对上述情况，…第一，…第二，…` in the next paragraph); titles broken
//! before their kind, under an issuer, keyed `标　　题：`, or a short tail;
//! appended tables beside a section of shortcomings; a part not counted;
//! state groups numbered `①` counted in the title; a heading stating a
//! finding over numbered actions; a key of marks (`“√”为已办结`) and parts
//! inside a section; areas and problems numbered in one style that runs
//! on; areas numbered as measures over `问题N：`; a finding heading beside
//! groups whose items each report.

mod common;

use rectify_core::model::{NodeKind, Status};

use common::{assert_states, convert, openings};
use Status::*;

/// Fifteen notices of the five blind sets written this session (sets 10
/// to 14), each read now exactly as its writer keyed it (problems and
/// statuses; the title and stated totals as the converter reads them, the
/// writers' where they keyed them). `s27-aligned-table-answered-by-number`
/// states only a total (`共查摆问题7个`), taken alone since session 28
/// because it is the number of problems the notice lists, as its writer
/// keyed it.
const BLIND: &[common::Keyed] = &[
    (
        "s27-bulletin-units-fixed-on-the-spot",
        "临川市公共资源交易中心关于2026年第三季度交易服务质量专项督查情况的通报",
        &[
            Done, InProgress, Done, InProgress, InProgress, Done, Done, Done, InProgress, Done,
            InProgress,
        ],
        Some((11, 6, 5)),
    ),
    (
        "s27-findings-answered-first-second-mixed-sections",
        "中共白石岭国有林场委员会关于深入贯彻中央八项规定精神学习教育查摆问题整改落实情况的通报",
        &[
            Done, InProgress, Done, Done, LongTerm, InProgress, Done, Done, Done, Done,
        ],
        Some((10, 7, 2)),
    ),
    (
        "s27-areas-and-problems-one-numbering-tag-lines",
        "中共东平黄河河务局党组关于巡察整改情况的通报",
        &[
            Done, Done, InProgress, Done, Done, Done, Done, LongTerm, Done, Done, Done, InProgress,
            Done,
        ],
        Some((14, 12, 2)),
    ),
    (
        "s27-status-marks-with-key-parts-in-section",
        "省职业病防治院关于群众身边不正之风和腐败问题集中整治阶段性进展情况的公告",
        &[
            Done, Done, Done, InProgress, Done, Done, NotStarted, Done, Done, InProgress, Done,
            LongTerm,
        ],
        Some((12, 8, 2)),
    ),
    (
        "s27-audit-findings-answered-by-about-headings",
        "江州市劳动人事争议仲裁院关于2025年度预算执行审计查出问题整改情况的公告",
        &[Done, Done, InProgress, Done, InProgress],
        Some((5, 3, 2)),
    ),
    (
        "s27-bulletin-tab-table-long-term-cell",
        "关于口岸通关便利化专项督查发现问题及整改情况的通报",
        &[
            Done, Done, Done, Done, InProgress, Done, Done, Done, LongTerm,
        ],
        Some((9, 7, 1)),
    ),
    (
        "s27-empty-labels-with-tag-lines",
        "中共南湖区青少年活动中心支部委员会关于主题教育检视问题整改落实情况的通报",
        &[Done, Done, LongTerm, Done, Done, Done, InProgress],
        Some((7, 5, 1)),
    ),
    (
        "s27-audit-table-title-broken-before-kind",
        "湘滨市疾病预防控制中心2025年度预算执行和其他财政收支审计查出问题整改情况的公告",
        &[Done, Done, Done, InProgress, Done, Done, NotStarted],
        Some((7, 5, 1)),
    ),
    (
        "s27-aligned-table-answered-by-number",
        "青枫县不动产登记中心关于学习教育查摆问题整改落实情况的公示",
        &[Done, Done, Done, InProgress, Done, LongTerm, InProgress],
        Some((7, 0, 0)),
    ),
    (
        "s27-area-naming-problems-one-circled-item",
        "中共青枫县民族宗教事务局党组关于县委第二轮巡察集中整改进展情况的通报",
        &[
            Done, Done, Done, Done, Done, InProgress, Done, Done, Done, Done,
        ],
        Some((9, 9, 0)),
    ),
    (
        "s27-look-back-round-keyed-ordinal-answers",
        "东陵市海洋与渔业局党组关于市委巡察“回头看”反馈问题整改进展情况的通报",
        &[
            InProgress, Done, Done, Done, Done, InProgress, InProgress, Done, Done,
        ],
        Some((9, 6, 3)),
    ),
    (
        "s27-attached-cell-table-beside-shortcomings",
        "东陵市园林绿化局关于古树名木保护和城市绿地“占绿毁绿”专项整治进展情况的通报",
        &[Done, Done, Done, InProgress, InProgress, NotStarted, Done],
        Some((7, 4, 2)),
    ),
    (
        "s27-complaints-not-counted-plans-after-not-started",
        "东陵市公证处关于公证行业突出问题专项整治和行风评议反馈问题整改进展情况的通报",
        &[
            Done, Done, LongTerm, Done, InProgress, InProgress, Done, InProgress, NotStarted, Done,
        ],
        Some((10, 5, 3)),
    ),
    (
        "s27-finding-headings-over-actions-long",
        "市住房保障服务中心关于公租房管理突出问题专项整治工作进展情况的报告",
        &[
            Done, Done, InProgress, InProgress, InProgress, Done, Done, InProgress, LongTerm, Done,
            NotStarted, InProgress, LongTerm, Done,
        ],
        Some((14, 6, 5)),
    ),
    (
        "s27-state-groups-circled-counted-in-titles",
        "云溪市侨联党组关于巡察整改情况的通报",
        &[
            Done, Done, Done, Done, Done, Done, Done, Done, InProgress, InProgress, InProgress,
            LongTerm,
        ],
        Some((12, 8, 3)),
    ),
];

#[test]
fn blind_notices_of_this_session_as_their_writers_keyed_them() {
    common::assert_key(BLIND);
}

#[test]
fn problems_answered_by_number_in_a_later_section() {
    let text = "\
某县登记中心关于查摆问题整改落实情况的公示
　　中心党支部广泛征求意见，共查摆问题5个。现将整改落实情况公示如下：
　　一、查摆问题清单
序号\t问题表现\t整改措施\t责任股室\t整改时限
1\t窗口一次性告知落实不到位\t编印办事指南\t受理股\t2026年4月
2\t工作人员服务态度生硬\t开展服务规范培训\t办公室\t2026年5月
3\t抵押登记办理时限偏长\t开通线上办理\t审核股\t2026年5月
4\t历史遗留办证难问题化解进度慢\t一项目一方案\t权籍股\t2026年12月
5\t廉政风险防控不够严密\t开展专项清理\t办公室\t2026年10月
　　二、整改落实情况
　　截至目前，清单所列第1、3项问题已全部整改到位；第2项正在推进，培训已开展2期；第4项已化解项目11个，剩余项目正在加快推进；第5项属长期性任务，中心将常态化抓好落实。
　　三、下一步打算
　　中心将持续巩固整改成果，开展第三个月的回头看。
";
    let got = openings(&convert(text));
    let rule = "reported_by_number".to_string();
    assert_eq!(
        got,
        [
            ("窗口一次性告".to_string(), Some(Done), rule.clone()),
            ("工作人员服务".to_string(), Some(InProgress), rule.clone()),
            ("抵押登记办理".to_string(), Some(Done), rule.clone()),
            ("历史遗留办证".to_string(), Some(InProgress), rule.clone()),
            ("廉政风险防控".to_string(), Some(LongTerm), rule),
        ]
    );
}

#[test]
fn the_last_problems_report_answers_its_list_by_number() {
    let text = "\
某公司党支部关于巡察反馈问题整改情况的报告
一、关于内部管理方面的问题
1.物业费收缴率偏低。
整改进展：成立清欠专班，已清收欠费87万元，已完成整改。
2.车辆使用管理不规范。
3.合同管理不严，部分合同未经法律审核。
整改进展：第2项正在修订派车制度，预计年底前完成；第3项已对23份合同补充法律审核，已整改到位。
";
    assert_states(
        &convert(text),
        &[
            ("物业费收缴率", Done),
            ("车辆使用管理", InProgress),
            ("合同管理不严", Done),
        ],
    );
}

#[test]
fn a_later_day_or_an_article_is_no_item() {
    // `第三个星期六` and `《条例》第2项` name no item: the problems keep the
    // state their own reports give.
    let text = "\
某办关于专项督查发现问题整改情况的报告
一、督查发现的问题
（一）警报器故障未及时维修。
整改情况：每月第三个星期六试鸣前完成维修，已完成整改。
（二）值班制度不落实。
整改情况：已修订值班制度，按《值班管理办法》第2项规定执行，正在推进。
";
    let r = convert(text);
    assert_states(&r, &[("警报器故障未", Done), ("值班制度不落", InProgress)]);
    assert!(openings(&r)
        .iter()
        .all(|(_, _, rule)| rule != "reported_by_number"));
}

#[test]
fn titles_broken_under_an_issuer_or_before_their_kind_or_keyed() {
    let title = |text: &str| convert(text).meta.title;
    let body = "\n　　一、问题整改情况\n1.预算编制不细化。整改情况：已整改到位。\n";
    let cases = [
        (
            "某市疾病预防控制中心\n首页 » 信息公开\n某市疾病预防控制中心2025年度预算执行\n审计查出问题整改情况的公告\n发布日期：2026-07-03",
            "某市疾病预防控制中心2025年度预算执行审计查出问题整改情况的公告",
        ),
        (
            "您现在的位置：网站首页 >> 公示公告\n某市热力有限责任公司\n2025—2026年供暖季突出问题专项整治进展情况",
            "某市热力有限责任公司2025—2026年供暖季突出问题专项整治进展情况",
        ),
        (
            "当前位置：首页 > 政务公开\n索 引 号：1143/2026-00315　　分　　类：其他\n标　　题：某县登记中心关于查摆问题整改落实情况的公示\n发布日期：2026-06-19\n\n某县登记中心关于查摆问题整改落实情况的公示",
            "某县登记中心关于查摆问题整改落实情况的公示",
        ),
    ];
    for (head, want) in cases {
        assert_eq!(title(&format!("{head}{body}")), want);
    }
}

#[test]
fn findings_in_one_paragraph_answered_by_numbered_items_in_order() {
    // The answers name the findings in other words (`室温不达标` for
    // `室内温度长期达不到18℃`): four findings, four answers numbered 1 to 4
    // that each open with what they answer.
    let text = "\
某市热力公司供暖季突出问题专项整治进展情况
　　一、总体情况
　　经分析梳理，群众反映较为集中的问题主要有：一是部分老旧小区室内温度长期达不到18℃；二是供热管网跑冒滴漏时有发生；三是热费缴纳渠道单一；四是客服热线高峰时段接通率低。
　　二、对症下药，把温暖送进千家万户
　　（一）针对室温不达标情况，公司对38个老旧小区实施管网改造，目前已完成26个，其余12个正在施工。
　　（二）针对跑冒滴漏的情况，公司组建4支应急抢修队伍，此项工作已整改到位。
　　（三）针对缴费不便的情况，公司上线微信缴费功能，已整改完成。
　　（四）针对接通率低的情况，公司增设客服坐席10个，已完成整改。
　　三、下一步工作
　　一是抓好夏季检修。二是加快老旧管网改造。
";
    assert_states(
        &convert(text),
        &[
            ("部分老旧小区", InProgress),
            ("供热管网跑冒", Done),
            ("热费缴纳渠道", Done),
            ("客服热线高峰", Done),
        ],
    );
    // Five numbered answers for four findings are not its answers.
    let five = text.replace(
        "　　三、下一步工作",
        "　　（五）针对服务态度的情况，开展培训，已完成整改。\n　　三、下一步工作",
    );
    let got = openings(&convert(&five));
    assert!(got.iter().any(|(t, _, _)| t.starts_with("针对")), "{got:?}");
}

#[test]
fn an_area_naming_problems_beside_areas_holds_its_one_problem_and_its_report() {
    // `4.关于…问题整改方面` names problems in its words, but it is an area
    // like the three before it; the report after its one `①` is that
    // problem's.
    let text = "\
某局党组关于巡察集中整改进展情况的通报
　　一、整改落实情况
　　1.关于理论学习方面
　　①理论学习中心组学习计划性不强。
　　整改情况：制定年度学习计划，已完成整改。
　　②专题研讨偏少。
　　整改情况：开展专题研讨4次，已完成整改。
　　2.关于干部队伍建设方面
　　①干部轮岗交流不及时。
　　整改情况：正在制定轮岗交流办法。
　　3.关于巡察、审计等监督发现问题整改方面
　　①上轮审计指出的资金结余未及时统筹使用问题整改不到位。
　　整改情况：已将结余资金43.6万元统筹使用，项目已竣工验收。已完成整改。
";
    assert_states(
        &convert(text),
        &[
            ("理论学习中心", Done),
            ("专题研讨偏少", Done),
            ("干部轮岗交流", InProgress),
            ("上轮审计指出", Done),
        ],
    );
    let r = convert(text);
    let last = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .last()
        .unwrap();
    assert!(last.body.contains("43.6万元"), "{}", last.body);
}

#[test]
fn problems_in_an_appended_table_beside_a_section_of_shortcomings() {
    // `二、存在的不足` reads as one problem by its shape; the seven in the
    // attachment are the notice's problems, not a summary of it.
    let mut text = String::from(
        "\
某市园林绿化局关于专项整治进展情况的通报
　　今年以来，我局开展专项整治，共排查发现问题4个，已完成整改2个，正在整改1个，1个尚未启动。
　　一、工作开展情况
　　（一）摸清底数。普查登记古树名木2317株。
　　二、存在的不足
　　部分区对专项整治重视不够，进度不平衡。下一步将加强督导，推动整改。
　　三、下一步工作要求
　　1.各区要对照问题清单，逐项抓好整改。
　　具体问题及整改进展详见附件。
附件：专项整治问题清单及整改进展
某市园林绿化局
2026年11月18日
附件
专项整治问题清单及整改进展
序号
问题
整改措施
责任单位
整改进展
",
    );
    let rows = [
        ("古樟树周边违规硬化地面", "已整改完毕"),
        ("滨江公园绿地被商户占用", "已完成整改"),
        ("居民小区毁绿种菜现象较多", "已清理菜地42处，持续整改"),
        ("带状公园绿地被改建为停车场", "尚未启动，正在制定整改方案"),
    ];
    for (k, (problem, progress)) in rows.iter().enumerate() {
        text.push_str(&format!(
            "{}\n{problem}\n恢复绿地\n某单位\n{progress}\n",
            k + 1
        ));
    }
    assert_states(
        &convert(&text),
        &[
            ("古樟树周边违", Done),
            ("滨江公园绿地", Done),
            ("居民小区毁绿", InProgress),
            ("带状公园绿地", NotStarted),
        ],
    );
}

#[test]
fn a_look_back_at_the_first_round_and_findings_answered_after_a_key() {
    // The first round's counts, under `一、首轮巡察整改情况回顾`, are not
    // this report's; the findings of `（二）` are answered `第一，` … `第三，`
    // after a bare `整改进展：`.
    let text = "\
某局党组关于市委巡察“回头看”反馈问题整改进展情况的通报
　　一、首轮巡察整改情况回顾
　　2024年市委第四巡察组对我局开展常规巡察，反馈4个方面18个问题，18个问题已全部整改到位。
　　二、“回头看”反馈问题整改情况
　　市委巡察“回头看”共反馈2个方面5个问题。截至目前，已完成整改4个，正在推进1个。
　　（一）落实上级工作要求方面
　　“回头看”指出：一是海洋经济发展规划编制滞后；二是伏季休渔期间非法捕捞仍时有发生。
　　整改情况：
　　针对第一个问题，委托专业机构编制规划，已完成整改。
　　针对第二个问题，开展专项执法行动，已整改完毕。
　　（二）全面从严治党方面
　　“回头看”指出：一是渔业油价补贴资金审核把关不严；二是执法装备采购程序不规范；三是对下属单位监管不到位。
　　整改进展：
　　第一，全面核查补贴资金发放情况，追回资金18.6万元。已完成。
　　第二，对采购项目逐一复查，完善采购内控制度。已整改。
　　第三，委托第三方开展财务审计，正在推进整改，预计2026年12月底前完成。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("海洋经济发展", Done),
            ("伏季休渔期间", Done),
            ("渔业油价补贴", Done),
            ("执法装备采购", Done),
            ("对下属单位监", InProgress),
        ],
    );
    let stated = r.stated_totals.expect("the round's totals");
    assert_eq!((stated.total, stated.done), (Some(5), Some(4)));
}

#[test]
fn work_going_on_as_planned_or_under_construction_is_under_way_or_long_term() {
    let text = "\
某集团党委关于巡视整改进展情况的报告
一、问题整改情况
（一）商业租赁管理不规范，部分商铺未经公开招租。
整改进展：已公开招租9个，其余8个待合同到期后招租，按计划推进。
（二）航站楼无障碍设施不完善。
整改进展：无障碍卫生间改造施工中。
（三）安检通道设置不合理。
整改进展：已完成通道改造，已整改到位。
（四）机关干部作风不够扎实。
整改进展：开展作风建设专项教育，此项工作常态化推进。
（五）开标现场未按规定核验授权委托书原件。
整改进展：责令限期整改，要求2026年10月31日前完成内部培训。
";
    assert_states(
        &convert(text),
        &[
            ("商业租赁管理", InProgress),
            ("航站楼无障碍", InProgress),
            ("安检通道设置", Done),
            ("机关干部作风", LongTerm),
            ("开标现场未按", InProgress),
        ],
    );
}

#[test]
fn a_part_whose_items_are_not_counted_lists_no_problems() {
    let text = "\
某公证处关于专项整治反馈问题整改进展情况的通报
　　截至目前，2个问题已完成整改1个，正在整改1个。
　　一、反馈问题整改情况
　　（一）办证流程不规范。
　　整改进展：已修订办证流程，已完成整改。
　　（二）收费公示不到位。
　　整改进展：正在更新收费公示栏。
　　二、群众来信来访反映问题办理情况
　　（本部分为热线及来信来访转办事项，供参考，不计入上述问题数）
　　序号  反映问题                        办理情况
　　1     公证书翻译件错误未及时更正      已更正并致歉
　　2     电话咨询长时间无人接听          已增设咨询专线
　　三、下一步工作打算
　　持续巩固整改成果。
";
    let r = convert(text);
    assert_states(&r, &[("办证流程不规", Done), ("收费公示不到", InProgress)]);
    // The complaints are kept, as the part's items.
    let items: Vec<&str> = r
        .walk()
        .filter(|n| n.kind == NodeKind::Item)
        .map(|n| n.title.as_str())
        .collect();
    assert!(
        items.iter().any(|t| t.starts_with("公证书翻译件")),
        "{items:?}"
    );
}

#[test]
fn problems_grouped_by_state_with_circled_numbers_counted_in_the_titles() {
    let text = "\
某侨联党组关于巡察整改情况的通报
　　二、巡察反馈问题整改情况
　　截至目前，反馈的4个问题，已完成整改2个，正在整改1个，需长期坚持1个。
　　（一）已完成整改的问题（2个）
　　①党组议事规则不完善，部分重要事项未经党组会议研究。
　　整改：修订党组工作规则。
　　②财务报销审核把关不严。
　　整改：修订财务报销管理办法。
　　（二）正在整改的问题（1个）
　　①侨联干部队伍年龄偏大。
　　整改：已申请增加专项编制1名，正在协调。
　　（三）需长期坚持的问题（1个）
　　①团结引导侨界群众的作用发挥不充分。
　　整改：建立侨界人才库，此项工作需长期坚持。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("党组议事规则", Done),
            ("财务报销审核", Done),
            ("侨联干部队伍", InProgress),
            ("团结引导侨界", LongTerm),
        ],
    );
    // The one long-term problem keeps its own report.
    let last = r
        .walk()
        .filter(|n| n.kind == NodeKind::Problem)
        .last()
        .unwrap();
    assert!(last.body.contains("人才库"), "{}", last.body);
}

#[test]
fn a_finding_as_heading_over_numbered_actions_and_a_trailing_report() {
    // `（一）…未及时退出` › `1.开展…。` `2.建立…。` › `整改进展：…`: one
    // problem with two measures; `六、存在的困难和问题` is the notice's text.
    let text = "\
某中心关于公租房管理突出问题专项整治工作进展情况的报告
　　一、聚焦分配公平公正
　　（一）部分保障对象收入、住房状况发生变化后未及时退出
　　1.开展年度资格复核。对7432户在保家庭开展年度复核，清退167户。
　　2.建立动态监管机制。与不动产登记等部门按季度开展信息比对。
　　整改进展：部分整改，清退工作正在推进，预计2026年12月底前全部完成。
　　（二）选房配租过程公开不够充分
　　整改措施：全面推行网上摇号选房。
　　整改进展：已完成整改。
　　二、存在的困难和问题
　　一是新增房源供给不足；二是基层管理力量薄弱。上述困难我们将积极争取上级支持逐步解决。
";
    let r = convert(text);
    assert_states(&r, &[("部分保障对象", InProgress), ("选房配租过程", Done)]);
    let measures = r.walk().filter(|n| n.kind == NodeKind::Measure).count();
    assert_eq!(measures, 3);
}

#[test]
fn parts_inside_a_section_and_states_shown_by_marks_with_a_key() {
    // `第一部分` under `二、` divides it; `三、` after the parts is a
    // section again. Each item's state is the mark after it.
    let text = "\
省某院关于集中整治阶段性进展情况的公告
　　说明：下文各事项后标注的符号表示当前进度，“√”为已办结，“○”为推进中，“△”为长期坚持，“×”为尚未启动。
　　一、整治工作推进情况
　　院党委召开专题会议9次，明确整治措施47条。
　　二、整治事项进展
　　第一部分　职业健康检查
　　①体检报告出具超时，企业和劳动者反映等待时间长。优化报告审核流程。√
　　②体检结果异常人员复查告知不及时。系统已进入测试阶段，计划12月上线。○
　　第二部分　作风和纪律
　　①尘肺病患者诊断后随访服务缺失。平台建设尚未启动。×
　　②服务态度生硬，现象时有发生。此项将常态化推进。△
　　三、下一步工作
　　（一）对推进中的事项，明确时间表和责任人。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("体检报告出具", Done),
            ("体检结果异常", InProgress),
            ("尘肺病患者诊", NotStarted),
            ("服务态度生硬", LongTerm),
        ],
    );
    let sections: Vec<&str> = r.nodes.iter().map(|n| n.title.as_str()).collect();
    assert!(sections.contains(&"下一步工作"), "{sections:?}");
}

#[test]
fn findings_one_is_answered_first_second_in_the_next_paragraph() {
    let text = "\
某林场党委关于查摆问题整改落实情况的通报
　　一、守住绿水青山
　　对照检视，在资源管护上主要存在：一是部分护林员巡护轨迹断续；二是林地使用审核把关不严；三是森林防火物资储备不足。
　　针对上述情况，林场逐项明确责任。第一，全面启用巡护APP，此项已整改到位。第二，复查林地使用项目，补办手续工作正在推进。第三，新购置风力灭火机20台，此项已整改到位。
　　二、下一步打算
　　持续巩固整改成果。
";
    assert_states(
        &convert(text),
        &[
            ("部分护林员巡", Done),
            ("林地使用审核", InProgress),
            ("森林防火物资", Done),
        ],
    );
}

#[test]
fn areas_and_problems_numbered_in_one_style_that_runs_on() {
    let text = "\
某河务局党组关于巡察整改情况的通报
　　二、反馈问题整改落实情况
　　1.贯彻落实上级决策部署方面
　　1.防汛责任制落实不够到位。
　　【整改】全面更新责任人公示牌46块。
　　【状态】已完成
　　2.水行政执法力度偏弱。
　　【整改】联合开展专项清理。
　　【状态】持续推进，2026年12月底前完工
　　2.全面从严治党方面
　　3.党组主体责任落实有差距。
　　【整改】制定报告备案办法。
　　【状态】已完成
　　3.领导班子建设方面
　　4.干部队伍老化。
　　【整改】引进专业技术人才3名，此项工作需长期坚持。
　　三、下一步工作安排
　　1.坚持标准不降。
";
    let r = convert(text);
    let areas = common::focus_areas(&r);
    assert_eq!(
        areas,
        [
            ("贯彻落实上级决策部署方面", 2),
            ("全面从严治党方面", 1),
            ("领导班子建设方面", 1)
        ]
    );
    assert_eq!(openings(&r).len(), 4);
}

#[test]
fn areas_numbered_as_measures_over_problems_named_by_their_label() {
    let text = "\
某市渔政执法支队
涉渔“三无”船舶和违规网具专项整治
问题整改进展情况
　　今年以来，支队开展专项行动，梳理出突出短板，逐项明确整改路径。
　　第一，船舶管控方面
　　问题1：部分港湾仍有“三无”船舶隐匿停靠。
　　措施：建立“一船一档”，拆解船舶63艘。〔已销号〕
　　问题2：渔船进出港报告制度落实不到位。
　　措施：为186艘渔船加装北斗终端，正在调试。
　　第二，市场源头治理方面
　　问题3：渔具店仍有销售禁用网具现象。
　　措施：开展渔具市场清理，已完成整改。
";
    let r = convert(text);
    assert_eq!(
        r.meta.title,
        "涉渔“三无”船舶和违规网具专项整治问题整改进展情况"
    );
    assert_states(
        &r,
        &[
            ("部分港湾仍有", Done),
            ("渔船进出港报", InProgress),
            ("渔具店仍有销", Done),
        ],
    );
    let areas = r.walk().filter(|n| n.kind == NodeKind::FocusArea).count();
    assert_eq!(areas, 2);
}

#[test]
fn a_finding_heading_beside_groups_whose_items_each_report() {
    // `4.…不规范` reads as a problem by its words, but like `3.` beside it
    // it groups `（1）…` items, each with its own report.
    let text = "\
某所党委关于市委巡察反馈意见整改进展情况的通报
　　二、巡察反馈问题整改进展情况
　　（一）落实全面从严治党战略部署方面
　　3.落实主体责任不够有力
　　（1）党委研究党风廉政建设工作次数偏少。
　　整改进展：制定年度计划，已完成整改。
　　（2）关键岗位廉政风险防控不严。
　　整改进展：修订防控清单，已完成整改。
　　4.财务和资产管理不规范
　　（1）检测收费与物价核准标准不一致。
　　整改进展：清退多收费用8.6万元，已完成整改。
　　（2）大型检测设备使用率低，个别设备长期闲置。
　　整改进展：建立使用登记制度，该项需长期坚持。
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("党委研究党风", Done),
            ("关键岗位廉政", Done),
            ("检测收费与物", Done),
            ("大型检测设备", LongTerm),
        ],
    );
}

#[test]
fn findings_in_a_paragraph_answered_by_numbered_headings_about_each() {
    let text = "\
某仲裁院关于预算执行审计查出问题整改情况的公告
　　一、审计查出的主要问题
　　审计指出的问题主要有：一是部分仲裁员办案补贴未按规定标准发放；二是政府采购未编制采购预算；三是固定资产账实不符。
　　二、整改情况
　　（一）关于多发放办案补贴的问题。已全部收回并上缴财政。该问题已整改到位。
　　（二）关于政府采购未编制采购预算的问题。已在2026年预算中完整编制。已整改。
　　（三）关于固定资产账实不符的问题。核销手续已报审批，目前正在办理中。
　　三、下一步措施
　　一是加强财务人员培训；二是定期开展资产清查。
";
    assert_states(
        &convert(text),
        &[
            ("部分仲裁员办", Done),
            ("政府采购未编", Done),
            ("固定资产账实", InProgress),
        ],
    );
}

#[test]
fn headings_over_findings_whose_reports_follow_each_inside_areas_that_count_them() {
    // A notice written after the session's other changes: `1.…不严` and
    // `2.…不规范` each hold findings, each finding's report placed on the
    // heading; the area reads its headings as findings that report.
    let text = "\
某中心关于巡察反馈意见整改进展情况的通报
　　二、反馈问题整改进展情况
　　（二）内部管理方面
　　1.财务报销审核不严
　　（1）个别差旅费报销缺少审批单。
　　整改进展：补齐审批手续，修订财务报销办法。已完成整改。
　　（2）固定资产登记不及时。
　　整改进展：已完成资产清查，资产管理系统正在升级。
　　2.合同管理不规范
　　（1）部分服务合同未经集体研究即签订。
　　整改进展：制定合同管理办法。已完成整改。
";
    assert_states(
        &convert(text),
        &[
            ("个别差旅费报", Done),
            ("固定资产登记", InProgress),
            ("部分服务合同", Done),
        ],
    );
}

/// Two notices written after the session's last converter change but one
/// (`s27b-findings-…` found that one: 6 of its 8 problems before it), each
/// keyed by their writer before converting it.
const WRITTEN_AFTER: &[common::Keyed] = &[
    (
        "s27b-findings-under-headings-reported-after-each",
        "中共临江县气象服务中心支部委员会关于县委第六巡察组反馈意见整改进展情况的通报",
        &[
            Done, InProgress, Done, Done, InProgress, Done, LongTerm, Done,
        ],
        Some((8, 5, 2)),
    ),
    (
        "s27b-bulletin-units-closing-count-long-term",
        "临江县人民政府督查室关于全县农村饮水安全专项督查发现问题整改情况的通报",
        &[Done, Done, Done, Done, InProgress, Done, LongTerm],
        Some((7, 5, 1)),
    ),
];

#[test]
fn notices_written_after_the_changes_as_keyed() {
    common::assert_key(WRITTEN_AFTER);
}

#[test]
fn findings_tagged_with_their_state_and_a_table_of_counts_after_them() {
    // Each `①…（已完成）。…` reports itself, so `1.评价机构管理` groups them;
    // the table of counts per category below is no list of problems.
    let text = "\
某中心职业技能等级认定专项整治进展情况
　　我中心共发现问题4个，其中已完成整改2个，正在整改2个。现将进展情况公布如下：
　　1.评价机构管理
　　①部分评价机构考务管理混乱（已完成）。对涉事3家机构暂停认定资格3个月。
　　②评价机构退出机制不健全（整改中）。已清理2家。
　　2.收费与补贴管理
　　①个别机构收费标准未公示（已完成）。
　　②补贴资金发放进度慢（整改中）。
　　附：专项整治问题分类统计表
　　类别　　　　　　　发现问题　　已完成　　整改中
　　评价机构管理　　　　2　　　　　1　　　　　1
　　收费与补贴管理　　　2　　　　　1　　　　　1
　　合计　　　　　　　　4　　　　　2　　　　　2
　　监督电话：0632-12333
";
    let r = convert(text);
    assert_states(
        &r,
        &[
            ("部分评价机构", Done),
            ("评价机构退出", InProgress),
            ("个别机构收费", Done),
            ("补贴资金发放", InProgress),
        ],
    );
    // The table's rows are kept, as items; its sums row as a row of sums
    // (since session 37: `skipped`, reason `合计行`).
    assert!(r
        .walk()
        .any(|n| n.kind == NodeKind::Item && n.title == "评价机构管理"));
    assert!(r
        .skipped
        .iter()
        .any(|s| s.reason == "合计行" && s.text.starts_with("合计")));
}
