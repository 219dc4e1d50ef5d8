//! `/`: sends each person to where their work is.

use axum::response::Redirect;
use tandem_domain::role::Role;

use crate::auth::session::Visitor;

pub async fn home(visitor: Visitor) -> Redirect {
    match visitor {
        Visitor::SignedIn(s) if s.person.role == Role::AuthorityAdmin => {
            Redirect::to("/admin/audit")
        }
        Visitor::SignedIn(_) => Redirect::to("/cases"),
        Visitor::AwaitingCode(_) => Redirect::to("/sign-in/code"),
        Visitor::Anonymous { .. } => Redirect::to("/sign-in"),
    }
}
