//! The sections that are lists: views, needs, outcomes, provision, advice.
//! Items keep their numbers, so outcomes and provision that name them
//! still point at the same need; a new item takes the next free number.

use jiff::civil::Date;
use tandem_domain::clock::long_date;
use tandem_domain::plan::{
    AdviceGiven, Delivery, Need, NeedArea, Outcome, Plan, Provision, Section, Statement,
};

use super::fields::{EditField, EditRow, FormValues, Problem};
use super::BLANK_ROWS;

fn row(index: usize, existing: usize, what: &str, fields: Vec<EditField>) -> EditRow {
    let legend = if index < existing {
        format!("{what} {}", index + 1)
    } else {
        format!("New item {}", index + 1)
    };
    EditRow {
        index,
        legend,
        fields,
    }
}

fn hidden(index: usize, key: &str, value: String) -> EditField {
    EditField::new(index, key, "hidden", "", value)
}

/// Indexes of the rows sent: every row up to the highest one.
fn sent_rows(form: &FormValues) -> std::ops::Range<usize> {
    0..form.row_count()
}

fn blank(form: &FormValues, row: usize, keys: &[&str]) -> bool {
    keys.iter().all(|k| form.field(row, k).is_empty())
}

/// "1, 3 and 4" → [1, 3, 4].
pub(super) fn numbers(text: &str) -> Result<Vec<u32>, ()> {
    text.split(|c: char| c == ',' || c.is_whitespace() || c == ';')
        .filter(|p| !p.is_empty() && !p.eq_ignore_ascii_case("and"))
        .map(|p| p.parse::<u32>().map_err(|_| ()))
        .collect()
}

fn list(numbers: &[u32]) -> String {
    numbers
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// "31 7 2028", "31/07/2028" or "2028-07-31".
pub(super) fn date(text: &str) -> Option<Date> {
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let parts: Vec<i16> = text
        .split(|c: char| c == '/' || c == '.' || c.is_whitespace() || c == '-')
        .filter(|p| !p.is_empty())
        .map(|p| p.parse().ok())
        .collect::<Option<_>>()?;
    match parts[..] {
        [day, month, year] => {
            Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
        }
        _ => None,
    }
}

fn date_value(date: Option<Date>) -> String {
    date.map(|d| d.strftime("%-d %-m %Y").to_string())
        .unwrap_or_default()
}

/// An optional field read with `parse`: blank is `None`; a value that does
/// not read is a problem on its field.
fn optional<T>(
    form: &FormValues,
    row: usize,
    key: &str,
    parse: impl Fn(&str) -> Option<T>,
    message: &str,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let text = form.field(row, key);
    if text.is_empty() {
        return None;
    }
    let value = parse(text);
    if value.is_none() {
        problems.push(Problem::new(format!("r{row}-{key}"), message));
    }
    value
}

/// The item of `old` a row was (named by the number sent back in its
/// hidden field), and the number the row keeps: that item's, or else the
/// next free one.
fn carried<'a, T>(
    form: &FormValues,
    row: usize,
    old: &'a [T],
    number_of: impl Fn(&T) -> u32,
    next: &mut u32,
) -> (Option<&'a T>, u32) {
    let previous = form
        .field(row, "number")
        .parse::<u32>()
        .ok()
        .and_then(|n| old.iter().find(|o| number_of(o) == n));
    match previous {
        Some(p) => (Some(p), number_of(p)),
        None => {
            *next += 1;
            (None, *next)
        }
    }
}

pub fn views_rows(plan: &Plan) -> Vec<EditRow> {
    let existing = plan.views.len();
    (0..existing + BLANK_ROWS)
        .map(|i| {
            let text = plan.views.get(i).map(|v| v.text.clone()).unwrap_or_default();
            let mut field = EditField::new(i, "text", "textarea", "What the child or family say", text);
            if let Some(source) = plan.views.get(i).and_then(|v| v.source.as_ref()) {
                field = field.hint(&format!(
                    "From {}, sentence {}. Changing the words keeps the source only if they stay the same.",
                    source.document, source.sentence
                ));
            }
            row(i, existing, "Statement", vec![field])
        })
        .collect()
}

