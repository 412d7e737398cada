/**
 * The OFAC 50% rule: ownership graphs from FtM Ownership entities or a CSV, and blocked-by-ownership paths.
 */
package io.cordon.rules.ownership;
