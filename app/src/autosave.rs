//! The autosave of one answer as a pure state machine: what happens when the person types,
//! chooses, leaves a field, when the server answers, when the connection comes back, when a
//! conflict is settled and when someone else's change arrives (a guidance session). The page
//! feeds it [`Event`]s and carries out the [`Command`]s it returns (keep in the browser, send,
//! wait for a pause, put a value in the fields); the rules live here, tested without a browser.
//!
//! The rules: one save in flight per answer, a change made meanwhile sent after it from the
//! fingerprint the first one returned (saves never overtake each other); every change kept in
//! the browser until the server has acknowledged it; a save refused because the answer changed
//! elsewhere shows both and lets the person choose; a change arriving from elsewhere replaces
//! what is shown only when nothing here is unsaved.
use crate::api::SaveOutcome;
use crate::error::AppError;

/// How the autosave of one answer stands, as the person is told.
#[derive(Debug, Clone, PartialEq)]
pub enum Status {
    Idle,
    /// Changed; saved once typing pauses.
    Typing,
    Saving,
    Saved,
    /// Text from an earlier visit, kept in this browser, put back and being sent.
    Restored,
    /// The server could not be reached; the text waits in the browser.
    Offline,
    /// Not saved because the answer was changed in another tab, on another device or by
    /// someone else.
    ChangedElsewhere,
    Failed(AppError),
}

/// An answer as the server holds it.
#[derive(Debug, Clone, PartialEq)]
pub struct Stored {
    pub fingerprint: String,
    pub rating: Option<u8>,
    pub text: String,
}

/// What happened.
#[derive(Debug, Clone, PartialEq)]
pub enum Event {
    /// The text changed: saved once typing pauses.
    Typed,
    /// A choice or a link changed: saved at once.
    Chose,
    /// The person left the text field.
    Left,
    /// The pause after the change with this number ended.
    Paused(u64),
    /// An answer kept in this browser from an earlier visit was found: `same` when the server
    /// already holds what it says, `base` the fingerprint it was started from.
    Found { same: bool, base: Option<String> },
    /// The server answered the save in flight.
    Answered(Result<SaveOutcome, AppError>),
    /// The connection is back.
    Online,
    /// In a conflict: the person keeps what they wrote.
    KeepMine,
    /// In a conflict: the person takes what is saved.
    UseSaved,
    /// Someone else saved this answer (pushed in a guidance session).
    Arrived(Stored),
}

/// What the page is to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Command {
    /// Keep the answer as it stands in this browser, marked unsaved.
    Keep,
    /// The server holds it: forget the browser's copy and the mark.
    Forget,
    /// Send the answer as it stands, from [`Autosave::base`].
    Send,
    /// Feed [`Event::Paused`] with this number once typing pauses.
    WaitForPause(u64),
    /// Show this rating and text in the fields.
    Put(Stored),
}

/// The autosave of one answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Autosave {
    status: Status,
    base: String,
    in_flight: bool,
    again: bool,
    change: u64,
    elsewhere: Option<Stored>,
    /// The field shows text of the person's that an earlier save could not store (kept by
    /// the server): unsaved until a save of it is acknowledged or the saved one is taken.
    held: bool,
}

impl Autosave {
    /// An answer shown as the server holds it, with its fingerprint.
    pub fn new(base: String) -> Self {
        Self {
            status: Status::Idle,
            base,
            in_flight: false,
            again: false,
            change: 0,
            elsewhere: None,
            held: false,
        }
    }

    /// An answer whose field shows text kept from a refused save instead of what the server
    /// holds (fingerprint `base`): nobody else's change replaces it on screen.
    pub fn holding(base: String) -> Self {
        Self {
            held: true,
            ..Self::new(base)
        }
    }

    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The fingerprint the next save starts from.
    pub fn base(&self) -> &str {
        &self.base
    }

    /// What the server holds when a save was refused as changed elsewhere.
    pub fn elsewhere(&self) -> Option<&Stored> {
        self.elsewhere.as_ref()
    }

    /// Whether something here is not yet acknowledged by the server.
    pub fn unsaved(&self) -> bool {
        self.held
            || self.in_flight
            || matches!(
                self.status,
                Status::Typing
                    | Status::Saving
                    | Status::Restored
                    | Status::Offline
                    | Status::ChangedElsewhere
                    | Status::Failed(_)
            )
    }

