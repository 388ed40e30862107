//! Bylines: names apart from roles and titles.

use super::model::Contributor;

/// Labels that introduce names, and whether those names are authors.
const LABELS: &[(&str, bool)] = &[
    ("记者：", true),
    ("记者:", true),
    ("作者：", true),
    ("作者:", true),
    ("撰稿：", true),
    ("责编：", false),
    ("责编:", false),
    ("网编：", false),
    ("网编:", false),
    ("编辑：", false),
    ("译者/", false),
    ("译者：", false),
    ("翻译：", false),
    ("翻译编辑：", false),
    ("翻译和编辑：", false),
    // `文：江雪` (CDT's reposts): "text by", only as a line's first word
    // (see `labelled`), `原文：` and `中文：` being no bylines.
    ("文：", true),
    // WeChat articles reposted by CDT: `作者丨甲，编辑丨乙`, `文/甲`, `译/乙`.
    ("作者丨", true),
    ("作者｜", true),
    ("撰文丨", true),
    ("文丨", true),
    ("文/", true),
    ("编辑丨", false),
    ("编辑｜", false),
    ("责编丨", false),
    ("译/", false),
    // Nikkei's closing line (Jekyll archives): the outlet, then the reporter.
    ("日本经济新闻（中文版：日经中文网）", true),
];

/// The first character of every label in [`LABELS`] (a test checks): a
/// text position that starts with none of them starts no label.
const LABEL_FIRST_CHARS: &[char] = &['记', '作', '撰', '责', '网', '编', '译', '翻', '文', '日'];

/// The labels of [`LABELS`] that `text` starts with, in their order there.
fn labels_at(text: &str) -> impl Iterator<Item = &'static (&'static str, bool)> + '_ {
    // Where no label can start, no label is tried.
    let may_start = text
        .chars()
        .next()
        .is_some_and(|c| LABEL_FIRST_CHARS.contains(&c));
    let labels = if may_start { LABELS } else { &[] };
    labels
        .iter()
        .filter(move |(label, _)| text.starts_with(label))
}

/// Labels that are a byline only as a line's first word: `文` and `译`
/// end longer words (`原文：`, `中文/英文`, `翻译/`).
const LINE_START_LABELS: &[&str] = &["文：", "文丨", "文/", "译/"];

/// Words that end a job title rather than a name (`BBC中文记者`, `特约记者`).
const TITLE_ENDINGS: &[&str] = &[
    "记者",
    "通讯员",
    "编辑",
    "主编",
    "撰稿人",
    "特派员",
    "评论员",
    "专栏作家",
    "研究员",
    "电台",
    "correspondent",
    "Correspondent",
    "reporter",
    "Reporter",
    "editor",
    "Editor",
];

/// Whether a byline item is a role or title, not a name.
pub(crate) fn is_title(text: &str) -> bool {
    // Outlets written beside a name (`RFI 法广电台 尼古拉`) are no names.
    TITLE_ENDINGS.iter().any(|t| text.ends_with(t)) || text.contains("BBC") || text == "RFI"
}

/// Splits `曼谷特约记者 江枫` into its name and its title.
pub(crate) fn name_and_title(text: &str) -> Contributor {
    let text = text.trim();
    if let Some((head, tail)) = text.rsplit_once(' ') {
        if is_title(head.trim()) && !tail.is_empty() {
            return Contributor {
                name: tail.to_string(),
                role: Some(head.trim().to_string()),
            };
        }
    }
    Contributor {
        name: text.to_string(),
        role: None,
    }
}

/// The names in a run of names: separated by punctuation, or by spaces
/// between Chinese names (`乾朗 刘邦羽`); a space inside a name written in
/// Latin letters (`Cindy Hao`) does not separate two people.
fn split_names(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let parts = text
        .split([',', '，', '、', '/', '／', ';', '；'])
        .map(str::trim)
        .filter(|s| !s.is_empty());
    for part in parts {
        let mut start: Option<usize> = None;
        let mut last_word = "";
        for (at, word) in words_at(part) {
            let latin_pair = is_latin_word(last_word) && is_latin_word(word);
            match start {
                Some(s) if !latin_pair => {
                    out.push(part[s..at].trim_end());
                    start = Some(at);
                }
                None => start = Some(at),
                _ => {}
            }
            last_word = word;
        }
        if let Some(s) = start {
            out.push(part[s..].trim_end());
        }
    }
    out
}

