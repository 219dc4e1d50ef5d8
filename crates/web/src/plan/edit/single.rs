//! The sections of one answer: placement (I) and personal budget (J).

use tandem_domain::plan::{NamedPlacement, PersonalBudget, Plan};

use super::fields::{EditField, EditRow, FormValues, Problem};

pub fn placement_rows(plan: &Plan) -> Vec<EditRow> {
    vec![EditRow {
        index: 0,
        legend: "The school, college or setting".into(),
        fields: vec![
            EditField::new(0, "name", "text", "Name", plan.placement.name.clone())
                .hint("Leave blank in a draft: the final plan names it after the family's preference and the school's reply"),
            EditField::new(0, "kind", "text", "Type of setting", plan.placement.kind.clone())
                .hint("For example, mainstream primary school"),
        ],
    }]
}

pub fn apply_placement(plan: &mut Plan, form: &FormValues) -> Result<(), Vec<Problem>> {
    let name = form.field(0, "name").to_owned();
    let school_id = plan
        .placement
        .school_id
        .filter(|_| name == plan.placement.name);
    plan.placement = NamedPlacement {
        school_id,
        name,
        kind: form.field(0, "kind").to_owned(),
    };
    Ok(())
}

pub fn budget_rows(plan: &Plan) -> Vec<EditRow> {
    let mut requested = EditField::new(
        0,
        "requested",
        "checkbox",
        "The family has asked for a personal budget",
        "yes".into(),
    );
    requested.checked = plan.personal_budget.requested;
    vec![EditRow {
        index: 0,
        legend: "Personal budget".into(),
        fields: vec![
            requested,
            EditField::new(
                0,
                "details",
                "textarea",
                "What it pays for and how it is paid",
                plan.personal_budget.details.clone(),
            ),
        ],
    }]
}

pub fn apply_budget(plan: &mut Plan, form: &FormValues) -> Result<(), Vec<Problem>> {
    let requested = !form.field(0, "requested").is_empty();
    let details = form.field(0, "details").to_owned();
    if requested && details.is_empty() {
        return Err(vec![Problem::new(
            "r0-details".into(),
            "Enter what the personal budget pays for and how it is paid",
        )]);
    }
    plan.personal_budget = PersonalBudget { requested, details };
    Ok(())
}