pub fn apply_views(plan: &mut Plan, form: &FormValues) -> Result<(), Vec<Problem>> {
    let old = std::mem::take(&mut plan.views);
    for i in sent_rows(form) {
        let text = form.field(i, "text");
        if text.is_empty() {
            continue;
        }
        let source = old
            .iter()
            .find(|v| v.text == text)
            .and_then(|v| v.source.clone());
        plan.views.push(Statement {
            text: text.to_owned(),
            source,
        });
    }
    Ok(())
}

fn area_slug(area: NeedArea) -> &'static str {
    match area {
        NeedArea::CommunicationAndInteraction => "communication",
        NeedArea::CognitionAndLearning => "cognition",
        NeedArea::SocialEmotionalMentalHealth => "semh",
        NeedArea::SensoryPhysical => "sensory",
    }
}

pub fn needs_rows(needs: &[Need], with_area: bool) -> Vec<EditRow> {
    let existing = needs.len();
    (0..existing + BLANK_ROWS)
        .map(|i| {
            let need = needs.get(i);
            let mut fields = vec![hidden(
                i,
                "number",
                need.map(|n| n.number.to_string()).unwrap_or_default(),
            )];
            if with_area {
                let mut area = EditField::new(
                    i,
                    "area",
                    "select",
                    "Area of need",
                    need.map(|n| area_slug(n.area).to_owned())
                        .unwrap_or_default(),
                );
                area.choices = NeedArea::ALL
                    .into_iter()
                    .map(|a| (area_slug(a).to_owned(), a.label().to_owned()))
                    .collect();
                fields.push(area);
            }
            let mut text = EditField::new(
                i,
                "text",
                "textarea",
                "The need",
                need.map(|n| n.text.clone()).unwrap_or_default(),
            );
            if let Some(source) = need.and_then(|n| n.source.as_ref()) {
                text = text.hint(&format!(
                    "From {}, sentence {}.",
                    source.document, source.sentence
                ));
            }
            fields.push(text);
            let label = match need {
                Some(n) => format!("Need {}", n.number),
                None => String::new(),
            };
            let mut r = row(i, existing, "Need", fields);
            if !label.is_empty() {
                r.legend = label;
            }
            r
        })
        .collect()
}

fn all_need_numbers(plan: &Plan) -> Vec<u32> {
    plan.needs
        .iter()
        .chain(&plan.health_needs)
        .chain(&plan.social_care_needs)
        .map(|n| n.number)
        .collect()
}

