//! A small logistic model of which sentences carry the facts a summary
//! must keep, fitted on a labelled corpus. Deterministic and inspectable:
//! one weight per feature. `tandem evaluate` fits it leaving each case out
//! and reports its key-fact recall beside the hand-set scoring; it is not
//! shipped because on the development corpus it does no better.

use serde::{Deserialize, Serialize};

use crate::summary::features::FEATURE_COUNT;

const EPOCHS: usize = 400;
const LEARNING_RATE: f32 = 0.5;
const L2: f32 = 0.01;

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct SentenceModel {
    pub weights: Vec<f32>,
}

impl SentenceModel {
    /// Probability that a sentence carries a key fact.
    pub fn probability(&self, x: &[f32]) -> f32 {
        let z: f32 = self.weights.iter().zip(x).map(|(w, v)| w * v).sum();
        1.0 / (1.0 + (-z).exp())
    }

    /// Fits the weights by gradient descent on (features, carries a fact).
    /// Positive examples are rare, so they are weighted up to balance.
    pub fn fit(examples: &[(Vec<f32>, bool)]) -> SentenceModel {
        let mut model = SentenceModel {
            weights: vec![0.0; FEATURE_COUNT],
        };
        let positives = examples.iter().filter(|(_, y)| *y).count().max(1) as f32;
        let negatives = (examples.len() as f32 - positives).max(1.0);
        let positive_weight = negatives / positives;
        let total = examples.len().max(1) as f32;
        for _ in 0..EPOCHS {
            let mut gradient = vec![0.0f32; FEATURE_COUNT];
            for (x, y) in examples {
                let p = model.probability(x);
                let (target, weight) = if *y {
                    (1.0, positive_weight)
                } else {
                    (0.0, 1.0)
                };
                let error = (p - target) * weight;
                for (g, v) in gradient.iter_mut().zip(x) {
                    *g += error * v;
                }
            }
            for (i, (w, g)) in model.weights.iter_mut().zip(&gradient).enumerate() {
                let penalty = if i == 0 { 0.0 } else { L2 * *w };
                *w -= LEARNING_RATE * (g / total + penalty);
            }
        }
        model
    }
}
