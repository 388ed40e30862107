//! The attributes the rules ask about, read once per element.

use crate::html::Node;

/// The attributes the extraction rules ask about, read in one pass over an
/// element's attributes (the rules used to scan them once per question).
#[derive(Default, Clone, Copy)]
pub(crate) struct Attrs<'a> {
    /// The element has attributes at all.
    pub any: bool,
    pub class: Option<&'a str>,
    pub id: Option<&'a str>,
    pub role: Option<&'a str>,
    pub href: Option<&'a str>,
    pub aria_hidden: Option<&'a str>,
    pub aria_labelledby: Option<&'a str>,
    pub data_e2e: Option<&'a str>,
    pub data_testid: Option<&'a str>,
    /// `data-a2a-url` (AddToAny's share container).
    pub data_a2a_url: bool,
    /// An attribute name that marks ads and promotions
    /// (`generic::is_boilerplate_attr`).
    pub boilerplate_name: bool,
}

impl<'a> Attrs<'a> {
    /// Reads the attributes of `n` in one pass; `is_boilerplate_attr` says
    /// which names mark boilerplate (the rules' list, passed in so that
    /// this reader knows no vocabulary).
    pub(crate) fn of(n: &Node<'a>, is_boilerplate_attr: fn(&str) -> bool) -> Attrs<'a> {
        let mut out = Attrs::default();
        for a in n.attrs() {
            out.any = true;
            let value = Some(&*a.value);
            match &*a.name.local {
                "class" => out.class = value,
                "id" => out.id = value,
                "role" => out.role = value,
                "href" => out.href = value,
                "aria-hidden" => out.aria_hidden = value,
                "aria-labelledby" => out.aria_labelledby = value,
                "data-e2e" => out.data_e2e = value,
                "data-testid" => out.data_testid = value,
                name => {
                    if name == "data-a2a-url" {
                        out.data_a2a_url = true;
                    }
                    if is_boilerplate_attr(name) {
                        out.boilerplate_name = true;
                    }
                }
            }
        }
        out
    }

    /// Whether the class list holds `class`.
    pub(crate) fn has_class(&self, class: &str) -> bool {
        self.class
            .is_some_and(|v| v.split_ascii_whitespace().any(|c| c == class))
    }
}
