//! The server's integration tests, one binary: linking each file on its own took 25 links of
//! the whole server (most of the test build's time and disk). `cargo test -p server --test it
//! http_api` runs one module.

mod support;

mod cli;
mod crash;
mod curation_binary;
mod fuzz_routes;
mod http_account_pages;
mod http_api;
mod http_auth;
mod http_bulk_page;
mod http_curation;
mod http_curation_bulk;
mod http_curation_input;
mod http_page_cache;
mod http_pages;
mod http_plan;
mod http_review_pages;
mod http_security;
mod http_server_fns;
mod http_sessions;
mod http_source_filter;
mod http_suggest_new;
mod ogc_clients;
mod one_grammar;
mod render;
mod startup;
mod store;