/// The whitespace-separated words of `text`, each with its byte offset.
fn words_at(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut from = 0;
    text.split_whitespace().map(move |w| {
        let at = from + text[from..].find(w).unwrap_or(0);
        from = at + w.len();
        (at, w)
    })
}

/// A word of alphabetic letters that are not Han (`Cindy`, `O'Brien`,
/// `J.`, `Fürstenau`).
fn is_latin_word(word: &str) -> bool {
    let letter = |c: char| c.is_alphabetic() && !is_han(c);
    word.chars().any(letter)
        && word
            .chars()
            .all(|c| letter(c) || matches!(c, '.' | '-' | '\'' | '’'))
}

/// Reads a labelled byline (`记者：甲 乙  责编：丙`). Returns the contributors
/// and whether each is an author; empty when no label is found.
pub(crate) fn labelled(text: &str) -> Vec<(Contributor, bool)> {
    // One pass over the text, trying the labels only where one may start
    // (a search per label cost a substring searcher each). No label
    // overlaps itself, so this finds what a search per label found, in
    // the order of position, then of `LABELS`.
    let mut marks: Vec<(usize, &str, bool)> = Vec::new();
    for (at, _) in text.char_indices() {
        for (label, author) in labels_at(&text[at..]) {
            if LINE_START_LABELS.contains(label)
                && !text[..at].trim_end().is_empty()
                && !text[..at].ends_with(char::is_whitespace)
            {
                continue;
            }
            marks.push((at, label, *author));
        }
    }
    // A label inside a longer one (`编辑：` in `翻译编辑：`) is not a label.
    let mut covered = 0;
    marks.retain(|(at, label, _)| {
        let keep = *at >= covered;
        covered = covered.max(at + label.len());
        keep
    });
    let mut out = Vec::new();
    for (i, (at, label, author)) in marks.iter().enumerate() {
        let end = marks.get(i + 1).map_or(text.len(), |m| m.0);
        let start = at + label.len();
        if start > end {
            continue;
        }
        let role = label
            .trim_end_matches(['：', ':', '/', '丨', '｜'])
            .to_string();
        let mut parts: Vec<String> = split_names(&text[start..end])
            .into_iter()
            .map(str::to_string)
            .collect();
        // No name is one Han character: `子 兮` is one pen name spaced out.
        if parts.len() > 1
            && parts
                .iter()
                .all(|p| p.chars().count() == 1 && p.chars().all(is_han))
        {
            parts = vec![parts.concat()];
        }
        for name in &parts {
            let name = name.trim_end_matches(['。', '.']);
            // An outlet (`RFI法广电台`) written beside the name is not a person.
            if !name.is_empty() && name.chars().count() <= 30 && !is_title(name) {
                out.push((
                    Contributor {
                        name: name.to_string(),
                        role: Some(role.clone()),
                    },
                    *author,
                ));
            }
        }
    }
    out
}

/// Places written between the reporters' names and `报道`
/// (`自由亚洲电台记者家傲华盛顿报道`): the bureaus and usual datelines.
const PLACES: &[&str] = &[
    "华盛顿",
    "台北",
    "香港",
    "纽约",
    "旧金山",
    "洛杉矶",
    "东京",
    "首尔",
    "伦敦",
    "曼谷",
    "多伦多",
    "温哥华",
    "悉尼",
    "墨尔本",
    "柏林",
    "巴黎",
    "北京",
    "上海",
    "达兰萨拉",
    "金边",
    "仰光",
];

/// Labels a byline may write without a colon (`记者 甲 责编 乙`).
const BARE_LABELS: &[&str] = &["记者", "责编", "网编", "编辑"];

/// Whether `c` is a Han character.
pub(crate) fn is_han(c: char) -> bool {
    matches!(c,
        '\u{4e00}'..='\u{9fff}' | '\u{3400}'..='\u{4dbf}' | '\u{f900}'..='\u{faff}'
        | '\u{20000}'..='\u{3134f}')
}

