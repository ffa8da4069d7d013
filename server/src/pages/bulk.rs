use app::model::Lang;
use app::tr;
use leptos::prelude::*;

use super::document::{document, page_header};
use super::Flash;
use crate::curation::{BulkReport, Outcome};

fn outcome_label(lang: Lang, o: Outcome) -> &'static str {
    match o {
        Outcome::Created => tr!(lang, review.outcomes.created),
        Outcome::Unchanged => tr!(lang, review.outcomes.unchanged),
        Outcome::Refused => tr!(lang, review.outcomes.refused),
    }
}

/// Each row's outcome and, for a refused one, every problem with its column.
fn report_table(lang: Lang, report: &BulkReport) -> impl IntoView {
    let t = &report.totals;
    let summary = tr!(
        lang,
        review.report,
        created = t.created,
        refused = t.refused,
        unchanged = t.unchanged
    );
    let rows = report
        .rows
        .iter()
        .map(|r| {
            let errors = r
                .errors
                .iter()
                .map(|e| view! { <li><code>{e.column.clone()}</code>" "{e.message.clone()}</li> })
                .collect_view();
            let outcome = format!("{:?}", r.outcome).to_lowercase();
            view! {
                <tr class=format!("row-{outcome}") data-row=r.row.to_string()>
                    <td>{r.row}</td><td>{r.id.clone()}</td><td>{outcome_label(lang, r.outcome)}</td>
                    <td><ul class="row-errors">{errors}</ul></td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <p class="notice" role="status">{summary}</p>
        <table class="bulk-report">
            <thead><tr>
                <th scope="col">{tr!(lang, review.row)}</th><th scope="col">"id"</th>
                <th scope="col">{tr!(lang, review.outcome)}</th><th scope="col">{tr!(lang, review.errors)}</th>
            </tr></thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

/// `/review/bulk`: an edited export uploaded back, and the report of its last upload.
pub fn bulk_page(lang: Lang, css: &str, report: Option<&BulkReport>, flash: Flash) -> String {
    let body = view! {
        {page_header(lang, "/review/bulk")}
        <main class="account wide bulk">
            <h1>{tr!(lang, review.bulk)}</h1>
            <p>{tr!(lang, review.bulk_intro)}" "
                <a href="/api/v1/export.csv">"CSV"</a>" · "<a href="/api/v1/export.xlsx">"XLSX"</a></p>
            <p><a href=lang.href("/review")>{tr!(lang, review.queue)}</a></p>
            {flash.error.map(|e| view! { <p class="form-error" role="alert">{e}</p> })}
            {report.map(|r| report_table(lang, r))}
            <form class="suggest-form" method="post" enctype="multipart/form-data" action=lang.href("/review/bulk")>
                <label>{tr!(lang, review.file)}<input type="file" name="file" accept=".csv,.xlsx,text/csv" required /></label>
                <label>{tr!(lang, review.reason)}<textarea name="reason" rows="2"></textarea></label>
                <label>{tr!(lang, review.source_title)}<input name="source_title" /></label>
                <label>{tr!(lang, review.source_url)}<input type="url" name="source_url" /></label>
                <label class="check"><input type="checkbox" name="local_knowledge" value="yes" />{tr!(lang, review.local_knowledge)}</label>
                <label>{tr!(lang, review.source_date)}<input type="date" name="source_date" /></label>
                <button type="submit">{tr!(lang, review.upload)}</button>
            </form>
        </main>
    };
    document(lang, tr!(lang, review.bulk), css, body)
}
