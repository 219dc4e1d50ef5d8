//! The roles of the people who use Tandem (DESIGN §1).

use serde::{Deserialize, Serialize};

/// What a person does in Tandem. One person has one role in one authority.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Parent,
    YoungPerson,
    School,
    Specialist,
    BusinessSupport,
    Coordinator,
    PanelMember,
    Manager,
    Finance,
    Supporter,
    AuthorityAdmin,
}

impl Role {
    pub const ALL: [Role; 11] = [
        Role::Parent,
        Role::YoungPerson,
        Role::School,
        Role::Specialist,
        Role::BusinessSupport,
        Role::Coordinator,
        Role::PanelMember,
        Role::Manager,
        Role::Finance,
        Role::Supporter,
        Role::AuthorityAdmin,
    ];

    /// The name stored in the database and used in the API.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Parent => "parent",
            Role::YoungPerson => "young_person",
            Role::School => "school",
            Role::Specialist => "specialist",
            Role::BusinessSupport => "business_support",
            Role::Coordinator => "coordinator",
            Role::PanelMember => "panel_member",
            Role::Manager => "manager",
            Role::Finance => "finance",
            Role::Supporter => "supporter",
            Role::AuthorityAdmin => "authority_admin",
        }
    }

    /// The name a person reads on a page.
    pub fn label(self) -> &'static str {
        match self {
            Role::Parent => "Parent or carer",
            Role::YoungPerson => "Young person",
            Role::School => "School or setting",
            Role::Specialist => "Specialist adviser",
            Role::BusinessSupport => "Business support",
            Role::Coordinator => "Coordinator",
            Role::PanelMember => "Panel member",
            Role::Manager => "Manager",
            Role::Finance => "Finance",
            Role::Supporter => "Supporter",
            Role::AuthorityAdmin => "Authority administrator",
        }
    }

    /// Staff work for the authority; they sign in with a second factor and
    /// their sessions end after 30 idle minutes.
    pub fn is_staff(self) -> bool {
        matches!(
            self,
            Role::BusinessSupport
                | Role::Coordinator
                | Role::PanelMember
                | Role::Manager
                | Role::Finance
                | Role::AuthorityAdmin
        )
    }

    /// Families and the people helping them see plain-English pages.
    pub fn is_family(self) -> bool {
        matches!(self, Role::Parent | Role::YoungPerson | Role::Supporter)
    }
}

impl std::str::FromStr for Role {
    type Err = UnknownRole;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == s)
            .ok_or_else(|| UnknownRole(s.to_owned()))
    }
}

#[derive(Debug, thiserror::Error)]
#[error("there is no role called {0:?}")]
pub struct UnknownRole(pub String);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_role_round_trips_through_its_stored_name() {
        for role in Role::ALL {
            assert_eq!(role.as_str().parse::<Role>().unwrap(), role);
        }
        assert!("wizard".parse::<Role>().is_err());
    }
}
