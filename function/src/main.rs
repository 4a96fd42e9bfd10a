use lambda_http::{run, service_fn, Error, Request};

use integra_function::{embedded_texts, respond, OriginSecret};
use mip::api::Settings;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let settings = Settings::from_env();
    let texts = embedded_texts();
    let origin_secret = OriginSecret::from_env();
    run(service_fn(move |event: Request| {
        let response = respond(&event, &origin_secret, &settings, &texts);
        async move { Ok::<_, Error>(response) }
    }))
    .await
}
