//! Which outlet an article comes from.

use std::fmt;

/// The news site an article was mirrored from, known from its URL's host.
///
/// ```
/// use article_dump::Site;
/// let url = url::Url::parse("https://cn.nytimes.com/china/20200810/").unwrap();
/// assert_eq!(Site::from_url(&url), Site::Nyt);
/// assert_eq!(Site::from_host("www.zaobao.com"), Site::Other("www.zaobao.com".into()));
/// assert_eq!(Site::Bbc.name(), "bbc");
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Site {
    /// Radio France Internationale, Chinese service (`rfi.fr`).
    Rfi,
    /// BBC News 中文 (`bbc.com`, `bbc.co.uk`).
    Bbc,
    /// Deutsche Welle, Chinese (`dw.com`).
    Dw,
    /// Voice of America, Chinese (`voachinese.com`, `voanews.com`).
    Voa,
    /// The New York Times Chinese (`cn.nytimes.com`, `nytimes.com/zh-hans`).
    Nyt,
    /// Reuters Chinese (`reuters.com`, `cn.reuters.com`).
    Reuters,
    /// Financial Times Chinese (`cn.ft.com`, `ftchinese.com`).
    Ft,
    /// Radio Free Asia, Mandarin (`rfa.org`).
    Rfa,
    /// China Digital Times (`chinadigitaltimes.net`).
    Cdt,
    /// Any other site: its host in lower case (empty when the URL has none).
    Other(String),
}

/// Registrable domains of each known site; a host matches a domain when it
/// is the domain or a subdomain of it.
const DOMAINS: &[(&str, Site)] = &[
    ("rfi.fr", Site::Rfi),
    ("rfi.my", Site::Rfi),
    ("bbc.com", Site::Bbc),
    ("bbc.co.uk", Site::Bbc),
    ("bbci.co.uk", Site::Bbc),
    ("dw.com", Site::Dw),
    ("dw.de", Site::Dw),
    ("voachinese.com", Site::Voa),
    ("voanews.com", Site::Voa),
    ("voacantonese.com", Site::Voa),
    ("nytimes.com", Site::Nyt),
    ("nytstyle.com", Site::Nyt),
    ("reuters.com", Site::Reuters),
    ("ft.com", Site::Ft),
    ("ftchinese.com", Site::Ft),
    ("rfa.org", Site::Rfa),
    ("chinadigitaltimes.net", Site::Cdt),
];

impl Site {
    /// The site of a URL, from its host.
    pub fn from_url(url: &url::Url) -> Site {
        Site::from_host(url.host_str().unwrap_or(""))
    }

    /// The site of a host name (any case, with or without `www.` or a
    /// trailing dot).
    pub fn from_host(host: &str) -> Site {
        let host = host.trim_end_matches('.').to_ascii_lowercase();
        for (domain, site) in DOMAINS {
            if crate::links::host_on(&host, domain) {
                return site.clone();
            }
        }
        Site::Other(host)
    }

    /// The short lower-case name used in JSON: `rfi`, `bbc`, … or the host.
    pub fn name(&self) -> &str {
        match self {
            Site::Rfi => "rfi",
            Site::Bbc => "bbc",
            Site::Dw => "dw",
            Site::Voa => "voa",
            Site::Nyt => "nyt",
            Site::Reuters => "reuters",
            Site::Ft => "ft",
            Site::Rfa => "rfa",
            Site::Cdt => "cdt",
            Site::Other(host) => host,
        }
    }

    /// The site with this [`name`](Site::name); any other text is taken as a host.
    pub fn from_name(name: &str) -> Site {
        match name {
            "rfi" => Site::Rfi,
            "bbc" => Site::Bbc,
            "dw" => Site::Dw,
            "voa" => Site::Voa,
            "nyt" => Site::Nyt,
            "reuters" => Site::Reuters,
            "ft" => Site::Ft,
            "rfa" => Site::Rfa,
            "cdt" => Site::Cdt,
            host => Site::from_host(host),
        }
    }

    /// The nine sites of the archive, in a fixed order.
    pub const KNOWN: [Site; 9] = [
        Site::Rfi,
        Site::Bbc,
        Site::Dw,
        Site::Voa,
        Site::Nyt,
        Site::Reuters,
        Site::Ft,
        Site::Rfa,
        Site::Cdt,
    ];
}

impl fmt::Display for Site {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for Site {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.name())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for Site {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let name = String::deserialize(d)?;
        Ok(Site::from_name(&name))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hosts() {
        assert_eq!(Site::from_host("WWW.BBC.CO.UK."), Site::Bbc);
        assert_eq!(Site::from_host("cn.ft.com"), Site::Ft);
        assert_eq!(Site::from_host("www.ftchinese.com"), Site::Ft);
        assert_eq!(
            Site::from_host("notbbc.com"),
            Site::Other("notbbc.com".into())
        );
        assert_eq!(
            Site::from_host("microsoft.com"),
            Site::Other("microsoft.com".into())
        );
        assert_eq!(Site::from_name("voa"), Site::Voa);
    }
}
