//! Editing one section of a plan in a GOV.UK form that works without
//! JavaScript: each item of a list is a row of fields, two blank rows add
//! items, and clearing a row's fields removes it. `rows` draws the form
//! from a plan; `apply` reads a sent form back into the plan, or says what
//! is wrong with which field.

mod fields;
mod lists;
mod single;

pub use fields::{clean, EditField, EditRow, FormValues, Problem};

use tandem_domain::plan::{Plan, Section};

/// Blank rows offered under a list, to add items without JavaScript.
pub const BLANK_ROWS: usize = 2;

/// The rows of the form for `section` of `plan`.
pub fn rows(section: Section, plan: &Plan) -> Vec<EditRow> {
    match section {
        Section::A => lists::views_rows(plan),
        Section::B => lists::needs_rows(&plan.needs, true),
        Section::C => lists::needs_rows(&plan.health_needs, false),
        Section::D => lists::needs_rows(&plan.social_care_needs, false),
        Section::E => lists::outcome_rows(plan),
        Section::F => lists::provision_rows(&plan.provision),
        Section::G => lists::provision_rows(&plan.health_provision),
        Section::H1 => lists::provision_rows(&plan.social_care_provision_h1),
        Section::H2 => lists::provision_rows(&plan.social_care_provision_h2),
        Section::I => single::placement_rows(plan),
        Section::J => single::budget_rows(plan),
        Section::K => lists::advice_rows(plan),
    }
}

/// The rows again as they were sent, with each problem beside its field.
pub fn rows_as_sent(
    section: Section,
    plan: &Plan,
    form: &FormValues,
    problems: &[Problem],
) -> Vec<EditRow> {
    let mut rows = rows(section, plan);
    // Enough rows for everything that was sent, so nothing typed is lost.
    let sent_rows = form.row_count();
    while rows.len() < sent_rows {
        let Some(last) = rows.last() else { break };
        let mut blank = last.clone();
        blank.index = rows.len();
        for field in &mut blank.fields {
            field.value.clear();
            field.checked = false;
        }
        rows.push(blank.renamed());
    }
    for row in &mut rows {
        for field in &mut row.fields {
            match field.kind {
                "checkbox" => field.checked = !form.get(&field.name).is_empty(),
                _ => field.value = form.get(&field.name).to_owned(),
            }
            field.error = Problem::message_for(problems, &field.name);
        }
    }
    rows
}

/// Reads the form for `section` into `plan`.
pub fn apply(section: Section, plan: &mut Plan, form: &FormValues) -> Result<(), Vec<Problem>> {
    form.check_lengths()?;
    match section {
        Section::A => lists::apply_views(plan, form),
        Section::B | Section::C | Section::D => lists::apply_needs(section, plan, form),
        Section::E => lists::apply_outcomes(plan, form),
        Section::F | Section::G | Section::H1 | Section::H2 => {
            lists::apply_provision(section, plan, form)
        }
        Section::I => single::apply_placement(plan, form),
        Section::J => single::apply_budget(plan, form),
        Section::K => lists::apply_advice(plan, form),
    }
}

#[cfg(test)]
mod tests;