pub fn apply_needs(
    section: Section,
    plan: &mut Plan,
    form: &FormValues,
) -> Result<(), Vec<Problem>> {
    let old = match section {
        Section::B => std::mem::take(&mut plan.needs),
        Section::C => std::mem::take(&mut plan.health_needs),
        _ => std::mem::take(&mut plan.social_care_needs),
    };
    let mut next = all_need_numbers(plan)
        .into_iter()
        .chain(old.iter().map(|n| n.number))
        .max()
        .unwrap_or(0);
    let mut problems = Vec::new();
    let mut kept = Vec::new();
    for i in sent_rows(form) {
        let text = form.field(i, "text");
        if text.is_empty() {
            continue;
        }
        let area = if section == Section::B {
            match NeedArea::ALL
                .into_iter()
                .find(|a| area_slug(*a) == form.field(i, "area"))
            {
                Some(area) => area,
                None => {
                    problems.push(Problem::new(
                        format!("r{i}-area"),
                        "Choose the area of need",
                    ));
                    continue;
                }
            }
        } else {
            NeedArea::SensoryPhysical
        };
        let (previous, number) = carried(form, i, &old, |o| o.number, &mut next);
        let source = previous
            .filter(|p| p.text == text)
            .and_then(|p| p.source.clone());
        kept.push(Need {
            number,
            area,
            text: text.to_owned(),
            source,
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    match section {
        Section::B => plan.needs = kept,
        Section::C => plan.health_needs = kept,
        _ => plan.social_care_needs = kept,
    }
    Ok(())
}

pub fn outcome_rows(plan: &Plan) -> Vec<EditRow> {
    let existing = plan.outcomes.len();
    (0..existing + BLANK_ROWS)
        .map(|i| {
            let o = plan.outcomes.get(i);
            let mut adulthood = EditField::new(
                i,
                "adulthood",
                "checkbox",
                "A preparing-for-adulthood outcome",
                "yes".into(),
            );
            adulthood.checked = o.is_some_and(|o| o.adulthood);
            let fields = vec![
                hidden(
                    i,
                    "number",
                    o.map(|o| o.number.to_string()).unwrap_or_default(),
                ),
                EditField::new(
                    i,
                    "text",
                    "textarea",
                    "What the child will achieve",
                    o.map(|o| o.text.clone()).unwrap_or_default(),
                )
                .hint(
                    "Specific and measurable: what they will do, how well, and how we will know.",
                ),
                EditField::new(
                    i,
                    "needs",
                    "text",
                    "Needs it answers",
                    o.map(|o| list(&o.needs)).unwrap_or_default(),
                )
                .hint("Need numbers from section B, for example 1, 3"),
                EditField::new(
                    i,
                    "by",
                    "text",
                    "To be achieved by",
                    date_value(o.and_then(|o| o.by)),
                )
                .hint("Day, month and year, for example 31 7 2028"),
                EditField::new(
                    i,
                    "steps",
                    "textarea",
                    "Steps on the way",
                    o.map(|o| o.steps.join("\n")).unwrap_or_default(),
                )
                .hint("One step on each line"),
                adulthood,
            ];
            let mut r = row(i, existing, "Outcome", fields);
            if let Some(o) = o {
                r.legend = format!("Outcome {}", o.number);
            }
            r
        })
        .collect()
}

pub fn apply_outcomes(plan: &mut Plan, form: &FormValues) -> Result<(), Vec<Problem>> {
    let needs: Vec<u32> = plan.needs.iter().map(|n| n.number).collect();
    let old_numbers: Vec<u32> = plan.outcomes.iter().map(|o| o.number).collect();
    let mut next = old_numbers.iter().copied().max().unwrap_or(0);
    let mut problems = Vec::new();
    let mut kept = Vec::new();
    for i in sent_rows(form) {
        if blank(form, i, &["text", "needs", "by", "steps"]) {
            continue;
        }
        let text = form.field(i, "text");
        if text.is_empty() {
            problems.push(Problem::new(format!("r{i}-text"), "Enter what the child will achieve, or clear this outcome's other fields to remove it"));
        }
        let served = match numbers(form.field(i, "needs")) {
            Ok(list) => list,
            Err(()) => {
                problems.push(Problem::new(
                    format!("r{i}-needs"),
                    "Enter need numbers from section B, for example 1, 3",
                ));
                Vec::new()
            }
        };
        if let Some(missing) = served.iter().find(|n| !needs.contains(n)) {
            problems.push(Problem::new(
                format!("r{i}-needs"),
                format!("There is no need {missing} in section B"),
            ));
        }
        let by = optional(
            form,
            i,
            "by",
            date,
            "Enter the date as day, month and year, for example 31 7 2028",
            &mut problems,
        );
        let (_, number) = carried(form, i, &old_numbers, |n| *n, &mut next);
        kept.push(Outcome {
            number,
            needs: served,
            text: text.to_owned(),
            by,
            steps: form
                .field(i, "steps")
                .lines()
                .map(str::trim)
                .filter(|s| !s.is_empty())
                .map(str::to_owned)
                .collect(),
            adulthood: !form.field(i, "adulthood").is_empty(),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    plan.outcomes = kept;
    Ok(())
}

fn provision_list(plan: &mut Plan, section: Section) -> &mut Vec<Provision> {
    match section {
        Section::G => &mut plan.health_provision,
        Section::H1 => &mut plan.social_care_provision_h1,
        Section::H2 => &mut plan.social_care_provision_h2,
        _ => &mut plan.provision,
    }
}

fn pounds_value(pence: Option<i64>) -> String {
    match pence {
        Some(p) if p % 100 == 0 => (p / 100).to_string(),
        Some(p) => format!("{}.{:02}", p / 100, p % 100),
        None => String::new(),
    }
}

/// "£1,234.50" → 123450 pence.
pub(super) fn pence(text: &str) -> Option<i64> {
    let plain: String = text
        .chars()
        .filter(|c| !matches!(c, '£' | ',' | ' '))
        .collect();
    let (whole, part) = plain.split_once('.').unwrap_or((&plain, ""));
    if whole.is_empty()
        || !whole.chars().all(|c| c.is_ascii_digit())
        || part.len() > 2
        || !part.chars().all(|c| c.is_ascii_digit())
    {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let part: i64 = if part.is_empty() {
        0
    } else {
        format!("{part:0<2}").parse().ok()?
    };
    whole.checked_mul(100)?.checked_add(part)
}

pub fn provision_rows(items: &[Provision]) -> Vec<EditRow> {
    let existing = items.len();
    (0..existing + BLANK_ROWS)
        .map(|i| {
            let p = items.get(i);
            let d = p.map(|p| p.delivery.clone()).unwrap_or_default();
            let fields = vec![
                hidden(i, "number", p.map(|p| p.number.to_string()).unwrap_or_default()),
                EditField::new(i, "what", "textarea", "The provision", p.map(|p| p.what.clone()).unwrap_or_default())
                    .hint("What will be done, specific enough to enforce: not \"access to\" or \"support with\""),
                EditField::new(i, "who", "text", "Who delivers it", d.who),
                EditField::new(i, "expertise", "text", "Their expertise or training", d.expertise),
                EditField::new(i, "frequency", "text", "How often", d.frequency)
                    .hint("For example, 3 sessions of 30 minutes a week"),
                EditField::new(i, "duration", "text", "For how long", d.duration)
                    .hint("For example, 39 weeks a year"),
                EditField::new(i, "group_size", "text", "Group size", d.group_size),
                EditField::new(i, "needs", "text", "Needs it meets", p.map(|p| list(&p.needs)).unwrap_or_default())
                    .hint("Need numbers from sections B, C or D"),
                EditField::new(i, "outcomes", "text", "Outcomes it works towards", p.map(|p| list(&p.outcomes)).unwrap_or_default())
                    .hint("Outcome numbers from section E"),
                EditField::new(i, "cost", "text", "Cost a year, in pounds", pounds_value(p.and_then(|p| p.annual_cost_pence))),
            ];
            let mut r = row(i, existing, "Item", fields);
            if let Some(p) = p {
                r.legend = format!("Item {}", p.number);
            }
            r
        })
        .collect()
}

const PROVISION_KEYS: [&str; 9] = [
    "what",
    "who",
    "expertise",
    "frequency",
    "duration",
    "group_size",
    "needs",
    "outcomes",
    "cost",
];

pub fn apply_provision(
    section: Section,
    plan: &mut Plan,
    form: &FormValues,
) -> Result<(), Vec<Problem>> {
    let needs = all_need_numbers(plan);
    let outcomes: Vec<u32> = plan.outcomes.iter().map(|o| o.number).collect();
    let mut next = plan
        .provision
        .iter()
        .chain(&plan.health_provision)
        .chain(&plan.social_care_provision_h1)
        .chain(&plan.social_care_provision_h2)
        .map(|p| p.number)
        .max()
        .unwrap_or(0);
    let old = std::mem::take(provision_list(plan, section));
    let mut problems = Vec::new();
    let mut kept = Vec::new();
    for i in sent_rows(form) {
        if blank(form, i, &PROVISION_KEYS) {
            continue;
        }
        let what = form.field(i, "what");
        if what.is_empty() {
            problems.push(Problem::new(
                format!("r{i}-what"),
                "Enter the provision, or clear this item's other fields to remove it",
            ));
        }
        let mut refs = |key: &str, known: &[u32], what: &str| -> Vec<u32> {
            match numbers(form.field(i, key)) {
                Ok(list) => {
                    if let Some(missing) = list.iter().find(|n| !known.contains(n)) {
                        problems.push(Problem::new(
                            format!("r{i}-{key}"),
                            format!("There is no {what} {missing}"),
                        ));
                    }
                    list
                }
                Err(()) => {
                    problems.push(Problem::new(
                        format!("r{i}-{key}"),
                        format!("Enter {what} numbers, for example 1, 3"),
                    ));
                    Vec::new()
                }
            }
        };
        let met = refs("needs", &needs, "need");
        let towards = refs("outcomes", &outcomes, "outcome");
        let cost = optional(
            form,
            i,
            "cost",
            pence,
            "Enter the cost a year in pounds, for example 1250 or 1,250.50",
            &mut problems,
        );
        let (previous, number) = carried(form, i, &old, |o| o.number, &mut next);
        kept.push(Provision {
            number,
            what: what.to_owned(),
            delivery: Delivery {
                who: form.field(i, "who").to_owned(),
                expertise: form.field(i, "expertise").to_owned(),
                frequency: form.field(i, "frequency").to_owned(),
                duration: form.field(i, "duration").to_owned(),
                group_size: form.field(i, "group_size").to_owned(),
            },
            needs: met,
            outcomes: towards,
            annual_cost_pence: cost,
            catalogue_id: previous.and_then(|p| p.catalogue_id.clone()),
        });
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    *provision_list(plan, section) = kept;
    Ok(())
}

pub fn advice_rows(plan: &Plan) -> Vec<EditRow> {
    let existing = plan.advice.len();
    (0..existing + BLANK_ROWS)
        .map(|i| {
            let a = plan.advice.get(i);
            let fields = vec![
                EditField::new(
                    i,
                    "author",
                    "text",
                    "From",
                    a.map(|a| a.author.clone()).unwrap_or_default(),
                ),
                EditField::new(
                    i,
                    "role",
                    "text",
                    "Advice",
                    a.map(|a| a.role.clone()).unwrap_or_default(),
                )
                .hint("For example, psychological advice"),
                EditField::new(i, "dated", "text", "Dated", date_value(a.map(|a| a.dated))).hint(
                    &a.map(|a| format!("Now {}", long_date(a.dated)))
                        .unwrap_or_else(|| "Day, month and year, for example 3 2 2026".into()),
                ),
            ];
            row(i, existing, "Advice", fields)
        })
        .collect()
}

pub fn apply_advice(plan: &mut Plan, form: &FormValues) -> Result<(), Vec<Problem>> {
    let mut problems = Vec::new();
    let mut kept = Vec::new();
    for i in sent_rows(form) {
        if blank(form, i, &["author", "role", "dated"]) {
            continue;
        }
        for (key, what) in [
            ("author", "who the advice is from"),
            ("role", "what advice it is"),
        ] {
            if form.field(i, key).is_empty() {
                problems.push(Problem::new(format!("r{i}-{key}"), format!("Enter {what}")));
            }
        }
        match date(form.field(i, "dated")) {
            Some(dated) => kept.push(AdviceGiven {
                author: form.field(i, "author").to_owned(),
                role: form.field(i, "role").to_owned(),
                dated,
            }),
            None => problems.push(Problem::new(
                format!("r{i}-dated"),
                "Enter the date of the advice as day, month and year, for example 3 2 2026",
            )),
        }
    }
    if !problems.is_empty() {
        return Err(problems);
    }
    plan.advice = kept;
    Ok(())
}