    pub fn on(&mut self, event: Event) -> Vec<Command> {
        match event {
            Event::Typed => {
                self.change += 1;
                self.status = Status::Typing;
                vec![Command::Keep, Command::WaitForPause(self.change)]
            }
            Event::Chose => {
                self.change += 1;
                let mut c = vec![Command::Keep];
                c.extend(self.send());
                c
            }
            Event::Left if self.status == Status::Typing => self.on(Event::Chose),
            Event::Left => vec![],
            Event::Paused(n) if n == self.change && self.status == Status::Typing => self.send(),
            Event::Paused(_) => vec![],
            Event::Found { same: true, .. } => {
                self.status = Status::Saved;
                vec![Command::Forget]
            }
            Event::Found { same: false, base } => {
                if let Some(b) = base {
                    self.base = b;
                }
                self.status = Status::Restored;
                let mut c = vec![Command::Keep];
                c.extend(self.send());
                c
            }
            Event::Answered(outcome) => self.answered(outcome),
            Event::Online if self.status == Status::Offline => self.send(),
            Event::Online => vec![],
            Event::KeepMine => match self.elsewhere.take() {
                Some(e) => {
                    self.base = e.fingerprint;
                    let mut c = vec![Command::Keep];
                    c.extend(self.send());
                    c
                }
                None => vec![],
            },
            Event::UseSaved => match self.elsewhere.take() {
                Some(e) => {
                    self.base = e.fingerprint.clone();
                    self.status = Status::Saved;
                    self.held = false;
                    vec![Command::Put(e), Command::Forget]
                }
                None => vec![],
            },
            Event::Arrived(stored) => {
                if stored.fingerprint == self.base {
                    vec![]
                } else if self.unsaved() {
                    // What is written here is not lost: its save meets the change as a
                    // conflict, and the person chooses.
                    vec![]
                } else {
                    self.base = stored.fingerprint.clone();
                    vec![Command::Put(stored)]
                }
            }
        }
    }

    /// Send now, or after the save in flight.
    fn send(&mut self) -> Vec<Command> {
        if self.in_flight {
            self.again = true;
            return vec![];
        }
        self.in_flight = true;
        self.again = false;
        if self.status != Status::Restored {
            self.status = Status::Saving;
        }
        vec![Command::Send]
    }