/// The names in `甲 乙 台北` or `家傲华盛顿` (what comes between `记者` and
/// `报道`): the place is cut off; one word with no known place in it is a
/// name only when it is short enough to be one alone.
fn reporters(text: &str) -> Vec<&str> {
    let mut words: Vec<&str> = text.split_whitespace().collect();
    let Some(last) = words.pop() else {
        return words;
    };
    if let Some(name) = PLACES.iter().find_map(|p| last.strip_suffix(p)) {
        if !name.is_empty() {
            words.push(name);
        }
    } else if words.is_empty() && last.chars().count() <= 3 {
        words.push(last);
    }
    words
}

/// Rewrites the other byline forms into the labelled one that
/// [`labelled`] reads: `自由亚洲电台记者家傲华盛顿报道 责编 乙` becomes
/// `记者：家傲 责编：乙`.
pub(crate) fn relabel(text: &str) -> String {
    // A credit line without a label: its names are the authors.
    if let Some(names) = credited_names(text) {
        return format!("作者：{names}");
    }
    let mut out = String::new();
    let mut rest = text;
    if let Some(at) = text.find("记者") {
        let (head, after) = (&text[..at], &text[at + "记者".len()..]);
        let outlet = head.chars().count() <= 8 && !head.contains(char::is_whitespace);
        if outlet && !after.starts_with(['：', ':']) {
            if let Some(end) = after.find("报道") {
                out.push_str("记者：");
                out.push_str(&reporters(&after[..end]).join(" "));
                rest = &after[end + "报道".len()..];
            }
        }
    }
    for word in rest.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        if let Some(name) = glued_reporter(word) {
            // `记者一冰 责编：乙`: the label glued to the name.
            out.push_str("记者：");
            out.push_str(name);
            continue;
        }
        out.push_str(word);
        if BARE_LABELS.contains(&word) {
            out.push('：');
        }
    }
    out
}

/// Words that name where a credit line's text came from: news agencies
/// (`法新社`, `dpa`) and `综合报导` ("compiled from reports").
const SOURCE_WORDS: &[&str] = &[
    "社", "综合", "報導", "报导", "报道", "dpa", "AFP", "AP", "Reuters", "KNA", "epd",
];

/// The names of a credit line `NAMES（SOURCES）` (DW's `雨涵/任琛（法新社）`,
/// `Phoebe Kong/杨威廉 (综合报导)`): a few short names, no sentence, then
/// the sources in brackets. `None` for anything else, and for a line of
/// sources alone (`（路透社等）`), which names nobody.
pub(crate) fn credited_names(text: &str) -> Option<&str> {
    let text = text.trim();
    let inner = text.strip_suffix(['）', ')'])?;
    let open = inner.rfind(['（', '('])?;
    let (head, source) = (inner[..open].trim(), &inner[open..]);
    let source = source.trim_start_matches(['（', '(']);
    let names = split_names(head);
    let short = |t: &str, max: usize| !t.is_empty() && t.chars().count() <= max;
    let is_credit = short(head, 40)
        && short(source, 30)
        && SOURCE_WORDS.iter().any(|w| source.contains(w))
        && !head.contains([
            '。', '，', ',', '：', ':', '！', '？', '!', '?', '“', '"', '（', '(',
        ])
        && (1..=4).contains(&names.len())
        && names.iter().all(|n| n.chars().count() <= 20);
    is_credit.then_some(head)
}

/// `记者一冰`: the name after a `记者` written without a space or colon,
/// when it is two or three Han characters (a name, not a phrase).
fn glued_reporter(word: &str) -> Option<&str> {
    let name = word.strip_prefix("记者")?;
    let count = name.chars().count();
    ((2..=3).contains(&count) && name.chars().all(is_han)).then_some(name)
}

/// Whether a text starts with one of the WeChat labels (`作者丨`, `文/`),
/// whose bylines list their parts with `，`.
pub(crate) fn starts_wechat_labelled(text: &str) -> bool {
    LABELS
        .iter()
        .any(|(l, _)| l.ends_with(['丨', '｜', '/']) && text.starts_with(l))
}

/// Whether a text starts like a labelled byline.
pub(crate) fn starts_labelled(text: &str) -> bool {
    labels_at(text).next().is_some()
}

