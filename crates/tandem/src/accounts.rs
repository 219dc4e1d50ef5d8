//! Small account tools: the current one-time code of a demo staff account,
//! and API tokens.

use tandem_store::Store;

use crate::cli::{ApiTokenArgs, CodeArgs};

pub async fn code(args: CodeArgs) -> anyhow::Result<()> {
    let store = tandem_store::open(&args.database.url()?).await?;
    let person = store
        .person_by_email(&args.email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no one has the email address {}", args.email))?;
    let secret = person
        .totp_secret
        .ok_or_else(|| anyhow::anyhow!("{} has not set up an authenticator app", args.email))?;
    let now = jiff::Timestamp::now().as_second().max(0) as u64;
    let code = tandem_web::auth::current_code(&secret, now)
        .ok_or_else(|| anyhow::anyhow!("the stored secret of {} is not valid", args.email))?;
    println!("{code}");
    Ok(())
}

pub async fn api_token(args: ApiTokenArgs) -> anyhow::Result<()> {
    let store = tandem_store::open(&args.database.url()?).await?;
    let person = store
        .person_by_email(&args.email)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no one has the email address {}", args.email))?;
    let token = tandem_web::auth::session::random_token();
    let hash = tandem_web::auth::session::hash_token(&token);
    store
        .create_api_token(person.authority, person.id, &hash, &args.name)
        .await?;
    println!("{token}");
    eprintln!(
        "Keep this token secret: it is shown only once. Send it as `Authorization: Bearer TOKEN`."
    );
    Ok(())
}
