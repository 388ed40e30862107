//! `Article::diff` on the dev corpus: every article against itself, against
//! copies with edited, dropped and reordered paragraphs and a new title,
//! and against its neighbour in the corpus (mirror property).

mod common;

use article_dump::{Article, ArticleDiff, ParagraphEdit, Reader, TextEdit};
use common::{corpus_files, Rng};

/// Every article of the dev corpus.
fn corpus_articles() -> Vec<Article> {
    let mut articles = Vec::new();
    for (path, text) in corpus_files() {
        for article in Reader::new(text.as_bytes()) {
            match article {
                Ok(a) => articles.push(a),
                Err(e) => panic!("{}: {e}", path.display()),
            }
        }
    }
    articles
}

fn paragraphs(a: &Article) -> &[String] {
    a.content.as_ref().map_or(&[], |c| &c.paragraphs)
}

fn paragraphs_mut(a: &mut Article) -> &mut Vec<String> {
    &mut a.content.as_mut().expect("extracted").paragraphs
}

/// The text a run list spells on one side.
fn spelled(edits: &[TextEdit], new_side: bool) -> String {
    edits
        .iter()
        .filter_map(|e| match e {
            TextEdit::Equal(t) => Some(t.as_str()),
            TextEdit::Delete(t) if !new_side => Some(t.as_str()),
            TextEdit::Insert(t) if new_side => Some(t.as_str()),
            _ => None,
        })
        .collect()
}

/// The paragraph edits account for `old` becoming `new`: each edit's text
/// is at its index, no paragraph is touched twice, the untouched paragraphs
/// are the same on both sides, character edits spell both texts, and the
/// edits are in reading order.
fn assert_edits_explain(old: &[String], new: &[String], edits: &[ParagraphEdit]) {
    let mut old_touched = vec![false; old.len()];
    let mut new_touched = vec![false; new.len()];
    let touch = |touched: &mut Vec<bool>, i: usize| {
        assert!(!touched[i], "paragraph {i} edited twice: {edits:?}");
        touched[i] = true;
    };
    let mut last_place = 0;
    for edit in edits {
        match edit {
            ParagraphEdit::Removed {
                old_index,
                new_index,
                text,
            } => {
                assert_eq!(&old[*old_index], text);
                touch(&mut old_touched, *old_index);
                last_place = place(last_place, old_index + new_index);
            }
            ParagraphEdit::Added {
                old_index,
                new_index,
                text,
            } => {
                assert_eq!(&new[*new_index], text);
                touch(&mut new_touched, *new_index);
                last_place = place(last_place, old_index + new_index);
            }
            ParagraphEdit::Changed {
                old_index,
                new_index,
                from,
                to,
                edits,
            } => {
                assert_eq!(&old[*old_index], from);
                assert_eq!(&new[*new_index], to);
                assert_ne!(from, to);
                assert_eq!(&spelled(edits, false), from);
                assert_eq!(&spelled(edits, true), to);
                touch(&mut old_touched, *old_index);
                touch(&mut new_touched, *new_index);
                last_place = place(last_place, old_index + new_index);
            }
        }
    }
    let kept = |ps: &[String], touched: &[bool]| -> Vec<String> {
        ps.iter()
            .zip(touched)
            .filter(|(_, t)| !**t)
            .map(|(p, _)| p.clone())
            .collect()
    };
    assert_eq!(kept(old, &old_touched), kept(new, &new_touched));
}

fn place(last: usize, now: usize) -> usize {
    assert!(now >= last, "edits out of reading order");
    now
}

/// `diff(a, b)` and `diff(b, a)` mirror each other, and both explain the
/// paragraph change.
fn assert_mirror(a: &Article, b: &Article) -> ArticleDiff {
    let forward = Article::diff(a, b);
    let backward = Article::diff(b, a);
    assert_eq!(
        backward,
        forward.clone().reversed(),
        "diff(b, a) is not diff(a, b) mirrored"
    );
    assert_eq!(forward, backward.reversed());
    assert_edits_explain(paragraphs(a), paragraphs(b), &forward.paragraphs);
    forward
}