/// Names in a comma-separated byline (`KONEY BAI,KONEY BAI`), deduplicated.
pub(crate) fn names(text: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in text.split([',', '，', '、', ';']) {
        for name in part.split(" and ") {
            let name = name.trim();
            if !name.is_empty() && !out.iter().any(|n| n == name) {
                out.push(name.to_string());
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn label_first_chars_cover_the_labels_and_no_label_overlaps_itself() {
        for (label, _) in LABELS {
            let first = label.chars().next().unwrap();
            assert!(LABEL_FIRST_CHARS.contains(&first), "{label}");
            // A proper suffix that is also a prefix would let two
            // occurrences overlap, which the one-pass search would count twice.
            for (i, _) in label.char_indices().skip(1) {
                assert!(!label.starts_with(&label[i..]), "{label}");
            }
        }
    }

    #[test]
    fn bylines() {
        let c = labelled("记者：乾朗 刘邦羽  责编：许书婷");
        assert_eq!(c.len(), 3);
        assert!(c[1].1 && !c[2].1);
        assert_eq!(c[2].0.role.as_deref(), Some("责编"));
        let t = name_and_title("曼谷特约记者 江枫");
        assert_eq!(
            (t.name.as_str(), t.role.as_deref()),
            ("江枫", Some("曼谷特约记者"))
        );
        assert_eq!(names("KONEY BAI,KONEY BAI"), ["KONEY BAI"]);
        let authors = |t: &str| -> Vec<String> {
            labelled(&relabel(t))
                .into_iter()
                .filter(|c| c.1)
                .map(|c| c.0.name)
                .collect()
        };
        assert_eq!(
            authors("自由亚洲电台记者家傲华盛顿报道    责编：梒青"),
            ["家傲"]
        );
        assert_eq!(
            authors("自由亚洲电台记者夏小华 李宗翰 台北报道 责编 许书婷"),
            ["夏小华", "李宗翰"]
        );
        assert_eq!(authors("记者 陈妙玲   责编 胡力汉"), ["陈妙玲"]);
        assert_eq!(
            authors("记者：乾朗 刘邦羽  责编：许书婷"),
            ["乾朗", "刘邦羽"]
        );
        // No known place: the name cannot be told from the place.
        assert!(authors("本台记者某某某某地报道").is_empty());
        // DW's credit lines: names, then the sources in brackets.
        assert_eq!(credited_names("雨涵/任琛（法新社）"), Some("雨涵/任琛"));
        assert_eq!(
            credited_names(" Phoebe Kong/杨威廉 (综合报导) "),
            Some("Phoebe Kong/杨威廉")
        );
        assert_eq!(authors("苗子／洪沙（综合报道）"), ["苗子", "洪沙"]);
        assert_eq!(credited_names("（路透社等）"), None);
        assert_eq!(credited_names("他说，这是真的（音）"), None);
        assert_eq!(credited_names("德国总理默克尔（Angela Merkel）"), None);
        // A translator written in Latin letters is one person.
        let c = labelled("翻译：Cindy Hao");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].0.name, "Cindy Hao");
        let names =
            |t: &str| -> Vec<String> { labelled(t).into_iter().map(|c| c.0.name).collect() };
        assert_eq!(names("翻译：Jane Doe、王五"), ["Jane Doe", "王五"]);
        assert_eq!(names("翻译：Jane Doe 王五"), ["Jane Doe", "王五"]);
        assert_eq!(names("记者：甲乙 丙丁"), ["甲乙", "丙丁"]);
        assert_eq!(authors("记者一冰 责编：申铧 网编：郭度"), ["一冰"]);
        assert_eq!(authors("作者丨甲乙丙，编辑丨丁戊"), ["甲乙丙"]);
        assert_eq!(authors("文/某某·某某"), ["某某·某某"]);
        assert_eq!(authors("文丨甲 乙"), ["甲乙"]);
        // `文/` inside a word is no label.
        assert!(authors("中文/英文对照").is_empty());
        // A word that only starts with 记者 is no name.
        assert!(authors("记者招待会上 责编：乙").is_empty());
        let c = labelled("翻译和编辑：RFI 法广电台 尼古拉");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].0.name, "尼古拉");
        let c = labelled("翻译编辑：RFI法广电台 尼古拉");
        assert_eq!(c.len(), 1);
        assert_eq!(c[0].0.role.as_deref(), Some("翻译编辑"));
    }
}
