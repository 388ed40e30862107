//! The crate keeps html5ever's tree in its own arena rather than in a
//! `markup5ever_rcdom::RcDom` (see `src/tree.rs`). These tests check that the
//! arena holds exactly the tree RcDom would: every node, attribute and text
//! run, in order, template contents included.

mod common;

use article_dump::{Options, Reader};

fn assert_same_tree(html: &str, what: &str) {
    match article_dump::__compare_tree_with_rcdom(html) {
        Ok(true) => {}
        Ok(false) => panic!("{what}: a parser limit was hit; nothing compared"),
        Err(diff) => panic!("{what}: {diff}"),
    }
}

#[test]
fn every_corpus_body_gives_the_rcdom_tree() {
    let files = common::corpus_files();
    let mut compared = 0;
    for (path, text) in &files {
        let options = Options::new().extract(false);
        for article in Reader::with_options(text.as_bytes(), options) {
            let article = article.expect("corpus articles parse");
            let body = article.raw_body().expect("raw body is kept by default");
            assert_same_tree(body, &path.display().to_string());
            compared += 1;
        }
    }
    if !files.is_empty() {
        assert_eq!(compared, files.len());
    }
}

#[test]
fn the_tree_builders_hard_cases_give_the_rcdom_tree() {
    let cases = [
        // Adoption agency: misnested formatting, clones and reparenting.
        "<p>1<b>2<i>3</b>4</i>5</p>",
        "<a href=x>1<p>2</a>3</p>",
        "<b><b><b><b>x</b></b></b></b><p>y",
        "<div><b>a<div>b</b>c</div>d",
        // Foster parenting out of tables, text included.
        "<table>x<tr>y<td>z</td></tr>w</table>",
        "<table><b>bold<tr><td>cell</td></tr></b>after</table>",
        // Templates have a content fragment of their own.
        "<template><p>in</p><template>deep</template></template>out",
        "<table><template><tr><td>t</td></tr></template></table>",
        // Head and body attributes merged from later tags.
        "<html a=1><body b=2><p>x<html c=3 a=9><body d=4 b=8>",
        // Foreign content, integration points, CDATA.
        "<svg><foreignObject><p>x</p></foreignObject><desc><b>y</b></desc></svg>",
        "<math><annotation-xml encoding='text/html'><p>z</p></annotation-xml></math>",
        "<svg><![CDATA[a<b]]></svg>",
        // Text joined across removed and inserted nodes.
        "a<!--c-->b<script>s</script>c&amp;d&#x4e2d;&nbsp;e",
        "<select><option>1<option selected>2<selectedcontent></selectedcontent></select>",
        "<frameset><frame></frameset>x",
        "<!DOCTYPE html><title>t</title><noscript><img src=a></noscript>",
        "<ul><li>1<li>2<ol><li>3</ul>4",
        "<p><form><input></form></p><form id=f><table><tr><td><input form=f>",
        "\u{feff}<p>bom</p>\u{feff}",
        "",
    ];
    for html in cases {
        assert_same_tree(html, html);
    }
}