/// A paragraph of at least 10 characters that occurs once and whose
/// neighbours differ from it, so that where an edit lands is certain.
fn unique_paragraph(ps: &[String], from: usize) -> Option<usize> {
    (from..ps.len())
        .find(|&i| ps[i].chars().count() >= 10 && ps.iter().filter(|p| **p == ps[i]).count() == 1)
}

#[test]
fn every_article_against_itself_is_empty() {
    let articles = corpus_articles();
    for a in &articles {
        let diff = Article::diff(a, a);
        assert!(diff.is_empty(), "{}: {diff:?}", a.title());
        assert_eq!(diff, ArticleDiff::default());
        // A second reading of the same text too (nothing depends on identity).
        let again: Article = a.to_string().parse().expect("written back, read again");
        assert!(Article::diff(a, &again).is_empty(), "{}", a.title());
    }
}

#[test]
fn an_edited_paragraph_is_changed_in_place() {
    let mut tried = 0;
    for a in corpus_articles() {
        let Some(i) = unique_paragraph(paragraphs(&a), 0) else {
            continue;
        };
        let mut b = a.clone();
        let old_text = paragraphs(&a)[i].clone();
        // Cut the first two characters and add a note: still mostly the same text.
        let cut: String = old_text.chars().skip(2).collect();
        let new_text = format!("{cut}（更新）");
        paragraphs_mut(&mut b)[i] = new_text.clone();
        let diff = assert_mirror(&a, &b);
        assert_eq!(
            diff.paragraphs.len(),
            1,
            "{}: {:?}",
            a.title(),
            diff.paragraphs
        );
        match &diff.paragraphs[0] {
            ParagraphEdit::Changed {
                old_index,
                new_index,
                from,
                to,
                edits,
            } => {
                assert_eq!((*old_index, *new_index), (i, i));
                assert_eq!((from, to), (&old_text, &new_text));
                // Two characters cut, four added: the smallest edit.
                let count = |f: fn(&TextEdit) -> Option<&String>| -> usize {
                    edits.iter().filter_map(f).map(|t| t.chars().count()).sum()
                };
                let deleted = count(|e| match e {
                    TextEdit::Delete(t) => Some(t),
                    _ => None,
                });
                let inserted = count(|e| match e {
                    TextEdit::Insert(t) => Some(t),
                    _ => None,
                });
                assert_eq!((deleted, inserted), (2, 4), "{edits:?}");
            }
            other => panic!("{}: expected a changed paragraph, got {other:?}", a.title()),
        }
        let rest = ArticleDiff {
            paragraphs: Vec::new(),
            ..diff
        };
        assert!(rest.is_empty(), "only the paragraph changed: {rest:?}");
        tried += 1;
    }
    assert!(
        tried >= 100,
        "only {tried} articles had a paragraph to edit"
    );
}

#[test]
fn a_dropped_paragraph_is_removed() {
    let mut tried = 0;
    for a in corpus_articles() {
        let Some(i) = unique_paragraph(paragraphs(&a), 0) else {
            continue;
        };
        let mut b = a.clone();
        let dropped = paragraphs_mut(&mut b).remove(i);
        let diff = assert_mirror(&a, &b);
        assert_eq!(
            diff.paragraphs,
            [ParagraphEdit::Removed {
                old_index: i,
                new_index: i,
                text: dropped
            }],
            "{}",
            a.title()
        );
        tried += 1;
    }
    assert!(
        tried >= 100,
        "only {tried} articles had a paragraph to drop"
    );
}

#[test]
fn swapped_paragraphs_are_one_removed_and_added_again() {
    let mut tried = 0;
    for a in corpus_articles() {
        let ps = paragraphs(&a);
        let Some(i) = (0..ps.len().saturating_sub(1)).find(|&i| {
            unique_paragraph(ps, i) == Some(i) && unique_paragraph(ps, i + 1) == Some(i + 1)
        }) else {
            continue;
        };
        let mut b = a.clone();
        paragraphs_mut(&mut b).swap(i, i + 1);
        let diff = assert_mirror(&a, &b);
        let [first, second] = &diff.paragraphs[..] else {
            panic!(
                "{}: expected two edits, got {:?}",
                a.title(),
                diff.paragraphs
            );
        };
        let (removed, added) = match (first, second) {
            (ParagraphEdit::Removed { text: r, .. }, ParagraphEdit::Added { text: ad, .. })
            | (ParagraphEdit::Added { text: ad, .. }, ParagraphEdit::Removed { text: r, .. }) => {
                (r, ad)
            }
            _ => panic!("{}: {:?}", a.title(), diff.paragraphs),
        };
        assert_eq!(removed, added, "the same paragraph, moved");
        assert!(*removed == ps[i] || *removed == ps[i + 1]);
        tried += 1;
    }
    assert!(
        tried >= 80,
        "only {tried} articles had two paragraphs to swap"
    );
}

