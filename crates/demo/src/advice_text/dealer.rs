//! Deals sentences to the reports of one case like cards from a deck, so
//! that two advisers of the same child rarely write the same sentence.

use std::collections::HashMap;

use crate::rng::Rng;

use super::bank::{suited, Area, Lines};
use super::profile::{fill, Profile};

pub struct Dealer<'p> {
    pub rng: Rng,
    pub profile: &'p Profile,
    /// Shuffled indices left in each list, keyed by where the list lives:
    /// the lists are `'static`, so their address names them.
    decks: HashMap<(usize, usize), Vec<usize>>,
}

impl<'p> Dealer<'p> {
    pub fn new(rng: Rng, profile: &'p Profile) -> Dealer<'p> {
        Dealer {
            rng,
            profile,
            decks: HashMap::new(),
        }
    }

    /// Up to `n` filled sentences of `lines` that suit the child, none
    /// dealt before in this case until the list runs out.
    pub fn deal(&mut self, lines: Lines, n: usize) -> Vec<String> {
        let usable: Vec<usize> = (0..lines.len())
            .filter(|i| {
                lines
                    .get(*i)
                    .and_then(|l| suited(l, self.profile))
                    .is_some()
            })
            .collect();
        let picked = self.pick(lines.as_ptr() as usize, &usable, n);
        picked
            .into_iter()
            .filter_map(|i| lines.get(i))
            .filter_map(|l| suited(l, self.profile))
            .map(|l| fill(l, self.profile))
            .collect()
    }

    /// One sentence, or nothing if no line suits the child.
    pub fn one(&mut self, lines: Lines) -> Option<String> {
        self.deal(lines, 1).into_iter().next()
    }

    /// Up to `n` sentences about `area` from a list tagged by area.
    pub fn deal_in(
        &mut self,
        lines: &'static [(Area, &'static str)],
        area: Area,
        n: usize,
    ) -> Vec<String> {
        let usable: Vec<usize> = lines
            .iter()
            .enumerate()
            .filter(|(_, (a, l))| *a == area && suited(l, self.profile).is_some())
            .map(|(i, _)| i)
            .collect();
        let key = lines.as_ptr() as usize + area as usize;
        let picked = self.pick(key, &usable, n);
        picked
            .into_iter()
            .filter_map(|i| lines.get(i))
            .filter_map(|(_, l)| suited(l, self.profile))
            .map(|l| fill(l, self.profile))
            .collect()
    }

    /// The areas `lines` say something about for this child, in order.
    pub fn areas_in(&self, lines: &'static [(Area, &'static str)]) -> Vec<Area> {
        let mut areas: Vec<Area> = lines
            .iter()
            .filter(|(_, l)| suited(l, self.profile).is_some())
            .map(|(a, _)| *a)
            .collect();
        areas.sort_unstable();
        areas.dedup();
        areas
    }

    fn pick(&mut self, list: usize, usable: &[usize], n: usize) -> Vec<usize> {
        let mut out = Vec::with_capacity(n);
        if usable.is_empty() {
            return out;
        }
        let key = (list, usable.len());
        for _ in 0..n.min(usable.len()) {
            let deck = self.decks.entry(key).or_default();
            if deck.is_empty() {
                deck.extend_from_slice(usable);
                shuffle(&mut self.rng, deck);
                // A fresh deck must not start with what was just dealt.
                let len = deck.len();
                if len > 1 && deck.last() == out.last() {
                    deck.swap(0, len - 1);
                }
            }
            if let Some(i) = deck.pop() {
                if !out.contains(&i) {
                    out.push(i);
                }
            }
        }
        out
    }
}

fn shuffle(rng: &mut Rng, items: &mut [usize]) {
    for i in (1..items.len()).rev() {
        let j = usize::try_from(rng.below(i as u64 + 1)).unwrap_or(0);
        items.swap(i, j);
    }
}
