//! The plan's title block and sections A to K, in the order and words of
//! the HTML plan (web/templates/plan/body.html), so a family reads the same
//! plan whichever copy they open.

use tandem_domain::plan::{Need, NeedArea, Plan, Source};

use super::blocks::{Blocks, Heading};
use super::numbering::Numbering;
use super::tables;
use super::text::Look;
use crate::{pounds, PlanFacts};

/// The body being written and the lists it has numbered so far.
pub(super) struct Writer {
    pub body: Blocks,
    pub numbering: Numbering,
}

/// "(from report.pdf, sentence 4)", as the HTML plan shows a source.
pub(super) fn source_note(source: &Option<Source>) -> Option<String> {
    source
        .as_ref()
        .map(|s| format!(" (from {}, sentence {})", s.document, s.sentence))
}

pub(super) fn title(plan_for: &str) -> String {
    format!("Education, Health and Care plan for {plan_for}")
}

impl Writer {
    pub fn new() -> Self {
        Writer {
            body: Blocks::default(),
            numbering: Numbering::new(),
        }
    }

    pub fn plan(&mut self, plan: &Plan, facts: &PlanFacts) {
        self.title_block(facts);
        self.views(plan);
        self.special_educational_needs(plan);
        self.needs_or_none(
            "Section C: health needs related to special educational needs",
            &plan.health_needs,
        );
        self.needs_or_none(
            "Section D: social care needs related to special educational needs or a disability",
            &plan.social_care_needs,
        );
        tables::outcomes(&mut self.body, plan, facts);
        for (code, heading, items) in tables::provision_sections(plan) {
            tables::provision(&mut self.body, code, heading, items);
        }
        self.placement_and_budget(plan);
        tables::advice(&mut self.body, plan);
        let cost = pounds(plan.planned_cost_pence());
        self.body.text(&[(
            &format!("The provision as planned costs {cost} a year."),
            Look::PLAIN,
        )]);
    }

    fn title_block(&mut self, facts: &PlanFacts) {
        self.body.text(&[(&facts.authority, Look::PLAIN)]);
        self.body.heading(Heading::Title, &title(&facts.child_name));
        for (label, value) in [
            ("Date of birth: ", &facts.date_of_birth),
            ("Reference: ", &facts.reference),
            ("Status: ", &facts.status),
        ] {
            self.body.text(&[(label, Look::BOLD), (value, Look::PLAIN)]);
        }
    }

    fn views(&mut self, plan: &Plan) {
        self.body
            .heading(Heading::One, "Section A: views, interests and aspirations");
        if plan.views.is_empty() {
            self.body.text(&[("Not yet written.", Look::PLAIN)]);
        }
        for view in &plan.views {
            let note = source_note(&view.source).unwrap_or_default();
            self.body
                .text(&[(&view.text, Look::PLAIN), (&note, Look::SOURCE)]);
        }
    }

    fn special_educational_needs(&mut self, plan: &Plan) {
        self.body
            .heading(Heading::One, "Section B: special educational needs");
        let mut any = false;
        for area in NeedArea::ALL {
            let needs: Vec<&Need> = plan.needs.iter().filter(|n| n.area == area).collect();
            if needs.is_empty() {
                continue;
            }
            any = true;
            self.body.heading(Heading::Two, area.label());
            self.numbered(needs);
        }
        if !any {
            self.body.text(&[("None recorded yet.", Look::PLAIN)]);
        }
    }

    fn needs_or_none(&mut self, heading: &str, needs: &[Need]) {
        self.body.heading(Heading::One, heading);
        if needs.is_empty() {
            self.body.text(&[("None.", Look::PLAIN)]);
        } else {
            self.numbered(needs.iter().collect());
        }
    }

    /// Needs as a Word numbered list showing each need's own number.
    fn numbered(&mut self, needs: Vec<&Need>) {
        self.numbering.close();
        for need in needs {
            let list = self.numbering.list_for(need.number);
            let note = source_note(&need.source).unwrap_or_default();
            self.body
                .list_item(list, &[(&need.text, Look::PLAIN), (&note, Look::SOURCE)]);
        }
    }

    fn placement_and_budget(&mut self, plan: &Plan) {
        self.body.heading(Heading::One, "Section I: placement");
        let placement = &plan.placement;
        let named = match (placement.name.is_empty(), placement.kind.is_empty()) {
            (true, _) => "To be named in the final plan, after the family's preference and the school's reply.".to_owned(),
            (false, true) => placement.name.clone(),
            (false, false) => format!("{} ({})", placement.name, placement.kind),
        };
        self.body.text(&[(&named, Look::PLAIN)]);

        self.body
            .heading(Heading::One, "Section J: personal budget");
        let budget = if plan.personal_budget.requested {
            plan.personal_budget.details.as_str()
        } else {
            "No personal budget has been asked for."
        };
        self.body.text(&[(budget, Look::PLAIN)]);
    }
}
