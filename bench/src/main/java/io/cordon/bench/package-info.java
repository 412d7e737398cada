/**
 * JMH micro-benchmarks and whole-run benchmark mains; never a runtime dependency of the product.
 */
package io.cordon.bench;
