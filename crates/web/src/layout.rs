//! What the GOV.UK base layout needs on every page.

use tandem_domain::role::Role;

use crate::auth::session::SignedIn;
use crate::i18n::Tr;

pub const SERVICE_NAME: &str = "EHC needs assessment";

pub struct NavItem {
    pub href: &'static str,
    pub label: String,
}

/// The words around every page: English for staff, the family's language
/// on family pages.
pub struct Chrome {
    pub skip_link: String,
    pub phase: String,
    pub phase_text: String,
    pub accessibility: String,
    pub privacy: String,
    pub run_by: String,
    pub sign_out: String,
    pub switcher_label: String,
    /// Other languages this page can be read in: (tag, own name).
    pub switcher: Vec<(&'static str, &'static str)>,
}

impl Chrome {
    pub fn english() -> Chrome {
        Chrome {
            skip_link: "Skip to main content".into(),
            phase: "Beta".into(),
            phase_text:
                "This is a new service. Your coordinator can help if something does not work."
                    .into(),
            accessibility: "Accessibility statement".into(),
            privacy: "Privacy notice".into(),
            run_by: "Tandem is run for your local council. Built with the GOV.UK Design System."
                .into(),
            sign_out: "Sign out".into(),
            switcher_label: String::new(),
            switcher: Vec::new(),
        }
    }

    pub fn family(tr: &Tr) -> Chrome {
        Chrome {
            skip_link: tr.t("skip-link"),
            phase: tr.t("phase-beta"),
            phase_text: tr.t("phase-text"),
            accessibility: tr.t("footer-accessibility"),
            privacy: tr.t("footer-privacy"),
            run_by: tr.t("footer-run-by"),
            sign_out: tr.t("sign-out"),
            switcher_label: tr.t("language-switcher"),
            switcher: tr.others(),
        }
    }
}

pub struct Layout {
    pub service_name: String,
    pub authority_name: Option<String>,
    pub person_name: Option<String>,
    pub csrf_token: String,
    /// For the one inline script; everything else is served from /assets.
    pub nonce: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub nav: Vec<NavItem>,
    pub chrome: Chrome,
}

impl Layout {
    /// A page with nobody signed in, or where nothing more is known.
    pub fn bare() -> Layout {
        Layout {
            service_name: SERVICE_NAME.to_owned(),
            authority_name: None,
            person_name: None,
            csrf_token: String::new(),
            nonce: String::new(),
            lang: "en",
            dir: "ltr",
            nav: Vec::new(),
            chrome: Chrome::english(),
        }
    }

    /// A family page in the family's language, signed in or not.
    pub fn family(tr: &Tr, who: Option<&SignedIn>, nonce: &str, csrf_token: &str) -> Layout {
        let nav = match who {
            Some(w) if w.person.role.is_family() => vec![
                NavItem {
                    href: "/cases",
                    label: tr.t("nav-your-cases"),
                },
                NavItem {
                    href: "/apply",
                    label: tr.t("nav-apply"),
                },
                NavItem {
                    href: "/account/contact",
                    label: tr.t("nav-contact"),
                },
                NavItem {
                    href: "/account/password",
                    label: tr.t("nav-password"),
                },
            ],
            Some(w) => Layout::nav_for(w.person.role),
            None => Vec::new(),
        };
        Layout {
            service_name: tr.t("service-name"),
            authority_name: who.map(|w| w.authority.name.clone()),
            person_name: who.map(|w| w.person.name.clone()),
            csrf_token: csrf_token.to_owned(),
            nonce: nonce.to_owned(),
            lang: tr.tag(),
            dir: tr.dir(),
            nav,
            chrome: Chrome::family(tr),
        }
    }

    pub fn nav_for(role: Role) -> Vec<NavItem> {
        let mut nav = Vec::new();
        if role != Role::AuthorityAdmin {
            let label = if role.is_family() {
                "Your cases".to_owned()
            } else {
                "Cases".to_owned()
            };
            nav.push(NavItem {
                href: "/cases",
                label,
            });
        }
        if role == Role::Coordinator {
            nav.push(NavItem {
                href: "/cases?mine=1",
                label: "My caseload".into(),
            });
        }
        if matches!(
            role,
            Role::BusinessSupport | Role::Coordinator | Role::Manager
        ) {
            nav.push(NavItem {
                href: "/queues/inbox",
                label: "New requests".into(),
            });
        }
        if role == Role::Manager {
            nav.push(NavItem {
                href: "/queues/team",
                label: "Team".into(),
            });
        }
        if matches!(
            role,
            Role::Coordinator | Role::PanelMember | Role::Manager | Role::Finance
        ) {
            nav.push(NavItem {
                href: "/reports/plan-funding",
                label: "Plan funding".into(),
            });
            nav.push(NavItem {
                href: "/reports/engine",
                label: "Engine suggestions".into(),
            });
        }
        if role == Role::AuthorityAdmin {
            nav.push(NavItem {
                href: "/admin/people",
                label: "People".into(),
            });
            nav.push(NavItem {
                href: "/admin/audit",
                label: "Audit log".into(),
            });
        }
        nav.push(NavItem {
            href: "/account/password",
            label: "Your password".into(),
        });
        nav
    }
}
