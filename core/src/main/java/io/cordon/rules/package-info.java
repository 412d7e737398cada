/**
 * Rules beyond a name hit: directives as YAML data with citations ({@code RuleBook}), trade checks
 * ({@code TradeChecker}) and their one JSON form ({@code TradeDecisionJson}).
 */
package io.cordon.rules;
