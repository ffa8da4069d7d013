//! Tests of `lines`, beside it.
use super::*;

#[test]
fn headings() {
    let ch = marker("第三章 重点领域");
    assert_eq!(
        ch,
        Some(Marker::Chapter {
            n: 3,
            number: "第三章".into(),
            title: "重点领域".into()
        })
    );
    assert!(matches!(
        marker("第八节 未来产业"),
        Some(Marker::Section { n: 8, .. })
    ));
    assert!(matches!(
        marker("五、电力物联网"),
        Some(Marker::Item { n: 5, .. })
    ));
    assert!(matches!(
        marker("（十）x。"),
        Some(Marker::SubItem { n: 10, .. })
    ));
    assert!(matches!(
        marker("专栏 10 “万亿”支撑项目"),
        Some(Marker::Box { n: 10, .. })
    ));
    assert!(matches!(
        marker("表 1 主要指标"),
        Some(Marker::Table { n: 1, .. })
    ));
    assert_eq!(marker("前 言"), Some(Marker::Preface));
    assert_eq!(marker("抄送：省委办公厅"), Some(Marker::Back));
    assert!(matches!(
        marker("2.高端。"),
        Some(Marker::Point { n: 2, .. })
    ));
}

#[test]
fn body_lines_are_not_headings() {
    for line in [
        "第三代半导体材料。",
        "第五代无线网络（5G）的窗口期，",
        "二是长期依托的全球化技术扩散红利将显著弱化，对原始创新能力",
        "（MEMS）、薄膜工艺技术，支持发展光电器件、磁光器件、声光",
        "10.2 预期性",
        "6400家，是 2015年的 3倍多。",
    ] {
        assert_eq!(marker(line), None, "{line}");
    }
}

#[test]
fn rows_labels_and_passage_ends() {
    assert_eq!(row_number("（12）福州"), Some((12, "（12）".into())));
    assert_eq!(row_number("（一）福州"), None);
    assert_eq!(table_row_number("10 省级单项冠军企业 家"), Some(10));
    assert!(is_label_char("创") && !is_label_char("创新") && !is_label_char("。"));
    assert!(is_bare_label("国家级产业集群", 10) && !is_bare_label("到 10.2", 10));
    assert!(ends_passage("加强金融科技审慎监管。"));
    assert!(ends_passage("引领产品质量安全提升。”"));
    assert!(ends_passage("（此件主动公开）"));
    assert!(!ends_passage(
        "（四）新型元器件。敏感元器件领域，突破微机电系统"
    ));
    assert!(!ends_passage("部门、各直属机构，"));
}
