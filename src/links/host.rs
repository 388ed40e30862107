//! The one host matcher: is a host a domain or one of its subdomains?

/// Whether `host` is `domain` or one of its subdomains (`www.bbc.com` and
/// `bbc.com` are on `bbc.com`; `notbbc.com` is not). Both in lower case.
pub(crate) fn on(host: &str, domain: &str) -> bool {
    host.strip_suffix(domain)
        .is_some_and(|rest| rest.is_empty() || rest.ends_with('.'))
}

#[cfg(test)]
mod tests {
    use super::on;

    #[test]
    fn subdomains_match_and_lookalikes_do_not() {
        assert!(on("bbc.com", "bbc.com"));
        assert!(on("www.bbc.com", "bbc.com"));
        assert!(!on("notbbc.com", "bbc.com"));
        assert!(!on("bbc.com.evil", "bbc.com"));
    }
}