#[test]
fn a_retitled_copy_changes_the_title_only() {
    let articles = corpus_articles();
    for a in &articles {
        let mut b = a.clone();
        b.header.title = format!("【404重点】{}", a.title());
        // Written out and read back, as the next version in an archive would be.
        let b: Article = b.to_string().parse().expect("the retitled copy reads back");
        let diff = assert_mirror(a, &b);
        let title = diff.title.as_ref().expect("the title changed");
        assert_eq!(title.from, a.title());
        assert_eq!(title.to, format!("【404重点】{}", a.title()));
        let rest = ArticleDiff {
            title: None,
            ..diff
        };
        assert!(
            rest.is_empty(),
            "{}: only the title changed: {rest:?}",
            a.title()
        );
    }
}

#[test]
fn random_edits_are_explained_and_mirrored() {
    let mut rng = Rng(0x5eed_d1ff);
    let mut edited = 0;
    for a in corpus_articles() {
        if paragraphs(&a).is_empty() {
            continue;
        }
        let mut b = a.clone();
        let ps = paragraphs_mut(&mut b);
        for _ in 0..1 + rng.below(4) {
            let i = rng.below(ps.len().max(1) as u64) as usize;
            match rng.below(4) {
                0 if !ps.is_empty() => {
                    ps.remove(i);
                }
                1 => ps.insert(
                    i.min(ps.len()),
                    format!("新加的一段，第{}号。", rng.below(1000)),
                ),
                2 if !ps.is_empty() => {
                    let cut: String = ps[i]
                        .chars()
                        .rev()
                        .skip(1)
                        .collect::<Vec<_>>()
                        .into_iter()
                        .rev()
                        .collect();
                    ps[i] = format!("{cut}有改动");
                }
                _ if ps.len() > 1 => {
                    let j = rng.below(ps.len() as u64) as usize;
                    ps.swap(i, j);
                }
                _ => {}
            }
        }
        let diff = assert_mirror(&a, &b);
        assert_eq!(diff.paragraphs.is_empty(), paragraphs(&a) == paragraphs(&b));
        edited += 1;
    }
    assert!(edited >= 100);
}

#[test]
fn neighbouring_corpus_articles_mirror_each_other() {
    let articles = corpus_articles();
    let mut with_images = 0;
    for pair in articles.windows(2) {
        let diff = assert_mirror(&pair[0], &pair[1]);
        assert!(diff.title.is_some() || pair[0].title() == pair[1].title());
        with_images += usize::from(!diff.images.is_empty());
    }
    assert!(
        articles.len() < 2 || with_images > 10,
        "images compared in {with_images} pairs"
    );
}

#[cfg(feature = "serde")]
#[test]
fn the_change_set_serialises() {
    let articles = corpus_articles();
    let Some(a) = articles
        .iter()
        .find(|a| unique_paragraph(paragraphs(a), 0).is_some())
    else {
        return;
    };
    let mut b = a.clone();
    b.header.title = "新标题".into();
    let i = unique_paragraph(paragraphs(a), 0).unwrap();
    paragraphs_mut(&mut b).remove(i);
    let json = serde_json::to_value(Article::diff(a, &b)).unwrap();
    assert_eq!(json["title"]["to"], "新标题");
    assert_eq!(json["paragraphs"][0]["op"], "removed");
    assert_eq!(json["paragraphs"][0]["old_index"], i);
    assert!(
        json.get("images").is_none(),
        "unchanged parts are left out: {json}"
    );
    let back: ArticleDiff = serde_json::from_value(json).unwrap();
    assert_eq!(back, Article::diff(a, &b));
}
