//! Mail from Kartla: invitations and links to set a new password, sent through the
//! installation's SMTP server (`KARTLA_SMTP_URL`, from `KARTLA_MAIL_FROM`). Without those
//! settings nothing is sent and the links are shown to an administrator to pass on. Neither
//! addresses nor contents are logged.
use crate::i18n::{translate_plain, Locale};
use fluent_bundle::FluentArgs;
use lettre::message::{header::ContentType, Mailbox};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How long one delivery to the SMTP server may take.
const TIMEOUT: Duration = Duration::from_secs(15);

/// The installation's way of sending mail.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Mailer")
    }
}

/// Why a mail was not sent (with nothing of its address or content).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MailError {
    #[error("the address cannot take mail")]
    Address,
    #[error("the mail server refused the mail")]
    Refused,
    #[error("the mail server did not answer")]
    Unreachable,
}

impl Mailer {
    /// A mailer for the server at `url` (`smtp://host:port`, `smtps://user:password@host`,
    /// `smtp://host?tls=required`) sending from `from` (`Kartla <kartla@example.se>`).
    pub fn new(url: &str, from: &str) -> Result<Mailer, String> {
        let from: Mailbox = from
            .parse()
            .map_err(|_| "KARTLA_MAIL_FROM is not an e-mail address".to_owned())?;
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|_| "KARTLA_SMTP_URL is not an SMTP address (smtp://host:port)".to_owned())?
            .timeout(Some(TIMEOUT))
            .build();
        Ok(Mailer { transport, from })
    }

    /// Send `subject` and `body` (plain text) to `to`.
    pub async fn send(&self, to: &str, subject: String, body: String) -> Result<(), MailError> {
        let to: Mailbox = to.parse().map_err(|_| MailError::Address)?;
        let message = Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(subject)
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(|_| MailError::Address)?;
        match self.transport.send(message).await {
            Ok(_) => Ok(()),
            Err(e) if e.is_permanent() => {
                tracing::warn!("a mail was refused by the mail server");
                Err(MailError::Refused)
            }
            Err(_) => {
                tracing::warn!("the mail server could not be reached or did not answer");
                Err(MailError::Unreachable)
            }
        }
    }
}

/// The subject and body of the message `key` (`{key}-subject`, `{key}-body`) in `locale`.
pub fn compose(locale: Locale, key: &str, args: &FluentArgs<'_>) -> (String, String) {
    (
        translate_plain(locale, &format!("{key}-subject"), Some(args)),
        translate_plain(locale, &format!("{key}-body"), Some(args)),
    )
}
