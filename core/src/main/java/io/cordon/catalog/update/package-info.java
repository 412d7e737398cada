/**
 * Downloading lists from their publishers or a mirror: the official source catalogue, the HTTP
 * fetcher with conditional requests and retries (Failsafe), and the download state kept between runs.
 */
package io.cordon.catalog.update;
