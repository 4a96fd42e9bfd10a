use lambda_http::{run, service_fn, Error, Request};

use integra_function::{embedded_texts, respond};
use mip::api::Settings;

#[tokio::main]
async fn main() -> Result<(), Error> {
    let settings = Settings::from_env();
    let texts = embedded_texts();
    run(service_fn(move |event: Request| {
        let response = respond(&event, &settings, &texts);
        async move { Ok::<_, Error>(response) }
    }))
    .await
}
