//! How the evaluation figures are printed by `tandem evaluate`.

use std::fmt;

use crate::evaluate::{Figures, Report};

impl fmt::Display for Figures {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  cases                        {}", self.cases)?;
        writeln!(
            f,
            "  primary-need accuracy        {:.3}",
            self.primary_accuracy
        )?;
        writeln!(
            f,
            "  primary-need macro-F1        {:.3}",
            self.primary_macro_f1
        )?;
        writeln!(
            f,
            "  warranted balanced accuracy  {:.3}",
            self.warranted_balanced_accuracy
        )?;
        writeln!(f, "  metrics mean absolute error  {:.3}", self.metrics_mae)?;
        writeln!(
            f,
            "  provision micro-F1           {:.3}",
            self.provision_micro_f1
        )?;
        writeln!(
            f,
            "  key-term recall              {:.3}",
            self.key_term_recall
        )?;
        writeln!(
            f,
            "  key-fact recall (summary)    {:.3}",
            self.key_fact_recall
        )?;
        writeln!(
            f,
            "  summary length ratio         {:.3}",
            self.summary_length_ratio
        )?;
        writeln!(
            f,
            "  document writers recognised  {:.3}",
            self.advice_kind_accuracy
        )?;
        write!(f, "  ms per case                  {:.3}", self.ms_per_case)
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "With the shipped dictionary and profiles:")?;
        writeln!(f, "{}", self.shipped)?;
        writeln!(f, "With need profiles re-derived leaving each case out:")?;
        writeln!(f, "{}", self.leave_one_out)?;
        writeln!(
            f,
            "  key-fact recall with a sentence model fitted leaving each case out  {:.3}",
            self.fitted_summary_fact_recall
        )?;
        writeln!(
            f,
            "  key-fact ceiling: facts any one sentence of the documents covers   {:.3}",
            self.fact_recall_ceiling
        )?;
        writeln!(
            f,
            "Nearest past cases (leave-one-out, {} neighbours):",
            self.similar.neighbours
        )?;
        writeln!(
            f,
            "  nearest case has the same primary need  {:.3}",
            self.similar.same_primary_need
        )?;
        writeln!(
            f,
            "  provision most neighbours received, F1  {:.3}",
            self.similar.provision_micro_f1
        )?;
        writeln!(f, "Need clusters ({}):", self.clusters.len())?;
        for (i, c) in self.clusters.iter().enumerate() {
            writeln!(
                f,
                "  {:>2}. {} | usual provision {} | {}",
                i + 1,
                c.profile(),
                c.usual_provision.join(" "),
                c.members.join(" ")
            )?;
        }
        if !self.misses.is_empty() {
            writeln!(f, "Primary need missed:")?;
            for miss in &self.misses {
                writeln!(f, "  {miss}")?;
            }
        }
        Ok(())
    }
}
