/**
 * Persistence by JDBC with Flyway migrations: H2 (embedded file, the default) or PostgreSQL
 * (connections pooled by HikariCP);
 * {@code CordonStore} opens it, {@code JdbcCatalog}, {@code JdbcCaseStore} and {@code JdbcApiKeys} implement the core's store interfaces.
 */
package io.cordon.store;
