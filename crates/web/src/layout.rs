//! What the GOV.UK base layout needs on every page.

use tandem_domain::role::Role;

pub const SERVICE_NAME: &str = "EHC needs assessment";

pub struct NavItem {
    pub href: &'static str,
    pub label: &'static str,
}

pub struct Layout {
    pub service_name: &'static str,
    pub authority_name: Option<String>,
    pub person_name: Option<String>,
    pub csrf_token: String,
    /// For the one inline script; everything else is served from /assets.
    pub nonce: String,
    pub lang: &'static str,
    pub dir: &'static str,
    pub nav: Vec<NavItem>,
}

impl Layout {
    /// A page with nobody signed in, or where nothing more is known.
    pub fn bare() -> Layout {
        Layout {
            service_name: SERVICE_NAME,
            authority_name: None,
            person_name: None,
            csrf_token: String::new(),
            nonce: String::new(),
            lang: "en",
            dir: "ltr",
            nav: Vec::new(),
        }
    }

    pub fn nav_for(role: Role) -> Vec<NavItem> {
        let mut nav = Vec::new();
        if role != Role::AuthorityAdmin {
            let label = if role.is_family() {
                "Your cases"
            } else {
                "Cases"
            };
            nav.push(NavItem {
                href: "/cases",
                label,
            });
        }
        if role == Role::Coordinator {
            nav.push(NavItem {
                href: "/cases?mine=1",
                label: "My caseload",
            });
        }
        if matches!(
            role,
            Role::BusinessSupport | Role::Coordinator | Role::Manager
        ) {
            nav.push(NavItem {
                href: "/queues/inbox",
                label: "New requests",
            });
        }
        if role == Role::Manager {
            nav.push(NavItem {
                href: "/queues/team",
                label: "Team",
            });
        }
        if role == Role::AuthorityAdmin {
            nav.push(NavItem {
                href: "/admin/people",
                label: "People",
            });
            nav.push(NavItem {
                href: "/admin/audit",
                label: "Audit log",
            });
        }
        nav.push(NavItem {
            href: "/account/password",
            label: "Your password",
        });
        nav
    }
}
