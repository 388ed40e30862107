//! Body extraction: from an article's HTML to [`Content`].
//!
//! One iterative walk visits the tree in reading order. Each element is
//! classified by the site's rules (`rules.rs`: one type per site beside a
//! generic fallback); each finished paragraph is judged by them too. What
//! each site does and what the extraction makes of it (checked against the
//! dev corpus):
//!
//! | site | dateline | byline | lead | images, captions, credits |
//! |---|---|---|---|---|
//! | RFI | first `<div>dd/mm/yyyy - hh:mm</div>` → `local` (Paris wall time, zone not given) | `<div><span>作者：</span><a>title name</a></div>`: the title (`曼谷特约记者`) goes to the role | first all-`<strong>` `<p>` before any text | hero `<img>` (2020–21 sometimes the default `RFI_FB.png` card: flagged `placeholder`); `<figure><figcaption>` captions; `t-copyright` lines dropped |
//! | BBC | `<time dateTime>`: the attribute wins, the text is kept as written | `<ul role="list">` without links and of short items without sentence punctuation (2020 article lists also carry `role="list"`): names, titles (`BBC中文记者`) as roles | first all-`<b>` `<p>` | weserv proxy unwrapped, `srcSet`/`<picture>`/`<noscript>` copies merged; credit `<p role="text">` minus `图像来源，`; caption `data-testid="caption-paragraph"` or (2020–22) a `<p>` in the figure's next `<div>` |
//! | DW | `<div><i>[name]<br>ISO time</i></div>` → `datetime`; the name before the `<br>` is the author (`null` dropped) | same `<i>` | none marked | `<img>` then `<div><small>` caption; no credits |
//! | VOA | `<div><i>RFC 2822</i></div>` | none in the body | none marked | as DW; a bare `澳门 —` place line is joined to the next paragraph; a `<video poster=…>` in place of the hero photo gives an image (the poster, which takes the `<small>` caption after the video) followed by the video's embed |
//! | NYT | to 2021 `<div><i>NAMES<br>time</i></div>` (local time); later `<time datetime>` | `<i>` names (deduplicated) or `<address>`; `翻译：` is a role | none marked | `<figure><figcaption>caption <cite>credit</cite>`; mirror `<small>` captions; subscription and follow-us lines dropped |
//! | Reuters | `<div><i>ISO</i></div>` | none in the body | none marked | mirror captions; a trailing `REUTERS/…` becomes the credit; `**…**` paragraphs are headings; `(完)` removed |
//! | FT | none in the body | columnists' names at the head of the standfirst (`何越：…`, `陈歆磊、史颖波：…`: names of 2–4 Han characters joined by `、`, then `：`) are the authors and are cut off the lead; `译者/` lines → role 译者 (not an author) | `div.story-lead`, or (late 2021) the classless `<div>` after an empty `<div>`; without the leading names | thumbor proxy unwrapped to the stored picture; app promotion and ad `<div>`s dropped |
//! | RFA | none in the body: taken from the URL (`…-04242024050127.html`, month day year hour minute second) as `local` time and `date`, the text being those 14 digits; only when the body has no dateline | last `<p>`: `记者：… 责编：… 网编：…`, also without colons (`记者 甲 责编 乙`) and as `自由亚洲电台记者甲华盛顿报道 …` (the place, from a list of bureaus, is cut off; with no known place a single word is a name only if at most 3 characters); editors kept as roles | none marked | `.image-caption` captions with `.copyright` credits; zoom icons dropped; link lists → `related` |
//! | CDT | the `档案卡` card's `发表日期：` | the card's `作者：` | none marked | lazy `data-lazy-src` + `<noscript>` copy merged; `wp-caption-text`, or a short `<div class="ts">`/styled `<span>` right after the image's `<p>`, is the caption, a trailing `图源：…` in it the credit; addtoany bar → `share_hrefs` |
//!
//! Everywhere: the feed mirror's `获取更多RSS` footer and `<hr>`, share
//! intents (`share_hrefs`), ads (also attributes glued to the tag name),
//! self-promotion, podcast promotions and media-player fallbacks are dropped;
//! bold-only short `<p>`s and `<h1>`–`<h6>` are headings; `<br>` is `\n`
//! and two in a row end the paragraph; paragraphs without a letter, digit
//! or Han character (`——————`, a stray `.`) are dropped; a short labelled
//! credit line in brackets (`（翻译编辑：RFI法广电台 尼古拉）`) is a byline,
//! an outlet beside the name (`…电台`) not being a person; inside a caption,
//! a `<span>` starting with `©` is the credit (RFI 2022's figcaptions).
//!
//! Where `FORMAT.md` is wrong or incomplete: DW's time `<i>` can hold the
//! author before the `<br>` (or the word `null`); DW and NYT galleries,
//! not only DW, lack `<p>`; FT's late-2021 layout keeps the lead as a bare
//! `<div>` after an empty one, and its standfirst often opens with the
//! columnist's name (`何越：…`) rather than `作者：`; RFI 2020–21 use the
//! default social card as the hero image and an `<a>`-wrapped `<figure>`
//! (link cards to French articles) whose `<source>` has glued attributes;
//! CDT puts its byline and date in a `su-spoiler` card; RFA's
//! `记者：` also opens interview questions, and its closing byline also
//! comes without colons or as `自由亚洲电台记者…报道`; VOA's `<video>` has a
//! `<small>` caption after it like an image.
//!
//! `<img>`s left out of [`Content::images`] are those with only a `data:`
//! placeholder address, user-interface icons (RFA zoom) and images inside
//! dropped boilerplate (BBC media-player posters and podcast covers).

mod byline;
mod context;
mod image;
mod model;
mod rules;
mod text;
mod walk;

use url::Url;

use crate::html::{self, Document};
use crate::site::Site;
use crate::ShareLink;

pub use image::{Image, SrcsetCandidate};
pub use model::{Block, Content, Contributor, Dateline, EmbedKind, Link};

impl Content {
    /// Extracts the content of an article's HTML body; the site's rules are
    /// chosen from `url`, which also resolves relative addresses.
    ///
    /// Never fails: what cannot be read is left out.
    pub fn from_html(html: &str, url: &Url) -> Content {
        extract(&html::parse(html), url, &Site::from_url(url))
    }
}

/// Extracts the content of a parsed body with the rules of `site`.
pub(crate) fn extract(doc: &Document, url: &Url, site: &Site) -> Content {
    let rules = rules::for_site(site);
    let mut content = walk::Walker::new(rules, url).run(&doc.root());
    if content.dateline.is_none() {
        content.dateline = rules.url_dateline(url);
    }
    rules.page_data(&doc.root(), url, &mut content);
    content.share_links = std::mem::take(&mut content.share_hrefs)
        .iter()
        .map(|href| {
            let mut link = ShareLink::parse_or_other(href);
            link.mark_article(url);
            link
        })
        .collect();
    content
}