    fn answered(&mut self, outcome: Result<SaveOutcome, AppError>) -> Vec<Command> {
        if !self.in_flight {
            return vec![];
        }
        self.in_flight = false;
        match outcome {
            Ok(SaveOutcome::Saved { fingerprint }) => {
                self.base = fingerprint;
                self.held = false;
                if std::mem::take(&mut self.again) {
                    self.send()
                } else {
                    // Typing that started while the save was in flight waits for its pause.
                    if self.status == Status::Typing {
                        return vec![];
                    }
                    self.status = Status::Saved;
                    vec![Command::Forget]
                }
            }
            Ok(SaveOutcome::ChangedElsewhere {
                fingerprint,
                rating,
                text,
            }) => {
                self.again = false;
                self.elsewhere = Some(Stored {
                    fingerprint,
                    rating,
                    text,
                });
                self.status = Status::ChangedElsewhere;
                vec![]
            }
            Err(AppError::Unreachable) => {
                self.again = false;
                self.status = Status::Offline;
                vec![]
            }
            Err(e) => {
                self.again = false;
                self.status = Status::Failed(e);
                vec![]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn saved(fp: &str) -> Event {
        Event::Answered(Ok(SaveOutcome::Saved {
            fingerprint: fp.into(),
        }))
    }

    fn stored(fp: &str, text: &str) -> Stored {
        Stored {
            fingerprint: fp.into(),
            rating: Some(3),
            text: text.into(),
        }
    }

    #[test]
    fn typing_is_kept_at_once_and_sent_when_it_pauses() {
        let mut a = Autosave::new("f0".into());
        assert_eq!(
            a.on(Event::Typed),
            vec![Command::Keep, Command::WaitForPause(1)]
        );
        assert_eq!(
            a.on(Event::Typed),
            vec![Command::Keep, Command::WaitForPause(2)]
        );
        assert_eq!(a.status(), &Status::Typing);
        assert!(
            a.on(Event::Paused(1)).is_empty(),
            "an older pause sends nothing"
        );
        assert_eq!(a.on(Event::Paused(2)), vec![Command::Send]);
        assert_eq!(a.status(), &Status::Saving);
        assert_eq!(a.on(saved("f1")), vec![Command::Forget]);
        assert_eq!(a.status(), &Status::Saved);
        assert_eq!(a.base(), "f1");
        assert!(!a.unsaved());
    }

    #[test]
    fn a_choice_is_sent_at_once() {
        let mut a = Autosave::new("f0".into());
        assert_eq!(a.on(Event::Chose), vec![Command::Keep, Command::Send]);
    }

    #[test]
    fn leaving_the_field_sends_what_was_typed_without_waiting() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Typed);
        assert_eq!(a.on(Event::Left), vec![Command::Keep, Command::Send]);
        assert!(
            a.on(Event::Paused(1)).is_empty(),
            "the pause comes too late to send again"
        );
        assert!(
            a.on(Event::Left).is_empty(),
            "leaving again sends nothing more"
        );
    }

    #[test]
    fn only_one_save_is_in_flight_and_the_next_starts_from_its_fingerprint() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Chose);
        assert_eq!(
            a.on(Event::Chose),
            vec![Command::Keep],
            "waits for the first"
        );
        assert_eq!(a.on(saved("f1")), vec![Command::Send]);
        assert_eq!(
            a.base(),
            "f1",
            "the second save starts where the first ended"
        );
        assert!(a.unsaved());
        assert_eq!(a.on(saved("f2")), vec![Command::Forget]);
        assert!(!a.unsaved());
    }

    #[test]
    fn typing_during_a_save_waits_for_its_own_pause() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Chose);
        a.on(Event::Typed);
        assert!(
            a.on(saved("f1")).is_empty(),
            "not acknowledged: typing goes on"
        );
        assert_eq!(a.status(), &Status::Typing);
        assert_eq!(a.on(Event::Paused(2)), vec![Command::Send]);
    }

    #[test]
    fn an_unreachable_server_keeps_the_text_and_sends_when_back_online() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Chose);
        assert!(a.on(Event::Answered(Err(AppError::Unreachable))).is_empty());
        assert_eq!(a.status(), &Status::Offline);
        assert!(a.unsaved());
        assert_eq!(a.on(Event::Online), vec![Command::Send]);
        assert!(a.on(Event::Online).is_empty(), "one save in flight");
    }

    #[test]
    fn a_refusal_is_shown_and_the_text_stays_kept() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Chose);
        a.on(Event::Answered(Err(AppError::NotFound)));
        assert_eq!(a.status(), &Status::Failed(AppError::NotFound));
        assert!(a.unsaved(), "no Forget: the browser's copy stays");
    }

    #[test]
    fn a_change_made_elsewhere_is_shown_and_the_person_keeps_theirs() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Chose);
        a.on(Event::Chose);
        a.on(Event::Answered(Ok(SaveOutcome::ChangedElsewhere {
            fingerprint: "g".into(),
            rating: Some(3),
            text: "theirs".into(),
        })));
        assert_eq!(a.status(), &Status::ChangedElsewhere);
        assert_eq!(a.elsewhere(), Some(&stored("g", "theirs")));
        assert_eq!(a.on(Event::KeepMine), vec![Command::Keep, Command::Send]);
        assert_eq!(a.base(), "g", "sent over what is stored, knowingly");
        assert_eq!(a.elsewhere(), None);
        assert!(a.on(Event::KeepMine).is_empty());
    }

    #[test]
    fn a_change_made_elsewhere_can_be_taken_instead() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Chose);
        a.on(Event::Answered(Ok(SaveOutcome::ChangedElsewhere {
            fingerprint: "g".into(),
            rating: Some(3),
            text: "theirs".into(),
        })));
        assert_eq!(
            a.on(Event::UseSaved),
            vec![Command::Put(stored("g", "theirs")), Command::Forget]
        );
        assert_eq!(a.status(), &Status::Saved);
        assert_eq!(a.base(), "g");
    }

    #[test]
    fn text_kept_from_an_earlier_visit_is_sent_from_where_it_started() {
        let mut a = Autosave::new("f9".into());
        assert_eq!(
            a.on(Event::Found {
                same: false,
                base: Some("f1".into())
            }),
            vec![Command::Keep, Command::Send]
        );
        assert_eq!(
            a.status(),
            &Status::Restored,
            "said as restored while it goes"
        );
        assert_eq!(a.base(), "f1");
        assert_eq!(a.on(saved("f2")), vec![Command::Forget]);
    }

    #[test]
    fn text_kept_that_the_server_already_has_is_forgotten() {
        let mut a = Autosave::new("f1".into());
        assert_eq!(
            a.on(Event::Found {
                same: true,
                base: None
            }),
            vec![Command::Forget]
        );
        assert_eq!(a.status(), &Status::Saved);
    }

    #[test]
    fn a_change_arriving_from_elsewhere_is_shown_when_nothing_here_is_unsaved() {
        let mut a = Autosave::new("f0".into());
        assert_eq!(
            a.on(Event::Arrived(stored("g", "from the counsellor"))),
            vec![Command::Put(stored("g", "from the counsellor"))]
        );
        assert_eq!(a.base(), "g", "the next save starts from it");
        assert!(
            a.on(Event::Arrived(stored("g", "again"))).is_empty(),
            "already shown"
        );
    }

    #[test]
    fn a_change_arriving_while_typing_does_not_overwrite_the_text() {
        let mut a = Autosave::new("f0".into());
        a.on(Event::Typed);
        assert!(a.on(Event::Arrived(stored("g", "theirs"))).is_empty());
        assert_eq!(a.base(), "f0", "so the save meets it as a conflict");
        a.on(Event::Chose);
        assert!(a.on(Event::Arrived(stored("h", "theirs"))).is_empty());
    }

    #[test]
    fn kept_text_on_screen_is_not_replaced_by_a_change_from_elsewhere_until_saved() {
        let mut a = Autosave::holding("f0".into());
        assert!(a.unsaved());
        assert!(a.on(Event::Arrived(stored("g", "theirs"))).is_empty());
        a.on(Event::Typed);
        a.on(Event::Paused(1));
        a.on(saved("f1"));
        assert!(!a.unsaved(), "saved: the kept text is the answer now");
        assert_eq!(
            a.on(Event::Arrived(stored("h", "theirs"))),
            vec![Command::Put(stored("h", "theirs"))]
        );
    }

    #[test]
    fn an_answer_nobody_waits_for_changes_nothing() {
        let mut a = Autosave::new("f0".into());
        assert!(a.on(saved("x")).is_empty());
        assert_eq!(a.base(), "f0");
    }
}
